/// Scores the areas of cooperation a document speaks of from the bilingual lexicon:
/// the sum of matched weights per area (the title counted once, like a sentence of the body),
/// scaled so the main area is 1.
enum TopicClassifier {
    /// Areas scoring under this share of the main one are left out as noise.
    static let minimumShare = 0.1

    /// `scans`, if given, are the sentences' `TokenScan`s (made with the default limit).
    static func topics(of document: Document, sentences: [Sentence], lexicon: TopicLexicon = .bundled,
                       scans: [TokenScan]? = nil) -> DocumentTopics {
        var scores = Scores(count: lexicon.areas.count)
        var scratch = Scratch()
        add(TokenScan(scalars: document.title.scalarArray, limit: 2_000), language: document.language, lexicon: lexicon, to: &scores,
            scratch: &scratch)
        for (k, sentence) in sentences.enumerated() where sentence.text != document.title {
            add(scans?[k] ?? TokenScan(scalars: sentence.text.scalarArray, limit: 2_000), language: document.language,
                lexicon: lexicon, to: &scores, scratch: &scratch)
        }
        var top: Double? = nil
        for area in scores.values.indices where scores.seen[area] { top = max(top ?? scores.values[area], scores.values[area]) }
        guard let top, top > 0 else { return DocumentTopics(document: document.id, areas: [:]) }
        var areas: [String: Double] = [:]
        for (area, score) in scores.values.enumerated() where scores.seen[area] && score / top >= minimumShare {
            areas[lexicon.areas[area]] = (score / top * 100).rounded() / 100
        }
        return DocumentTopics(document: document.id, areas: areas)
    }

    /// Sum of weights per area (`TopicLexicon.areas`) and whether any entry of the area matched.
    private struct Scores {
        var values: [Double]
        var seen: [Bool]
        init(count: Int) { values = Array(repeating: 0, count: count); seen = Array(repeating: false, count: count) }
    }

    /// Buffers of `add`, kept across the sentences of a document (two allocations a sentence otherwise).
    private struct Scratch {
        var words: [Int] = []
        var found: [Int] = []
    }

    /// Adds matches, each word starting at most one phrase (the longest) so "water treatment
    /// plant" does not also count as a plant. Only the scan's first 2,000 tokens count: the
    /// tokeniser's first 2,000 tokens are the same whatever its limit.
    private static func add(_ scan: TokenScan, language: Language, lexicon: TopicLexicon, to scores: inout Scores,
                            scratch: inout Scratch) {
        scratch.words.removeAll(keepingCapacity: true)
        for k in 0..<min(scan.tokens.count, 2_000) where scan.tokens[k].kind == .word { scratch.words.append(k) }
        let words = scratch.words
        var found = scratch.found
        scratch.found = []
        defer { scratch.found = found }
        var i = 0
        while i < words.count {
            guard lexicon.mayStartPhrase(words[i], in: scan) else { i += 1; continue }
            let script: Language = scan.tokens[words[i]].isCyrillic ? .ru : .en
            lexicon.entries(at: i, of: words, in: scan, into: &found)
            var longest = 0
            for c in found where lexicon.entries[c].language == script { longest = max(longest, lexicon.entries[c].stems.count) }
            guard longest > 0 else { i += 1; continue }
            for c in found where lexicon.entries[c].language == script && lexicon.entries[c].stems.count == longest {
                let area = lexicon.areaOf[c]
                scores.values[area] += lexicon.entries[c].weight
                scores.seen[area] = true
            }
            i += longest
        }
    }
}
