/// Splits text into `Token`s in one pass over its Unicode scalars.
enum Tokenizer {
    /// Tokens of `scalars`; at most `limit` tokens so that no input can make later rules slow.
    /// The cutting is `TokenScan`'s; each text becomes a `String` here.
    static func tokens(_ scalars: [Unicode.Scalar], limit: Int = 20_000) -> [Token] {
        var bytes: [UInt8] = []
        return TokenScan.tokens(scalars, limit: limit, bytes: &bytes).map { t in
            Token(kind: t.kind, start: t.start, end: t.end, text: String(decoding: bytes[t.textRange], as: UTF8.self),
                  isCapitalized: t.isCapitalized, isAllCaps: t.isAllCaps, isCyrillic: t.isCyrillic, spaceBefore: t.spaceBefore)
        }
    }

    static func tokens(_ text: String, limit: Int = 20_000) -> [Token] {
        tokens(Array(text.unicodeScalars), limit: limit)
    }
}
