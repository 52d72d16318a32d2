/// Splits text into `Token`s in one pass over its Unicode scalars.
enum Tokenizer {
    /// Tokens of `scalars`; at most `limit` tokens so that no input can make later rules slow.
    static func tokens(_ scalars: [Unicode.Scalar], limit: Int = 20_000) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(min(limit, scalars.count / 4 + 1))
        var i = 0
        var space = true
        let n = scalars.count
        while i < n, tokens.count < limit {
            let s = scalars[i]
            if ScalarClass.isSpace(s) { space = true; i += 1; continue }
            let start = i
            if ScalarClass.isDigit(s) {
                while i < n, ScalarClass.isDigit(scalars[i]) { i += 1 }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<i])
                tokens.append(Token(kind: .number, start: start, end: i, text: String(view), spaceBefore: space))
            } else if ScalarClass.isLetter(s) {
                var view = String.UnicodeScalarView()
                var upper = 0, letters = 0, cyrillic = false
                while i < n, ScalarClass.isLetter(scalars[i]) || ScalarClass.isMark(scalars[i]) {
                    let c = scalars[i]
                    if ScalarClass.isUpper(c) { upper += 1 }
                    if ScalarClass.isCyrillic(c) { cyrillic = true }
                    letters += 1
                    view.append(ScalarClass.lower(c))
                    i += 1
                }
                tokens.append(Token(kind: .word, start: start, end: i, text: String(view),
                                    isCapitalized: ScalarClass.isUpper(s), isAllCaps: upper == letters && letters > 1,
                                    isCyrillic: cyrillic, spaceBefore: space))
            } else {
                i += 1
                tokens.append(Token(kind: .punct, start: start, end: i, text: String(s), spaceBefore: space))
            }
            space = false
        }
        return tokens
    }

    static func tokens(_ text: String, limit: Int = 20_000) -> [Token] {
        tokens(Array(text.unicodeScalars), limit: limit)
    }
}
