/// What `ChromeStripper`'s pre-tests read of a line's first `LineTokens.limit` tokens, worked
/// out in one `LineShape.scan` over the line's bytes: the column-menu test, the related-header
/// test and the chrome test need only counts and a few first scalars, so no `String` copy and
/// no array of pieces per line.
struct ChromeShape {
    /// A line short enough to be an item of a column menu: at most 60 bytes, one or two
    /// words, no number and no final stop among the first 8 tokens.
    let isMenuItem: Bool
    /// False when `ChromeStripper.isRelatedHeaderLine` is false by the token kinds: one to
    /// three words and colons among the first 8 tokens.
    let mayBeRelatedHeader: Bool
    /// False when `ChromeStripper.isChrome` is false by the token kinds alone: a line ending in
    /// a full stop after four words or more is chrome only as furniture, and every furniture
    /// rule then needs a "©", a ":" near the start, a "°", or one of a few words.
    let mayBeChrome: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var words = 0, words8 = 0, count = 0
        var number8 = false, relatedKinds = true, colon5 = false, degree = false, copyright = false
        // The last token read, and the last among the first 8: a terminator when punctuation.
        var lastTerminator = false, last8Terminator = false
        LineShape.scan(bytes, limit: LineTokens.limit, words: .max, tokens: 0) { kind, _, _, firstAt in
            var terminator = false
            switch kind {
            case .word:
                words += 1
                if count < 8 { words8 += 1 }
            case .number:
                if count < 8 { number8 = true; relatedKinds = false }
            case .punct:
                // A punctuation token is one scalar: its first.
                let lead = bytes[firstAt]
                let mark = lead < 0x80 ? Unicode.Scalar(lead) : ByteScalars.scalar(bytes, at: firstAt).0
                terminator = ScalarClass.isTerminator(mark)
                if count == 0, mark == "©" { copyright = true }
                if count < 5, mark == ":" { colon5 = true }
                if count < 8, mark != ":" { relatedKinds = false }
                if mark == "°" { degree = true }
            }
            lastTerminator = terminator
            if count < 8 { last8Terminator = terminator }
            count += 1
        }
        isMenuItem = bytes.count <= 60 && (1...2).contains(words8) && !number8 && !last8Terminator
        mayBeRelatedHeader = relatedKinds && (1...3).contains(words8)
        if !lastTerminator || words < 4 || copyright || colon5 || degree {
            mayBeChrome = true
        } else {
            mayBeChrome = LineShape.containsWord(bytes, in: ChromeStripper.furnitureWords, limit: LineTokens.limit)
                || LineShape.containsWord(bytes, in: ChromeStripper.addressWords, limit: 1)
        }
    }

    /// At most 160 scalars, the longest line `ChromeStripper.isChrome` reads (counted on the bytes).
    static func fits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        if n <= 160 { return true }
        if n > 640 { return false }
        return ByteScalars.scalarCount(bytes) <= 160
    }
}
