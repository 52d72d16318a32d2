import Foundation

/// The bilingual lexicon of areas of cooperation, read from `Resources/topics.tsv`.
struct TopicLexicon: Sendable {
    struct Entry: Hashable, Sendable {
        var area: String
        var language: Language
        /// Word stems in order; a stem ending in `$` must be the whole word.
        var stems: [String]
        var weight: Double
    }

    /// A line of the file that could not be read, with its 1-based number.
    struct Problem: Hashable, Sendable, CustomStringConvertible {
        var line: Int
        var reason: String
        var description: String { "topics.tsv:\(line): \(reason)" }
    }

    let entries: [Entry]
    let problems: [Problem]
    /// Entries by the first three letters of their first stem (shorter stems by themselves).
    private let index: [String: [Int]]
    /// The areas, and each entry's area as an index into them.
    let areas: [String]
    let areaOf: [Int]
    /// Each entry's stems as UTF-8 bytes without the `$`, and whether the `$` asks for the whole word.
    private let stemBytes: [[[UInt8]]]
    private let stemWhole: [[Bool]]
    /// Entries by the first four bytes of their first stem; and those with a shorter first stem.
    private let headIndex: [UInt32: [Int]]
    private let shortStems: [Int]
    /// Rank of the entry's key length (1...3 letters) then its position: the order the
    /// first-letters index found entries in, kept so that scores add up in the same order.
    private let rank: [Int]

    static let bundled: TopicLexicon = {
        guard let url = Bundle.module.url(forResource: "topics", withExtension: "tsv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            return TopicLexicon(text: "")
        }
        return TopicLexicon(text: text)
    }()

    init(text: String) {
        var entries: [Entry] = []
        var problems: [Problem] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard columns.count == 4 else { problems.append(Problem(line: number + 1, reason: "expected 4 tab-separated columns")); continue }
            guard let language = Language(rawValue: columns[1]) else {
                problems.append(Problem(line: number + 1, reason: "unknown language \(columns[1])")); continue
            }
            guard let weight = Double(columns[3]), (0...1).contains(weight) else {
                problems.append(Problem(line: number + 1, reason: "weight must be a number in 0...1")); continue
            }
            let stems = columns[2].lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            guard !columns[0].isEmpty, !stems.isEmpty else { problems.append(Problem(line: number + 1, reason: "empty area or stem")); continue }
            entries.append(Entry(area: columns[0], language: language, stems: stems, weight: weight))
        }
        var index: [String: [Int]] = [:]
        for (i, entry) in entries.enumerated() { index[Self.key(entry.stems[0]), default: []].append(i) }
        var areas: [String] = []
        var areaNumbers: [String: Int] = [:]
        var areaOf: [Int] = []
        var headIndex: [UInt32: [Int]] = [:]
        var shortStems: [Int] = []
        for (i, entry) in entries.enumerated() {
            if areaNumbers[entry.area] == nil { areaNumbers[entry.area] = areas.count; areas.append(entry.area) }
            areaOf.append(areaNumbers[entry.area]!)
            let first = Self.bytes(of: entry.stems[0])
            if first.count >= 4 { headIndex[Self.head(first[0..<4]), default: []].append(i) } else { shortStems.append(i) }
        }
        self.entries = entries
        self.problems = problems
        self.index = index
        self.areas = areas
        self.areaOf = areaOf
        stemBytes = entries.map { $0.stems.map(Self.bytes) }
        stemWhole = entries.map { $0.stems.map { $0.utf8.last == UInt8(ascii: "$") } }
        self.headIndex = headIndex
        self.shortStems = shortStems
        rank = entries.enumerated().map { i, entry in Self.key(entry.stems[0]).count * entries.count + i }
    }

    /// A stem's bytes without its `$`.
    private static func bytes(of stem: String) -> [UInt8] {
        var bytes = Array(stem.utf8)
        if bytes.last == UInt8(ascii: "$") { bytes.removeLast() }
        return bytes
    }

    private static func head(_ four: ArraySlice<UInt8>) -> UInt32 {
        var key: UInt32 = 0
        for byte in four { key = key << 8 | UInt32(byte) }
        return key
    }

    private static func key(_ stem: String) -> String { String(stem.replacingOccurrences(of: "$", with: "").prefix(3)) }

    /// Compares UTF-8 bytes: both sides are NFC (the normaliser, the lexicon file), where bytes
    /// agree with `==` and `hasPrefix`, which for Cyrillic take Swift's slow canonical path
    /// (5 % of the analysis).
    static func matches(_ word: String, stem: String) -> Bool {
        let n = stem.utf8.count
        guard stem.utf8.last == UInt8(ascii: "$") else { return word.hasBytePrefix(stem) }
        return word.utf8.count == n - 1 && String.bytesEqual(word, stem, count: n - 1)
    }

    /// Indices of the entries whose phrase starts at word `i` of `words` (token indices of
    /// `scan`), in the order the first-letters index gives them.
    func entries(at i: Int, of words: [Int], in scan: TokenScan, into result: inout [Int]) {
        result.removeAll(keepingCapacity: true)
        let token = words[i]
        let text = scan.text(of: token)
        // Up to its fourth scalar the word must be one character a scalar for the bytes to
        // find what its first characters found; otherwise the first-letters index decides.
        let t = scan.tokens[token]
        for k in t.start..<min(t.end, t.start + 4) {
            let v = scan.scalars[k].value
            guard v < 0x300 || (v >= 0x400 && v < 0x483) || (v >= 0x48A && v < 0x530) else {
                slowEntries(at: i, of: words, in: scan, into: &result); return
            }
        }
        if text.count >= 4, let candidates = headIndex[Self.head(text.prefix(4))] {
            for c in candidates where matches(c, at: i, of: words, in: scan) { result.append(c) }
        }
        for c in shortStems where matches(c, at: i, of: words, in: scan) { result.append(c) }
        if result.count > 1 { result.sort { rank[$0] < rank[$1] } }
    }

    /// Entry `c`'s stems match the words from word `i` on.
    private func matches(_ c: Int, at i: Int, of words: [Int], in scan: TokenScan) -> Bool {
        let stems = stemBytes[c]
        guard stems.count <= words.count - i else { return false }
        for (k, stem) in stems.enumerated() {
            let text = scan.text(of: words[i + k])
            if stemWhole[c][k] ? !text.elementsEqual(stem) : !text.starts(with: stem) { return false }
        }
        return true
    }

    /// `entries(at:)` by the characters of the word, as the lexicon always did.
    private func slowEntries(at i: Int, of words: [Int], in scan: TokenScan, into result: inout [Int]) {
        var key = ""
        for character in scan.word(words[i]).prefix(3) {
            key.append(character)
            guard let candidates = index[key] else { continue }
            for c in candidates {
                let entry = entries[c]
                guard entry.stems.count <= words.count - i,
                      zip(entry.stems, words[i..<(i + entry.stems.count)]).allSatisfy({ Self.matches(scan.word($1), stem: $0) }) else { continue }
                result.append(c)
            }
        }
    }
}
