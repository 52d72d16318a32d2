/// One token of a sentence, as cut by `FigureTokenizer` in a single pass over its bytes.
///
/// Offsets are in Unicode scalars of the sentence text, so a token maps back to an
/// exact quote without any searching.
struct FigureToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// Letters only; `text` is lowercased.
        case word
        /// A number written in digits, with grouping and decimals already read.
        case number
        /// Digits that are not a quantity: clock times, dotted dates, phones, ids, URLs.
        case code
        /// Any other single scalar (`%`, `$`, `-`, `,`…).
        case symbol
    }

    var kind: Kind
    /// Lowercased letters for words, the scalar for symbols, the digits as written for numbers
    /// (bytes of the sentence's `FigureTokenBytes`).
    var text: TokenText
    var start: Int
    var end: Int
    /// Value of a `.number` token.
    var value: Double = 0
    /// True when grouping separators were read (`32,000`, `816 000`).
    var grouped = false
    /// True when a decimal separator was read (`3,64`).
    var decimal = false
    /// True when whitespace precedes the token.
    var spaceBefore = true
    /// True when the word starts with an upper-case letter.
    var capitalized = false
    /// True when a figure rule may start on this word (`FigureLexicon.startWordList`).
    var starts = false
    /// True when the token lies in a time expression (set by `FigureContext`): never part of a figure.
    var blocked = false
    /// Byte offsets of the token in the sentence's UTF-8 (`start`/`end` are in scalars), for
    /// quotes cut from the bytes.
    var byteStart: Int32 = 0
    var byteEnd: Int32 = 0

    /// An ungrouped whole number of four digits in 1800...2100: a year, never a count.
    var looksLikeYear: Bool {
        kind == .number && !grouped && !decimal && text.count == 4 && value >= 1800 && value <= 2100
    }

    func isWord(_ set: ByteLexicon<Bool>) -> Bool { kind == .word && set.contains(text) }
    func isSymbol(_ set: ByteLexicon<Bool>) -> Bool { kind == .symbol && set.contains(text) }
    func hasPrefix(_ stems: [String]) -> Bool { kind == .word && stems.contains { text.hasBytePrefix($0) } }
}
