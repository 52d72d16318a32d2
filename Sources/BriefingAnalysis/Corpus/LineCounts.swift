/// How many words and numbers open a line, counted as `LineShape.scan(_:limit: 60, words: 26,
/// tokens: 40)` cuts it, without a piece per token: the profiler's body-line and headline rules
/// only count, and making a piece (and the array) per token was most of their cost.
struct LineCounts {
    /// Words among the first 8, 20, 40 and all (at most 60) tokens.
    private(set) var words8 = 0, words20 = 0, words40 = 0, words = 0
    /// Numbers among the first 20 and all tokens.
    private(set) var numbers20 = 0, numbers = 0

    init(_ text: String) {
        var text = text
        var counts = LineCounts(empty: ())
        text.withUTF8 { bytes in
            var k = 0
            LineShape.scan(bytes, limit: 60, words: 26, tokens: 40) { kind, _, _, _ in
                if kind == .word {
                    counts.words += 1
                    if k < 40 { counts.words40 += 1 }
                    if k < 20 { counts.words20 += 1 }
                    if k < 8 { counts.words8 += 1 }
                } else if kind == .number {
                    counts.numbers += 1
                    if k < 20 { counts.numbers20 += 1 }
                }
                k += 1
            }
        }
        self = counts
    }

    private init(empty: ()) {}
}
