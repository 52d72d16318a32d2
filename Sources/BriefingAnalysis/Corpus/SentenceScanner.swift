/// Sentences of a document with a `TokenScan` each, from one tokenising pass over the
/// whole text: `TokenScan.cut` also records where the sentence splitter must look (so the
/// splitter skips the scalars between), and each sentence's scan is a view of its run of the
/// document's tokens, texts and scalars (one `ScanStorage` for the document, nothing copied
/// or allocated per sentence).
enum SentenceScanner {
    /// Longest text (in UTF-8 bytes) tokenised in one pass; news articles are far shorter.
    static let maximumScalars = 1 << 22

    /// The same sentences and scans as `SentenceSplitter.split` followed by
    /// `TokenScan(scalars:)` on each sentence's scalars.
    static func scan(_ text: String, document: String) -> (sentences: [Sentence], scans: [TokenScan]) {
        let byteCount = text.utf8.count
        // A very long text is scanned sentence by sentence, as before: the document's storage
        // would double the memory its scans take (and its offsets must fit the tokens' 32-bit fields).
        guard byteCount <= maximumScalars else {
            let scalars = text.documentScalars
            let (sentences, ranges) = SentenceSplitter.split(text, scalars: scalars, document: document)
            return (sentences, ranges.map { TokenScan(scalars: Array(scalars[$0])) })
        }
        // At most one scalar and one token per UTF-8 byte; a lower-cased scalar takes at most
        // twice its bytes (three for two in a few scripts). Pages past the text's need are never touched.
        // One scalar more: a space after the text, for `cutTerminated`.
        let storage = ScanStorage.make(tokens: byteCount, scalars: byteCount + 1, bytes: 2 * byteCount)
        let n = text.decodeScalars(into: storage.scalars)
        storage.scalars[n] = " "
        let scalars = UnsafeBufferPointer(start: UnsafePointer(storage.scalars), count: n)
        let stops = UnsafeMutablePointer<Int>.allocate(capacity: n + 1)
        defer { stops.deallocate() }
        let marks = UnsafeMutablePointer<Int32>.allocate(capacity: n + 1)
        defer { marks.deallocate() }
        let tokens = storage.tokens
        let cut = n == 0 ? (tokens: 0, bytes: 0, stops: 0, marks: 0)
            : TokenScan.cutTerminated(scalars.baseAddress!, n, limit: n, tokens: tokens, bytes: storage.bytes, stops: stops, marks: marks)
        let (sentences, ranges) = SentenceSplitter.split(text, scalars: scalars, document: document,
                                                         stops: UnsafeBufferPointer(start: stops, count: cut.stops))
        var scans: [TokenScan] = []
        scans.reserveCapacity(ranges.count)
        var k = 0
        var mark = 0
        for range in ranges {
            while k < cut.tokens, tokens[k].start < range.lowerBound { k &+= 1 }
            let e = firstToken(from: k, count: cut.tokens, startingFrom: range.upperBound, tokens)
            // A token across either end (a long run cut where it has no space) or more tokens
            // than the scan's limit: the sentence is cut on its own, as before.
            let whole = (k == 0 || tokens[k - 1].end <= range.lowerBound) && (e == k || tokens[e - 1].end <= range.upperBound)
                && e - k <= 20_000
            // A token `cut` marked (in order) inside the run: an identifier run is possible.
            while mark < cut.marks, Int(marks[mark]) < k { mark &+= 1 }
            let mayIdentify = mark < cut.marks && Int(marks[mark]) < e
            scans.append(whole ? TokenScan(storage: storage, tokens: k..<e, scalars: range, mayIdentify: mayIdentify)
                               : TokenScan(scalars: Array(scalars[range])))
            k = e
        }
        return (sentences, scans)
    }

    /// The first of the `count` tokens from `from` on that starts at or after `bound` (all
    /// before `from` start before it; starts grow): a gallop then a halving instead of a step
    /// per token of the sentence.
    @inline(__always)
    private static func firstToken(from: Int, count: Int, startingFrom bound: Int, _ tokens: UnsafePointer<ScanToken>) -> Int {
        var low = from, high = from, step = 8
        // Tokens before `low` start before `bound`; `high` is `count` or starts at or after it.
        while true {
            high = low &+ step
            if high >= count { high = count; break }
            if tokens[high].start >= bound { break }
            low = high &+ 1
            step &<<= 1
        }
        while low < high {
            let middle = (low &+ high) >> 1
            if tokens[middle].start < bound { low = middle &+ 1 } else { high = middle }
        }
        return low
    }
}
