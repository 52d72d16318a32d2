/// A `Token` of a `TokenScan`, without a `String`: its lower-cased text (the digits of a
/// number, the punctuation scalar) is a range of the scan's byte buffer, with its hash.
///
/// Making a `String` per token was most of the cost of scanning a sentence; the rules read
/// token texts through the scan (`TokenScan.isWord`, lexicon probes by `hash`).
///
/// 32 bytes (offsets in 32 bits, the flags in one byte) instead of 48: the tokeniser writes
/// one per token of every document, and the scans read them in every rule.
struct ScanToken: Sendable {
    /// `ByteHash` of the text.
    var hash: UInt64
    private var first: Int32
    private var last: Int32
    /// The text is `TokenScan.bytes[textStart ..< textStart + textCount]`.
    var textStart: Int32
    var textCount: Int32
    /// Value of a number of at most nine digits, else -1.
    var value: Int32
    var kind: Token.Kind
    private var flags: UInt8

    private static let capitalizedFlag: UInt8 = 1, allCapsFlag: UInt8 = 2, cyrillicFlag: UInt8 = 4, spaceFlag: UInt8 = 8

    @inline(__always)
    init(kind: Token.Kind, start: Int, end: Int, textStart: Int32, textCount: Int32, hash: UInt64, value: Int32 = -1,
         isCapitalized: Bool = false, isAllCaps: Bool = false, isCyrillic: Bool = false, spaceBefore: Bool = true) {
        self.hash = hash
        first = Int32(truncatingIfNeeded: start); last = Int32(truncatingIfNeeded: end)
        self.textStart = textStart; self.textCount = textCount; self.value = value; self.kind = kind
        flags = (isCapitalized ? Self.capitalizedFlag : 0) | (isAllCaps ? Self.allCapsFlag : 0)
            | (isCyrillic ? Self.cyrillicFlag : 0) | (spaceBefore ? Self.spaceFlag : 0)
    }

    /// Offset of the first scalar in the scanned text.
    var start: Int { Int(first) }

    /// Offset one past the last scalar.
    var end: Int { Int(last) }

    /// First letter is upper case.
    var isCapitalized: Bool { flags & Self.capitalizedFlag != 0 }

    /// Every letter is upper case (acronyms such as `EXPOFORUM`).
    var isAllCaps: Bool { flags & Self.allCapsFlag != 0 }

    /// The word is written in Cyrillic letters.
    var isCyrillic: Bool { flags & Self.cyrillicFlag != 0 }

    /// Whitespace separates this token from the previous one.
    var spaceBefore: Bool {
        get { flags & Self.spaceFlag != 0 }
        set { flags = newValue ? flags | Self.spaceFlag : flags & ~Self.spaceFlag }
    }

    /// Moves the token's scalar offsets back by `offset` and its text start by `textOffset`
    /// (a document's token made a sentence's).
    @inline(__always)
    mutating func shift(by offset: Int32, text textOffset: Int32) {
        first &-= offset; last &-= offset; textStart &-= textOffset
    }

    /// `shift(by:text:)` on the `count` tokens from `p`.
    @inline(__always)
    static func shift(_ p: UnsafeMutablePointer<ScanToken>, count: Int, by offset: Int32, text textOffset: Int32) {
        for k in 0..<count { p[k].shift(by: offset, text: textOffset) }
    }

    var length: Int { end - start }

    /// Value of a number token (nil for other kinds and for absurdly long digit runs).
    var number: Int? { value >= 0 ? Int(value) : nil }

    var textRange: Range<Int> { Int(textStart)..<Int(textStart + textCount) }
}
