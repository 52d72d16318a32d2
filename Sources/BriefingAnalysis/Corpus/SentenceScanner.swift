/// Sentences of a document with a `TokenScan` each, from one tokenising pass over the
/// whole text: `TokenScan.cut` also records where the sentence splitter must look (so the
/// splitter skips the scalars between), and each sentence's scan copies its run of the
/// document's tokens instead of cutting its scalars again.
enum SentenceScanner {
    /// Longest text (in scalars) tokenised in one pass; news articles are far shorter.
    static let maximumScalars = 1 << 22

    /// The same sentences and scans as `SentenceSplitter.split` followed by
    /// `TokenScan(scalars:)` on each sentence's scalars.
    static func scan(_ text: String, document: String) -> (sentences: [Sentence], scans: [TokenScan]) {
        let scalars = text.documentScalars
        let n = scalars.count
        // A very long text is scanned sentence by sentence, as before: the document's token
        // buffer would double the memory its scans take (and its text offsets must fit the
        // tokens' 32-bit fields).
        guard n <= maximumScalars else {
            let (sentences, ranges) = SentenceSplitter.split(text, scalars: scalars, document: document)
            return (sentences, ranges.map { TokenScan(scalars: Array(scalars[$0])) })
        }
        // At most one token per scalar, four bytes per lower-cased scalar, one stop per scalar.
        // Pages past the text's real need are never touched.
        let tokens = UnsafeMutablePointer<ScanToken>.allocate(capacity: Swift.max(n, 1))
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: Swift.max(4 * n, 1))
        let stops = UnsafeMutablePointer<Int>.allocate(capacity: n + 1)
        defer { tokens.deallocate(); bytes.deallocate(); stops.deallocate() }
        let cut = scalars.withUnsafeBufferPointer { s in
            n == 0 ? (tokens: 0, bytes: 0, stops: 0) : TokenScan.cut(s.baseAddress!, n, limit: n, tokens: tokens, bytes: bytes, stops: stops)
        }
        let (sentences, ranges) = SentenceSplitter.split(text, scalars: scalars, document: document,
                                                         stops: UnsafeBufferPointer(start: stops, count: cut.stops))
        var scans: [TokenScan] = []
        scans.reserveCapacity(ranges.count)
        var k = 0
        for range in ranges {
            while k < cut.tokens, tokens[k].start < range.lowerBound { k &+= 1 }
            var e = k
            while e < cut.tokens, tokens[e].start < range.upperBound { e &+= 1 }
            let sentenceScalars = Array(scalars[range])
            // A token across either end (a long run cut where it has no space) or more tokens
            // than the scan's limit: the sentence is cut on its own, as before.
            let whole = (k == 0 || tokens[k - 1].end <= range.lowerBound) && (e == k || tokens[e - 1].end <= range.upperBound)
                && e - k <= 20_000
            scans.append(whole ? TokenScan(scalars: sentenceScalars, tokens: tokens + k, count: e - k, offset: range.lowerBound, text: bytes)
                               : TokenScan(scalars: sentenceScalars))
            k = e
        }
        return (sentences, scans)
    }
}
