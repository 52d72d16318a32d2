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
        self.entries = entries
        self.problems = problems
        self.index = index
    }

    private static func key(_ stem: String) -> String { String(stem.replacingOccurrences(of: "$", with: "").prefix(3)) }

    /// Compares UTF-8 bytes: both sides are NFC (the normaliser, the lexicon file), where bytes
    /// agree with `==` and `hasPrefix`, which for Cyrillic take Swift's slow canonical path
    /// (5 % of the analysis).
    static func matches(_ word: String, stem: String) -> Bool {
        stem.utf8.last == UInt8(ascii: "$") ? word.utf8.elementsEqual(stem.utf8.dropLast()) : word.utf8.starts(with: stem.utf8)
    }

    /// Entries whose phrase starts at word `i` of `words`.
    func entries(at i: Int, of words: [Token]) -> [Entry] {
        let word = words[i].text
        var result: [Entry] = []
        // The word's first one, two and three characters, grown in place: counting the word
        // and cutting a new prefix three times per word was most of the topic cost.
        var key = ""
        for character in word.prefix(3) {
            key.append(character)
            guard let candidates = index[key] else { continue }
            for c in candidates {
                let entry = entries[c]
                guard entry.stems.count <= words.count - i,
                      zip(entry.stems, words[i..<(i + entry.stems.count)]).allSatisfy({ Self.matches($1.text, stem: $0) }) else { continue }
                result.append(entry)
            }
        }
        return result
    }
}
