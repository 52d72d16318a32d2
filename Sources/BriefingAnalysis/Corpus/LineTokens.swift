/// The first tokens of one line, made once and shared by the line rules of `ChromeStripper`
/// and `DocumentProfiler`, which each tokenised the whole line again for their own limit
/// (8, 16, 20, 40, 60 or 64 tokens). Any of those is a prefix of these.
///
/// Tokens are `ScanToken`s (their lower-cased texts one byte buffer, with a hash each), not
/// `Token`s with a `String` each: making and freeing the token texts of ~1,300 short lines
/// per MB was most of the cost of stripping chrome.
struct LineTokens {
    /// Tokens kept: every rule asks for at most this many.
    static let limit = 64
    /// Scalars decoded first: enough for 64 tokens of any ordinary line.
    static let window = 1_000

    /// The first `limit` tokens, cut as `Tokenizer.tokens(line, limit: limit)` cuts them.
    private(set) var tokens: [ScanToken]
    /// Lower-cased texts of the tokens (`ScanToken.textRange`).
    private(set) var bytes: [UInt8]
    /// The scalars the tokens were read from: the whole line when it has fewer than `window`
    /// scalars, else at least `window` of them.
    private(set) var scalars: [Unicode.Scalar]

    init<Line: StringProtocol>(_ line: Line) {
        let text = String(line)
        // A line of at most `window` bytes has at most `window` scalars: all of them, decoded
        // eight ASCII bytes at a time.
        var scalars = text.utf8.count <= Self.window ? text.documentScalars : text.scalarArray(limit: Self.window)
        var bytes: [UInt8] = []
        // One token more than kept: when it starts inside the window, every kept token ended there.
        var tokens = TokenScan.tokens(scalars, limit: Self.limit + 1, bytes: &bytes)
        if tokens.count <= Self.limit && scalars.count == Self.window {
            scalars = text.scalarArray
            tokens = TokenScan.tokens(scalars, limit: Self.limit, bytes: &bytes)
        }
        if tokens.count > Self.limit { tokens.removeLast() }
        self.tokens = tokens
        self.bytes = bytes
        self.scalars = scalars
    }

    /// No tokens yet: a buffer for `read`.
    init() { tokens = []; bytes = []; scalars = [] }

    /// Reads the line of valid UTF-8 `line` (at most `window` bytes, so all its scalars), as
    /// `init` reads it, into the arrays of this value (emptied, their memory kept: one value
    /// serves every line of a document when no copy of it is kept).
    mutating func read(_ line: UnsafeBufferPointer<UInt8>) {
        precondition(line.count <= Self.window, "a line of at most `window` bytes")
        scalars.removeAll(keepingCapacity: true)
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: Swift.max(line.count, 1)) { buffer in
            let read = UnsafeBufferPointer(rebasing: buffer[..<String.decodeScalars(utf8: line, into: buffer.baseAddress!)])
            scalars.append(contentsOf: read)
            // One token more than kept, as `init` cuts them.
            TokenScan.tokens(read, limit: Self.limit + 1, into: &tokens, bytes: &bytes)
        }
        if tokens.count > Self.limit { tokens.removeLast() }
    }

    /// Number of word tokens among the first `limit`.
    func words(limit: Int) -> Int {
        var count = 0
        for token in tokens.prefix(limit) where token.kind == .word { count += 1 }
        return count
    }

    /// Token `k` is a word of `set` (texts compared on their lower-cased bytes).
    @inline(__always)
    func isWord(_ k: Int, in set: ScanWordSet) -> Bool {
        let token = tokens[k]
        return token.kind == .word && set.index(hash: token.hash, in: bytes, start: Int(token.textStart), count: Int(token.textCount)) != nil
    }

    /// Token `k`'s text is `text` byte for byte (`Token.text.bytesEqual`); a literal, read
    /// through its pointer without making a `String`.
    func hasText(_ k: Int, _ text: StaticString) -> Bool {
        let token = tokens[k]
        let count = text.utf8CodeUnitCount
        guard Int(token.textCount) == count else { return false }
        let start = Int(token.textStart), literal = text.utf8Start
        for i in 0..<count where bytes[start + i] != literal[i] { return false }
        return true
    }

    /// Token `k`'s first scalar: the whole text of a punctuation token, as written.
    func first(_ k: Int) -> Unicode.Scalar { scalars[tokens[k].start] }

    /// Token `k`'s text as a `String`, for the rare rules that need one.
    func text(_ k: Int) -> String { String(decoding: bytes[tokens[k].textRange], as: UTF8.self) }
}
