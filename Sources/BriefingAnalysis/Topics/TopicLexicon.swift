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
    /// Every stem's UTF-8 bytes without its `$`, one after another: stem `k` is
    /// `stemData[stemStart[k] ..< stemStart[k + 1]]`, whole-word when `stemWhole[k]`. Entry `c`'s
    /// stems are `firstStem[c] ..< firstStem[c + 1]`.
    private let stemData: [UInt8]
    private let stemStart: [Int]
    private let stemWhole: [Bool]
    private let firstStem: [Int]
    /// Entries by the first four bytes of their first stem, in an open-addressing table:
    /// `headKeys[slot]` (0 when empty) and the range `headStart[slot] ..< headEnd[slot]` of `headEntries`.
    private let headKeys: [UInt32]
    private let headStart: [Int32]
    private let headEnd: [Int32]
    private let headEntries: [Int32]
    /// Entries whose first stem is shorter than four bytes, and those stems' first bytes.
    private let shortStems: [Int]
    private let shortFirstBytes: [UInt8]
    /// The first three bytes of every first stem: a word whose first three bytes start none
    /// starts no phrase, whichever way it is looked up.
    private let leads: ScanLeadFilter
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
        for (number, raw) in Self.pieces(text[...], at: "\n").enumerated() {
            let line = Self.trimmed(raw)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = Self.pieces(line[...], at: "\t").map(Self.trimmed)
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
        let keys = entries.map { Self.key($0.stems[0]) }
        for (i, key) in keys.enumerated() { index[key, default: []].append(i) }
        var areas: [String] = []
        var areaNumbers: [String: Int] = [:]
        var areaOf: [Int] = []
        var headIndex: [UInt32: [Int]] = [:]
        var shortStems: [Int] = []
        var stemData: [UInt8] = [], stemStart: [Int] = [], stemWhole: [Bool] = [], firstStem: [Int] = []
        for (i, entry) in entries.enumerated() {
            if areaNumbers[entry.area] == nil { areaNumbers[entry.area] = areas.count; areas.append(entry.area) }
            areaOf.append(areaNumbers[entry.area]!)
            firstStem.append(stemStart.count)
            for stem in entry.stems {
                stemStart.append(stemData.count)
                stemData += Self.bytes(of: stem)
                stemWhole.append(stem.utf8.last == UInt8(ascii: "$"))
            }
            let first = Self.bytes(of: entry.stems[0])
            if first.count >= 4 { headIndex[Self.head(first[0..<4]), default: []].append(i) } else { shortStems.append(i) }
        }
        stemStart.append(stemData.count)
        firstStem.append(stemStart.count - 1)
        var size = 16
        while size < 2 * headIndex.count + 8 { size <<= 1 }
        var headKeys = [UInt32](repeating: 0, count: size), headStart = [Int32](repeating: 0, count: size)
        var headEnd = [Int32](repeating: 0, count: size), headEntries: [Int32] = []
        for (key, list) in headIndex.sorted(by: { $0.key < $1.key }) {
            var slot = Self.slot(key, size - 1)
            while headKeys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            headKeys[slot] = key
            headStart[slot] = Int32(headEntries.count)
            headEntries += list.map { Int32($0) }
            headEnd[slot] = Int32(headEntries.count)
        }
        self.entries = entries
        self.problems = problems
        self.index = index
        self.areas = areas
        self.areaOf = areaOf
        self.stemData = stemData; self.stemStart = stemStart; self.stemWhole = stemWhole; self.firstStem = firstStem
        self.headKeys = headKeys; self.headStart = headStart; self.headEnd = headEnd; self.headEntries = headEntries
        self.shortStems = shortStems
        leads = ScanLeadFilter(words: [], prefixes: entries.map { String(decoding: Self.bytes(of: $0.stems[0]), as: UTF8.self) })
        shortFirstBytes = shortStems.map { stemStart[firstStem[$0]] < stemStart[firstStem[$0] + 1] ? stemData[stemStart[firstStem[$0]]] : 0 }
        rank = keys.enumerated().map { i, key in key.count * entries.count + i }
    }

    /// Slot of a four-byte key (never 0: stems' bytes are not NUL) in a table of `mask + 1` slots.
    @inline(__always)
    private static func slot(_ key: UInt32, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> 16) & mask }

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

    private static func key(_ stem: String) -> String {
        guard stem.unicodeScalars.contains("$") else { return String(stem.prefix(3)) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: stem.unicodeScalars.lazy.filter { $0 != "$" })
        return String(String(view).prefix(3))
    }

    /// `split(separator:omittingEmptySubsequences: false)` at a control character, cut on scalars
    /// instead of characters (the file was read grapheme by grapheme). A control is a character
    /// of its own, except a line feed after a carriage return ("\r\n" is one character).
    private static func pieces(_ text: Substring, at separator: Unicode.Scalar) -> [Substring] {
        let scalars = text.unicodeScalars
        var result: [Substring] = []
        var start = scalars.startIndex, i = start
        var previous: Unicode.Scalar = "\0"
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            if c == separator, !(c == "\n" && previous == "\r") {
                result.append(Substring(scalars[start..<i]))
                start = next
            }
            previous = c
            i = next
        }
        result.append(Substring(scalars[start...]))
        return result
    }

    /// `trimmingCharacters(in: .whitespaces)` (space separators and tabs) without Foundation's
    /// bridging, which cost more than the rest of reading the lexicon.
    private static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        func blank(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || (s.value >= 0x80 && s.properties.generalCategory == .spaceSeparator) }
        guard let first = scalars.firstIndex(where: { !blank($0) }), let last = scalars.lastIndex(where: { !blank($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// Compares UTF-8 bytes: both sides are NFC (the normaliser, the lexicon file), where bytes
    /// agree with `==` and `hasPrefix`, which for Cyrillic take Swift's slow canonical path
    /// (5 % of the analysis).
    static func matches(_ word: String, stem: String) -> Bool {
        let n = stem.utf8.count
        guard stem.utf8.last == UInt8(ascii: "$") else { return word.hasBytePrefix(stem) }
        return word.utf8.count == n - 1 && String.bytesEqual(word, stem, count: n - 1)
    }

    /// False when no entry's phrase can start at token `index`.
    @inline(__always)
    func mayStartPhrase(_ index: Int, in scan: TokenScan) -> Bool { leads.mayMatch(scan, index) }

    /// Indices of the entries whose phrase starts at word `i` of `words` (token indices of
    /// `scan`), in the order the first-letters index gives them.
    func entries(at i: Int, of words: [Int], in scan: TokenScan, into result: inout [Int]) {
        if !result.isEmpty { result.removeAll(keepingCapacity: true) }
        let t = scan.tokens[words[i]]
        guard mayStartPhrase(words[i], in: scan) else { return }
        let start = Int(t.textStart), count = Int(t.textCount)
        if count >= 4 {
            let bytes = scan.bytes
            let key = UInt32(bytes[start]) << 24 | UInt32(bytes[start + 1]) << 16 | UInt32(bytes[start + 2]) << 8 | UInt32(bytes[start + 3])
            let mask = headKeys.count - 1
            var slot = Self.slot(key, mask)
            while headKeys[slot] != 0 {
                if headKeys[slot] == key {
                    for k in Int(headStart[slot])..<Int(headEnd[slot]) {
                        let c = Int(headEntries[k])
                        if matches(c, at: i, of: words, in: scan) { result.append(c) }
                    }
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        if count > 0 {
            let first = scan.bytes[start]
            for (k, c) in shortStems.enumerated() where shortFirstBytes[k] == first && matches(c, at: i, of: words, in: scan) { result.append(c) }
        }
        guard !result.isEmpty else { return }
        // Up to its fourth scalar the word must be one character a scalar for the bytes to
        // find what its first characters found; otherwise the first-letters index decides
        // (it finds some of the entries the bytes find, never others).
        for k in t.start..<min(t.end, t.start + 4) {
            let v = scan.scalars[k].value
            guard v < 0x300 || (v >= 0x400 && v < 0x483) || (v >= 0x48A && v < 0x530) else {
                result.removeAll(keepingCapacity: true)
                slowEntries(at: i, of: words, in: scan, into: &result); return
            }
        }
        if result.count > 1 {
            // A handful of entries: sorted in place by rank (a closure over `self` copied the lexicon).
            let rank = self.rank
            for k in 1..<result.count {
                let c = result[k]
                var m = k
                while m > 0, rank[result[m - 1]] > rank[c] { result[m] = result[m - 1]; m -= 1 }
                result[m] = c
            }
        }
    }

    /// Entry `c`'s stems match the words from word `i` on.
    private func matches(_ c: Int, at i: Int, of words: [Int], in scan: TokenScan) -> Bool {
        let first = firstStem[c], stems = firstStem[c + 1] - first
        guard stems <= words.count - i else { return false }
        for k in 0..<stems {
            let t = scan.tokens[words[i + k]]
            let a = stemStart[first + k], n = stemStart[first + k + 1] - a
            let textCount = Int(t.textCount)
            if stemWhole[first + k] ? textCount != n : textCount < n { return false }
            var p = Int(t.textStart)
            for q in a..<(a + n) {
                if scan.bytes[p] != stemData[q] { return false }
                p += 1
            }
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
