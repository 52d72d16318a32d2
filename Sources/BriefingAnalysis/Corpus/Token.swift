/// One word, number or punctuation mark of a sentence, located by Unicode-scalar offsets.
///
/// Rules for dates, events and topics match over tokens rather than characters so that
/// they stay linear and never backtrack.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case word, number, punct }

    var kind: Kind
    /// Offset of the first scalar in the scanned text.
    var start: Int
    /// Offset one past the last scalar.
    var end: Int
    /// Lower-cased word (with `ё` folded to `е`), the digits of a number, or the punctuation scalar.
    var text: String
    /// First letter is upper case.
    var isCapitalized: Bool = false
    /// Every letter is upper case (acronyms such as `EXPOFORUM`).
    var isAllCaps: Bool = false
    /// The word is written in Cyrillic letters.
    var isCyrillic: Bool = false
    /// Whitespace separates this token from the previous one.
    var spaceBefore: Bool = true

    var length: Int { end - start }

    /// Value of a number token (nil for other kinds and for absurdly long digit runs).
    var number: Int? { kind == .number && text.count <= 9 ? Int(text) : nil }

    func isWord(_ word: String) -> Bool { kind == .word && text == word }
    func isPunct(_ mark: String) -> Bool { kind == .punct && text == mark }
}
