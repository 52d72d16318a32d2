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
        var found = [Int32](repeating: 0, count: max(1, lexicon.entries.count))
        // The sentences that are the title are skipped; the first of them, when its scalars are
        // the title's, gives its scan to the title (the first 2,000 tokens of a scan do not depend
        // on its limit).
        var isTitle: [Bool] = []
        isTitle.reserveCapacity(sentences.count)
        var titleScan: TokenScan? = nil
        for (k, sentence) in sentences.enumerated() {
            let same = sentence.text == document.title
            isTitle.append(same)
            if same, titleScan == nil, let scans, sentence.text.bytesEqual(document.title) { titleScan = scans[k] }
        }
        add(titleScan ?? TokenScan(scalars: document.title.scalarArray, limit: 2_000), lexicon: lexicon, to: &scores, found: &found)
        // Shared scans are read in place (no copy of their arrays per sentence).
        (scans ?? []).withUnsafeBufferPointer { shared in
            for k in sentences.indices where !isTitle[k] {
                if k < shared.count {
                    add(shared[k], lexicon: lexicon, to: &scores, found: &found)
                } else {
                    add(TokenScan(scalars: sentences[k].text.scalarArray, limit: 2_000), lexicon: lexicon, to: &scores, found: &found)
                }
            }
        }
        var top: Double? = nil
        for area in scores.values.indices where scores.seen[area] { top = max(top ?? scores.values[area], scores.values[area]) }
        guard let top, top > 0 else { return DocumentTopics(document: document.id, areas: [:]) }
        var areas: [String: Double] = Dictionary(minimumCapacity: scores.values.count)
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

    /// Adds matches, each word starting at most one phrase (the longest of its script) so "water
    /// treatment plant" does not also count as a plant. Only the scan's first 2,000 tokens count:
    /// the tokeniser's first 2,000 tokens are the same whatever its limit. `found` is a buffer
    /// with room for every entry, kept across the sentences of a document.
    private static func add(_ scan: TokenScan, lexicon: TopicLexicon, to scores: inout Scores, found: inout [Int32]) {
        let n = min(scan.tokens.count, 2_000)
        guard n > 0 else { return }
        // The words, and the positions among them (ascending) of those that may start a phrase,
        // found in one pass: the phrase loop then visits only those.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * n) { buffer in
            let words = buffer.baseAddress!, starts = buffer.baseAddress! + n
            scan.tokens.withUnsafeBufferPointer { tokens in
                scan.bytes.withUnsafeBufferPointer { bytes in
                    var count = 0, startCount = 0
                    for k in 0..<n where tokens[k].kind == .word {
                        if lexicon.mayStartPhrase(tokens[k], bytes: bytes.baseAddress!) { starts[startCount] = Int32(count); startCount &+= 1 }
                        words[count] = Int32(k)
                        count &+= 1
                    }
                    guard startCount > 0 else { return }
                    found.withUnsafeMutableBufferPointer { found in
                        // Words before `next` belong to a phrase already counted.
                        var next = 0, foundCount = 0
                        for s in 0..<startCount {
                            let i = Int(starts[s])
                            guard i >= next else { continue }
                            let longest = lexicon.longest(at: i, of: words, count: count, russian: tokens[Int(words[i])].isCyrillic, in: scan,
                                                          tokens: tokens.baseAddress!, bytes: bytes.baseAddress!,
                                                          into: found.baseAddress!, foundCount: &foundCount)
                            guard longest > 0 else { continue }
                            for k in 0..<foundCount {
                                let c = Int(found[k])
                                let area = lexicon.areaOf[c]
                                scores.values[area] += lexicon.weights[c]
                                scores.seen[area] = true
                            }
                            next = i &+ longest
                        }
                    }
                }
            }
        }
    }
}
