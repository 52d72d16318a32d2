/// Splits text into `Token`s in one pass over its Unicode scalars.
enum Tokenizer {
    /// Tokens of `scalars`; at most `limit` tokens so that no input can make later rules slow.
    static func tokens(_ scalars: [Unicode.Scalar], limit: Int = 20_000) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(min(limit, scalars.count / 4 + 1))
        // Token texts are built as UTF-8 bytes in one reused buffer: appending scalars to a
        // String.UnicodeScalarView was the costliest part of tokenising.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        var i = 0
        var space = true
        let n = scalars.count
        while i < n, tokens.count < limit {
            let s = scalars[i]
            if ScalarClass.isSpace(s) { space = true; i += 1; continue }
            let start = i
            if ScalarClass.isDigit(s) {
                bytes.removeAll(keepingCapacity: true)
                while i < n, ScalarClass.isDigit(scalars[i]) { bytes.append(UInt8(scalars[i].value)); i += 1 }
                tokens.append(Token(kind: .number, start: start, end: i, text: String(decoding: bytes, as: UTF8.self), spaceBefore: space))
            } else if ScalarClass.isLetter(s) {
                bytes.removeAll(keepingCapacity: true)
                var upper = 0, letters = 0, cyrillic = false
                while i < n, ScalarClass.isLetter(scalars[i]) || ScalarClass.isMark(scalars[i]) {
                    let c = scalars[i]
                    if ScalarClass.isUpper(c) { upper += 1 }
                    if ScalarClass.isCyrillic(c) { cyrillic = true }
                    letters += 1
                    appendUTF8(ScalarClass.lower(c), to: &bytes)
                    i += 1
                }
                tokens.append(Token(kind: .word, start: start, end: i, text: String(decoding: bytes, as: UTF8.self),
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

    private static func appendUTF8(_ s: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = s.value
        switch v {
        case 0..<0x80: bytes.append(UInt8(v))
        case 0x80..<0x800: bytes.append(UInt8(0xC0 | (v >> 6))); bytes.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (v >> 12))); bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (v & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (v >> 18))); bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    static func tokens(_ text: String, limit: Int = 20_000) -> [Token] {
        tokens(Array(text.unicodeScalars), limit: limit)
    }
}
