/// Scores the areas of cooperation a document speaks of from the bilingual lexicon:
/// the sum of matched weights per area (the title counted once, like a sentence of the body),
/// scaled so the main area is 1.
enum TopicClassifier {
    /// Areas scoring under this share of the main one are left out as noise.
    static let minimumShare = 0.1

    /// `scans`, if given, are the sentences' `TokenScan`s (made with the default limit).
    static func topics(of document: Document, sentences: [Sentence], lexicon: TopicLexicon = .bundled,
                       scans: [TokenScan]? = nil) -> DocumentTopics {
        var scores: [String: Double] = [:]
        let titleWords = words(document.title)
        add(titleWords, language: document.language, lexicon: lexicon, factor: 1, to: &scores)
        for (k, sentence) in sentences.enumerated() where sentence.text != document.title {
            let sentenceWords = scans.map { Self.words($0[k]) } ?? words(sentence.text)
            add(sentenceWords, language: document.language, lexicon: lexicon, factor: 1, to: &scores)
        }
        guard let top = scores.values.max(), top > 0 else { return DocumentTopics(document: document.id, areas: [:]) }
        var areas: [String: Double] = [:]
        for (area, score) in scores where score / top >= minimumShare {
            areas[area] = (score / top * 100).rounded() / 100
        }
        return DocumentTopics(document: document.id, areas: areas)
    }

    private static func words(_ text: String) -> [Token] {
        Tokenizer.tokens(Array(text.unicodeScalars), limit: 2_000).filter { $0.kind == .word }
    }

    /// The same words from a scan with a larger limit: the tokeniser's first 2,000 tokens are
    /// the same whatever the limit.
    private static func words(_ scan: TokenScan) -> [Token] {
        scan.tokens.prefix(2_000).filter { $0.kind == .word }
    }

    /// Adds matches, each word starting at most one phrase (the longest) so "water treatment
    /// plant" does not also count as a plant.
    private static func add(_ words: [Token], language: Language, lexicon: TopicLexicon, factor: Double, to scores: inout [String: Double]) {
        var i = 0
        while i < words.count {
            let script: Language = words[i].isCyrillic ? .ru : .en
            let found = lexicon.entries(at: i, of: words).filter { $0.language == script }
            guard let longest = found.map(\.stems.count).max() else { i += 1; continue }
            for entry in found where entry.stems.count == longest {
                scores[entry.area, default: 0] += entry.weight * factor
            }
            i += longest
        }
    }
}
