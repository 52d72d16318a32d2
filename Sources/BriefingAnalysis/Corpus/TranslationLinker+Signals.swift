extension TranslationLinker {
    /// Scalars and tokens of a document read for signals, as `Tokenizer` was called with.
    static let signalScalarLimit = 200_000
    static let signalTokenLimit = 40_000

    /// Calls `body` with the UTF-8 bytes of each signal of `text`, in text order, repeats
    /// included. Reads the tokens `Tokenizer` would make over the UTF-8 bytes without making
    /// a `Token` or a `String` per token (tokenising every document for the linker was 7 %
    /// of the analysis). Only numbers and capitalised words give signals, so the bytes are
    /// searched eight at a time for a digit, a capital or a lead byte, and the token before a
    /// capitalised word is read back from it (stepping token by token cost ~40 instructions
    /// per word of the text). Words of plain Latin and Cyrillic letters are spelt on bytes;
    /// any other word goes through the `String` rules, whose characters may span several scalars.
    static func forEachSignal(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { utf8 in
            // The scalar limit as a byte bound: no count kept per scalar. The token limit too:
            // a text of fewer bytes cannot reach it, a longer one is counted once.
            let scalarEnd = ByteScalars.prefixLength(utf8, scalars: signalScalarLimit)
            let n = scalarEnd <= signalTokenLimit ? scalarEnd : tokenBound(utf8, scalarEnd)
            // "#" and the digits of a number, written in place: no array to clear per token.
            let number = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: n + 1)
            defer { number.deallocate() }
            number[0] = UInt8(ascii: "#")
            var word: [Unicode.Scalar] = []
            var builder = SkeletonBuilder()
            var p = 0
            while true {
                p = nextCandidate(utf8, from: p, to: n)
                guard p < n else { break }
                let b0 = utf8[p]
                if b0 <= 0x39 { // a digit: a number token (never part of a word)
                    var length = 1
                    while p < n, utf8[p] >= 0x30, utf8[p] <= 0x39 { number[length] = utf8[p]; length += 1; p += 1 }
                    body(UnsafeBufferPointer(rebasing: number[..<length]))
                    continue
                }
                let start = p
                if b0 < 0x80 { // a capital ASCII letter
                    let q = asciiLetterEnd(utf8, from: p + 1, to: n)
                    p = q < n && (utf8[q] >= 0x80 || isASCIILetter(utf8[q])) ? wordEnd(utf8, from: q, to: n) : q
                    if !continuesWord(utf8, at: start), followsInside(utf8, at: start) {
                        signal(ofWord: UnsafeBufferPointer(rebasing: utf8[start..<p]), ascii: p == q, word: &word, builder: &builder, body)
                    }
                    continue
                }
                if b0 >= 0xD0 && b0 <= 0xD3 { // U+0400...U+04FF: all letters (or marks the tokenizer keeps in words)
                    let v = UInt32(b0 & 0x1F) << 6 | UInt32(utf8[p + 1] & 0x3F)
                    let upper = v < 0x430 || (v >= 0x460 && ScalarClass.isUpper(Unicode.Scalar(v)!))
                    var q = p + 2
                    while q < n, utf8[q] >= 0xD0, utf8[q] <= 0xD3 { q += 2 }
                    p = q < n && (utf8[q] >= 0x80 || isASCIILetter(utf8[q])) ? wordEnd(utf8, from: q, to: n) : q
                    if upper, !continuesWord(utf8, at: start), followsInside(utf8, at: start) {
                        signal(ofWord: UnsafeBufferPointer(rebasing: utf8[start..<p]), ascii: false, word: &word, builder: &builder, body)
                    }
                    continue
                }
                let (s, width) = ByteScalars.scalar(utf8, at: p)
                guard ScalarClass.isLetter(s) else { p += width; continue }
                p = wordEnd(utf8, from: p + width, to: n)
                if ScalarClass.isUpper(s), !continuesWord(utf8, at: start), followsInside(utf8, at: start) {
                    signal(ofWord: UnsafeBufferPointer(rebasing: utf8[start..<p]), ascii: false, word: &word, builder: &builder, body)
                }
            }
        }
    }

    /// The first byte from `start` (before `end`) where a signal may start: an ASCII digit,
    /// an ASCII capital, or the lead byte of a longer scalar; `end` when there is none.
    /// Lower-case ASCII words, spaces and marks between them are passed over eight at a time.
    @inline(__always)
    private static func nextCandidate(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        firstMarked(utf8, from: start, to: end, { w in
            // On the low seven bits, without carries between bytes: a byte's high bit set
            // when it is in 0x30...0x39 or 0x41...0x5A; lead bytes are 11xxxxxx.
            let v = w & 0x7F7F_7F7F_7F7F_7F7F
            let digits = (v &+ 0x5050_5050_5050_5050) & (0xB9B9_B9B9_B9B9_B9B9 &- v)
            let capitals = (v &+ 0x3F3F_3F3F_3F3F_3F3F) & (0xDADA_DADA_DADA_DADA &- v)
            return ((digits | capitals) & ~w | (w & (w << 1))) & 0x8080_8080_8080_8080
        }, { b in (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || b >= 0xC0 })
    }

    /// The first byte from `start` (before `end`) that `marks` finds, or `end`: `marks` gives the
    /// high bit of each byte it finds in eight bytes (first byte lowest), `isMarked` tests the
    /// last few bytes one by one.
    @inline(__always)
    private static func firstMarked(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                                    _ marks: (UInt64) -> UInt64, _ isMarked: (UInt8) -> Bool) -> Int {
        var q = start
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            while q + 8 <= end {
                let found = marks(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: q, as: UInt64.self)))
                if found != 0 { return q + found.trailingZeroBitCount >> 3 }
                q += 8
            }
        }
        while q < end, !isMarked(utf8[q]) { q += 1 }
        return q
    }

    /// The scalar that ends at byte `end` (valid UTF-8) and where it starts.
    @inline(__always)
    private static func scalar(_ utf8: UnsafeBufferPointer<UInt8>, before end: Int) -> (Unicode.Scalar, Int) {
        var s = end - 1
        while utf8[s] & 0xC0 == 0x80 { s -= 1 }
        return (ByteScalars.scalar(utf8, at: s).0, s)
    }

    /// The letter at byte `start` goes on a word: the scalars before it, back over marks,
    /// reach a letter (a mark after anything else is a token of its own).
    private static func continuesWord(_ utf8: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var e = start
        while e > 0 {
            let b = utf8[e - 1]
            if b < 0x80 { return isASCIILetter(b) }
            let (s, at) = scalar(utf8, before: e)
            if ScalarClass.isLetter(s) { return true }
            guard ScalarClass.isMark(s) else { return false }
            e = at
        }
        return false
    }

    /// A capitalised word at byte `start` (not going on a word) gives a signal: the token
    /// before it, past spaces, is a word, a number, or one of , ( : ; (U+037E is canonically
    /// ";", and the token texts were compared as `String`s). Not at the start of the text.
    private static func followsInside(_ utf8: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var e = start
        while e > 0 {
            let b = utf8[e - 1]
            if b < 0x80 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { e -= 1; continue }
                return isASCIILetter(b) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ",") || b == UInt8(ascii: "(")
                    || b == UInt8(ascii: ":") || b == UInt8(ascii: ";")
            }
            let (s, at) = scalar(utf8, before: e)
            if ScalarClass.isSpace(s) { e = at; continue }
            if ScalarClass.isLetter(s) { return true }
            if ScalarClass.isMark(s) { return continuesWord(utf8, at: e) } // in a word, or a token of its own
            return s == "\u{37E}"
        }
        return false
    }

    /// Where the token after the first `signalTokenLimit` starts (before `end`), as the
    /// tokenizer counts them, or `end`: no signal is read from there on.
    private static func tokenBound(_ utf8: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        var p = 0, tokens = 0
        while p < end {
            let (s, width) = ByteScalars.scalar(utf8, at: p)
            if ScalarClass.isSpace(s) { p += width; continue }
            if tokens == signalTokenLimit { return p }
            tokens += 1
            if ScalarClass.isDigit(s) {
                p += 1
                while p < end, utf8[p] >= 0x30, utf8[p] <= 0x39 { p += 1 }
            } else if ScalarClass.isLetter(s) {
                p = wordEnd(utf8, from: p + width, to: end)
            } else {
                p += width
            }
        }
        return end
    }

    /// The signal of a capitalised word (its bytes; `ascii` when they are ASCII letters only),
    /// if it gives one.
    @inline(__always)
    private static func signal(ofWord bytes: UnsafeBufferPointer<UInt8>, ascii: Bool, word: inout [Unicode.Scalar],
                               builder: inout SkeletonBuilder, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if ascii || TableText.isPlain(bytes, 0..<bytes.count) {
            plainWordSignal(bytes, ascii: ascii, builder: &builder, body)
        } else {
            word.removeAll(keepingCapacity: true)
            var k = 0
            while k < bytes.count { let (c, w) = ByteScalars.scalar(bytes, at: k); word.append(c); k += w }
            wordSignal(word, body)
        }
    }

    /// Where a word's letters and marks end, from byte `p` (before `end`): ASCII letters and
    /// Cyrillic (every scalar of U+0400...U+04FF is a letter or mark) without decoding.
    @inline(__always)
    private static func wordEnd(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var p = start
        while p < end {
            let b = utf8[p]
            if isASCIILetter(b) { p += 1; continue }
            if b >= 0xD0 && b <= 0xD3 { p += 2; continue }
            if b < 0x80 { break }
            let (s, width) = ByteScalars.scalar(utf8, at: p)
            guard ScalarClass.isLetter(s) || ScalarClass.isMark(s) else { break }
            p += width
        }
        return p
    }

    /// Where a run of ASCII letters from byte `start` ends (before `end`), eight bytes at a
    /// time: the linker skips every lower-case word this way.
    @inline(__always)
    private static func asciiLetterEnd(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        firstMarked(utf8, from: start, to: end, { w in
            // A letter: high bit clear and (byte | 0x20) in 0x61...0x7A, on the low seven
            // bits without carries between bytes (as `DocumentProfiler.cyrillicMajority`).
            let v = (w | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
            let letters = (v &+ 0x1F1F_1F1F_1F1F_1F1F) & (0xFAFA_FAFA_FAFA_FAFA &- v) & ~w
            return ~letters & 0x8080_8080_8080_8080
        }, { !isASCIILetter($0) })
    }

    @inline(__always)
    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// The signal of a capitalised word of ASCII letters and Cyrillic U+0400...U+045F (as
    /// written), read on its bytes: every scalar is a character, so the skeleton is built and
    /// cut on bytes, and only until its first five characters are known.
    private static func plainWordSignal(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool, builder: inout SkeletonBuilder,
                                        _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // At least four scalars (counted only that far; a byte each when `ascii`).
        var scalars = 0, i = 0
        if ascii { scalars = bytes.count } else {
            while i < bytes.count, scalars < 4 { if bytes[i] & 0xC0 != 0x80 { scalars += 1 }; i += 1 }
        }
        guard scalars >= 4 else { return }
        builder.reset()
        let table = alphabetPacked
        var k = 0
        while k < bytes.count, builder.characters < 5 {
            let b0 = bytes[k]
            if b0 < 0x80 {
                builder.add(b0 >= 0x41 && b0 <= 0x5A ? b0 | 0x20 : b0)
                k += 1
                continue
            }
            var v = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F)
            k += 2
            // `ScalarClass.lower` on U+0400...U+045F.
            switch v {
            case 0x410...0x42F: v += 0x20
            case 0x401, 0x451: v = 0x435
            case 0x400...0x40F: v += 0x50
            default: break
            }
            // `transliterate`, scalar by scalar.
            switch v {
            case 0x430...0x44F:
                var packed = table[Int(v - 0x430)]
                while packed != 0 { builder.add(UInt8(truncatingIfNeeded: packed)); packed >>= 8 }
            case 0x456: builder.add(UInt8(ascii: "i"))
            case 0x45E: builder.add(UInt8(ascii: "u"))
            default: builder.add(other: UTF8.encode(Unicode.Scalar(v)!)!)
            }
        }
        builder.finish()
        guard builder.characters >= 3 else { return }
        builder.withFirstFive(body)
    }

    /// The signal of a capitalised word with other letters or marks, by the `String` rules
    /// on its token text (lower case, `ё` as `е`).
    private static func wordSignal(_ word: [Unicode.Scalar], _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let text = String(scalars: word.lazy.map(ScalarClass.lower))
        guard text.count >= 4 else { return }
        let skeleton = self.skeleton(word.contains(where: ScalarClass.isCyrillic) ? transliterate(text) : text)
        guard skeleton.count >= 3 else { return }
        var signal = String(skeleton.prefix(5))
        signal.withUTF8(body)
    }
}
