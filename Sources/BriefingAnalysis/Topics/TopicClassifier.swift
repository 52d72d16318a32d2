/// Scores the areas of cooperation a document speaks of from the bilingual lexicon:
/// the sum of matched weights per area (the title counted once, like a sentence of the body),
/// scaled so the main area is 1.
enum TopicClassifier {
    /// Areas scoring under this share of the main one are left out as noise.
    static let minimumShare = 0.1

    /// `scans`, if given, are the sentences' `TokenScan`s (made with the default limit).
    static func topics(of document: Document, sentences: [Sentence], lexicon: TopicLexicon = .bundled,
                       scans: [TokenScan]? = nil) -> DocumentTopics {
        // Sums and seen marks per area, the buffer of entries found at a word and the title marks
        // of the sentences: temporary memory read through pointers for the whole document (no
        // array made per document, no uniqueness check per match).
        let areaCount = max(1, lexicon.areas.count)
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: areaCount) { valueBuffer in
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: areaCount + max(1, sentences.count)) { flagBuffer in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, lexicon.entries.count)) { foundBuffer in
                    let values = valueBuffer.baseAddress!, seen = flagBuffer.baseAddress!, isTitle = seen + areaCount
                    values.initialize(repeating: 0, count: areaCount)
                    seen.initialize(repeating: false, count: areaCount + max(1, sentences.count))
                    let sums = Sums(values: values, seen: seen, found: foundBuffer.baseAddress!)
                    score(document, sentences: sentences, lexicon: lexicon, scans: scans, isTitle: isTitle, into: sums)
                    var top: Double? = nil
                    for area in lexicon.areas.indices where seen[area] { top = max(top ?? values[area], values[area]) }
                    guard let top, top > 0 else { return DocumentTopics(document: document.id, areas: [:]) }
                    // Written in the order of the areas' names, as `DocumentTopics` sorts them.
                    var kept = 0
                    for area in lexicon.areasByName where seen[area] && values[area] / top >= minimumShare { kept += 1 }
                    var weights: [AreaWeight] = []
                    weights.reserveCapacity(kept)
                    for area in lexicon.areasByName where seen[area] && values[area] / top >= minimumShare {
                        weights.append(AreaWeight(area: lexicon.areas[area], weight: (values[area] / top * 100).rounded() / 100))
                    }
                    return DocumentTopics(document: document.id, sortedWeights: weights)
                }
            }
        }
    }

    /// Adds the matches of the title and of every sentence that is not the title to `sums`;
    /// `isTitle` has room for a mark per sentence (all false).
    private static func score(_ document: Document, sentences: [Sentence], lexicon: TopicLexicon, scans: [TokenScan]?,
                              isTitle: UnsafeMutablePointer<Bool>, into sums: Sums) {
        // The sentences that are the title are skipped; the first of them, when its scalars are
        // the title's, gives its scan to the title (the first 2,000 tokens of a scan do not depend
        // on its limit). Sentences are read in place (no copy of a sentence each).
        var titleIndex: Int? = nil
        let title = document.title
        sentences.withUnsafeBufferPointer { all in
            for k in all.indices where all[k].text == title {
                isTitle[k] = true
                if titleIndex == nil, scans != nil, all[k].text.bytesEqual(title) { titleIndex = k }
            }
        }
        let filter = lexicon.startFilter
        // Shared scans are read in place (no copy of a scan per sentence).
        (scans ?? []).withUnsafeBufferPointer { shared in
            if let titleIndex, titleIndex < shared.count {
                add(shared.baseAddress! + titleIndex, lexicon: lexicon, filter: filter, to: sums)
            } else {
                withUnsafePointer(to: TokenScan(scalars: title.scalarArray, limit: 2_000)) {
                    add($0, lexicon: lexicon, filter: filter, to: sums)
                }
            }
            for k in sentences.indices where !isTitle[k] {
                if k < shared.count {
                    add(shared.baseAddress! + k, lexicon: lexicon, filter: filter, to: sums)
                } else {
                    withUnsafePointer(to: TokenScan(scalars: sentences[k].text.scalarArray, limit: 2_000)) {
                        add($0, lexicon: lexicon, filter: filter, to: sums)
                    }
                }
            }
        }
    }

    /// Where `add` writes: the sum of weights per area (`TopicLexicon.areas`), whether any entry
    /// of the area matched, and a buffer with room for every entry.
    private struct Sums {
        let values: UnsafeMutablePointer<Double>
        let seen: UnsafeMutablePointer<Bool>
        let found: UnsafeMutablePointer<Int32>
    }

    /// Adds matches, each word starting at most one phrase (the longest of its script) so "water
    /// treatment plant" does not also count as a plant. Only the scan's first 2,000 tokens count:
    /// the tokeniser's first 2,000 tokens are the same whatever its limit. `scan` is read in place.
    private static func add(_ scan: UnsafePointer<TokenScan>, lexicon: TopicLexicon, filter: TopicLexicon.StartFilter, to sums: Sums) {
        let n = min(scan.pointee.tokens.count, 2_000)
        guard n > 0, let tokens = scan.pointee.tokens.baseAddress, let bytes = scan.pointee.bytes.baseAddress else { return }
        // The words, and the positions among them (ascending) of those that may start a phrase,
        // found in one pass: the phrase loop then visits only those.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * n) { buffer in
            let words = buffer.baseAddress!, starts = buffer.baseAddress! + n
            var count = 0, startCount = 0
            let tiny = filter.hasTinyStem, headBits = filter.headBits, shortBits = filter.shortBits
            for k in 0..<n where tokens[k].kind == .word {
                // No phrase starts at a word none of whose keys (`TopicLexicon.bit` of its first
                // three and four bytes) is set: most words, turned away here without a call.
                let textCount = Int(tokens[k].textCount), p = bytes + Int(tokens[k].textStart)
                let may: Bool
                if tiny {
                    may = filter.mayStartTiny(tokens + k, bytes: bytes)
                } else if textCount >= 4 {
                    let four = UInt32(bigEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt32.self))
                    let short = TopicLexicon.bit(four >> 8), head = TopicLexicon.bit(four)
                    may = (shortBits[short >> 6] >> UInt64(short & 63)) & 1 | (headBits[head >> 6] >> UInt64(head & 63)) & 1 != 0
                } else if textCount == 3 {
                    let short = TopicLexicon.bit(UInt32(p[0]) << 16 | UInt32(p[1]) << 8 | UInt32(p[2]))
                    may = shortBits[short >> 6] & (1 << UInt64(short & 63)) != 0
                } else {
                    may = false
                }
                if may { starts[startCount] = Int32(truncatingIfNeeded: count); startCount &+= 1 }
                words[count] = Int32(truncatingIfNeeded: k)
                count &+= 1
            }
            guard startCount > 0 else { return }
            // Words before `next` belong to a phrase already counted.
            var next = 0, foundCount = 0
            for s in 0..<startCount {
                let i = Int(starts[s])
                guard i >= next else { continue }
                let longest = lexicon.longest(at: i, of: words, count: count, russian: tokens[Int(words[i])].isCyrillic, in: scan,
                                              tokens: tokens, bytes: bytes, into: sums.found, foundCount: &foundCount)
                guard longest > 0 else { continue }
                for k in 0..<foundCount {
                    let c = Int(sums.found[k])
                    let area = lexicon.areaOf[c]
                    sums.values[area] += lexicon.weights[c]
                    sums.seen[area] = true
                }
                next = i &+ longest
            }
        }
    }
}
