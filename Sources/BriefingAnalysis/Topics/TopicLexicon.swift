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
    /// The same entries by their key's scalars packed into an integer (`packedKey`), for keys of
    /// simple scalars only: most words are looked up without making or hashing a `String`.
    private let packedIndex: [UInt64: [Int]]

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
        var packedIndex: [UInt64: [Int]] = [:]
        for (key, list) in index {
            guard let keys = Self.packedKeys(key), keys.count == key.unicodeScalars.count, keys.count > 0 else { continue }
            packedIndex[keys.count == 1 ? keys.0 : keys.count == 2 ? keys.1 : keys.2, default: []].append(contentsOf: list)
        }
        self.entries = entries
        self.problems = problems
        self.index = index
        self.packedIndex = packedIndex
    }

    /// The word's first one, two and three scalars packed into integers (21 bits a scalar), and
    /// how many of the three it has, if none of its first four scalars can join a neighbour in
    /// one character (ASCII, Latin-1 and Cyrillic letters without combining marks): then its
    /// first one, two and three characters are those scalars.
    private static func packedKeys(_ word: String) -> (UInt64, UInt64, UInt64, count: Int)? {
        var keys: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var key: UInt64 = 0, n = 0
        for s in word.unicodeScalars {
            let v = s.value
            guard v < 0x300 || (v >= 0x400 && v < 0x483) || (v >= 0x48A && v < 0x530) else { return nil }
            if n == 3 { break }
            key = key << 21 | UInt64(v)
            n += 1
            switch n { case 1: keys.0 = key; case 2: keys.1 = key; default: keys.2 = key }
        }
        return (keys.0, keys.1, keys.2, n)
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

    /// Entries whose phrase starts at word `i` of `words`.
    func entries(at i: Int, of words: [Token]) -> [Entry] {
        let word = words[i].text
        var result: [Entry] = []
        if let keys = Self.packedKeys(word) {
            if keys.count >= 1, let candidates = packedIndex[keys.0] { append(candidates, at: i, of: words, to: &result) }
            if keys.count >= 2, let candidates = packedIndex[keys.1] { append(candidates, at: i, of: words, to: &result) }
            if keys.count >= 3, let candidates = packedIndex[keys.2] { append(candidates, at: i, of: words, to: &result) }
            return result
        }
        // The word's first one, two and three characters, grown in place: counting the word
        // and cutting a new prefix three times per word was most of the topic cost.
        var key = ""
        for character in word.prefix(3) {
            key.append(character)
            guard let candidates = index[key] else { continue }
            append(candidates, at: i, of: words, to: &result)
        }
        return result
    }

    private func append(_ candidates: [Int], at i: Int, of words: [Token], to result: inout [Entry]) {
        for c in candidates {
            let entry = entries[c]
            guard entry.stems.count <= words.count - i,
                  zip(entry.stems, words[i..<(i + entry.stems.count)]).allSatisfy({ Self.matches($1.text, stem: $0) }) else { continue }
            result.append(entry)
        }
    }
}
