/// The first tokens of one line, made once and shared by the line rules of `ChromeStripper`
/// and `DocumentProfiler`, which each tokenised the whole line again for their own limit
/// (8, 16, 20, 40, 60 or 64 tokens). Any of those is a prefix of these.
struct LineTokens {
    /// Tokens kept: every rule asks for at most this many.
    static let limit = 64
    /// Scalars decoded first: enough for 64 tokens of any ordinary line.
    static let window = 1_000

    /// The first `limit` tokens, the same as `Tokenizer.tokens(line, limit: limit)`.
    let tokens: [Token]
    /// The scalars the tokens were read from: the whole line when it has fewer than `window`
    /// scalars, else at least `window` of them.
    let scalars: [Unicode.Scalar]

    init<Line: StringProtocol>(_ line: Line) {
        let text = String(line)
        var scalars = text.scalarArray(limit: Self.window)
        // One token more than kept: when it starts inside the window, every kept token ended there.
        var tokens = Tokenizer.tokens(scalars, limit: Self.limit + 1)
        if tokens.count <= Self.limit && scalars.count == Self.window {
            scalars = text.scalarArray
            tokens = Tokenizer.tokens(scalars, limit: Self.limit)
        }
        if tokens.count > Self.limit { tokens.removeLast() }
        self.tokens = tokens
        self.scalars = scalars
    }

    /// Number of word tokens among the first `limit`.
    func words(limit: Int) -> Int {
        var count = 0
        for token in tokens.prefix(limit) where token.kind == .word { count += 1 }
        return count
    }
}
