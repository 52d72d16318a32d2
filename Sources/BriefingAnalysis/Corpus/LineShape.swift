/// The kinds and places of a line's first tokens, found as `Tokenizer` finds them but
/// without making their texts: the profiler's header rules mostly count words and numbers
/// (a body line, a headline, a title), and a text per token was most of their cost.
struct LineShape {
    struct Piece {
        var kind: Token.Kind
        var start: Int
        var end: Int
    }

    /// The first `LineTokens.limit` tokens' kinds and scalar offsets.
    let pieces: [Piece]
    /// The scalars read: the whole line when it has fewer than `LineTokens.window`.
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        let limit = LineTokens.limit
        var scalars = text.scalarArray(limit: LineTokens.window)
        // As in `LineTokens`: one piece more than kept proves the window was long enough.
        var pieces = Self.pieces(scalars, limit: limit + 1)
        if pieces.count <= limit && scalars.count == LineTokens.window {
            scalars = text.scalarArray
            pieces = Self.pieces(scalars, limit: limit)
        }
        if pieces.count > limit { pieces.removeLast() }
        self.pieces = pieces
        self.scalars = scalars
    }

    func count(_ kind: Token.Kind, limit: Int) -> Int {
        var n = 0
        for piece in pieces.prefix(limit) where piece.kind == kind { n += 1 }
        return n
    }

    /// A word among the first `limit` tokens is one of `words` (lower case, `ё` as `е`, as
    /// token texts are), compared scalar by scalar.
    func containsWord(in words: [[Unicode.Scalar]], limit: Int) -> Bool {
        for piece in pieces.prefix(limit) where piece.kind == .word {
            let length = piece.end - piece.start
            for word in words where word.count == length {
                var k = 0
                while k < length, ScalarClass.lower(scalars[piece.start + k]) == word[k] { k += 1 }
                if k == length { return true }
            }
        }
        return false
    }

    /// The token boundaries of `Tokenizer.tokens(_:limit:)`.
    private static func pieces(_ scalars: [Unicode.Scalar], limit: Int) -> [Piece] {
        var pieces: [Piece] = []
        pieces.reserveCapacity(Swift.min(limit, scalars.count / 4 + 1))
        var i = 0
        let n = scalars.count
        while i < n, pieces.count < limit {
            let s = scalars[i]
            if ScalarClass.isSpace(s) { i += 1; continue }
            let start = i
            let kind: Token.Kind
            if ScalarClass.isDigit(s) {
                kind = .number
                while i < n, ScalarClass.isDigit(scalars[i]) { i += 1 }
            } else if ScalarClass.isLetter(s) {
                kind = .word
                while i < n, ScalarClass.isLetter(scalars[i]) || ScalarClass.isMark(scalars[i]) { i += 1 }
            } else {
                kind = .punct
                i += 1
            }
            pieces.append(Piece(kind: kind, start: start, end: i))
        }
        return pieces
    }
}
