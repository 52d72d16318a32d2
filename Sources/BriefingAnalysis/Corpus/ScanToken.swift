/// A `Token` of a `TokenScan`, without a `String`: its lower-cased text (the digits of a
/// number, the punctuation scalar) is a range of the scan's byte buffer, with its hash.
///
/// Making a `String` per token was most of the cost of scanning a sentence; the rules read
/// token texts through the scan (`TokenScan.isWord`, lexicon probes by `hash`).
struct ScanToken: Sendable {
    var kind: Token.Kind
    /// Offset of the first scalar in the scanned text.
    var start: Int
    /// Offset one past the last scalar.
    var end: Int
    /// The text is `TokenScan.bytes[textStart ..< textStart + textCount]`.
    var textStart: Int32
    var textCount: Int32
    /// `ByteHash` of the text.
    var hash: UInt64
    /// Value of a number of at most nine digits, else -1.
    var value: Int32 = -1
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
    var number: Int? { value >= 0 ? Int(value) : nil }

    var textRange: Range<Int> { Int(textStart)..<Int(textStart + textCount) }
}
