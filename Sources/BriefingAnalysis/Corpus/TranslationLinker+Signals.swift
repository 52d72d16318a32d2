extension TranslationLinker {
    /// Scalars and tokens of a document read for signals, as `Tokenizer` was called with.
    static let signalScalarLimit = 200_000
    static let signalTokenLimit = 40_000

    /// Calls `body` with the UTF-8 bytes of each signal of `text`, in text order, repeats
    /// included. Walks the tokens `Tokenizer` would make over the UTF-8 bytes without making
    /// a `Token` or a `String` per token (tokenising every document for the linker was 7 %
    /// of the analysis). Words of plain Latin and Cyrillic letters are spelt on bytes; any
    /// other word goes through the `String` rules, whose characters may span several scalars.
    static func forEachSignal(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { utf8 in
            // The scalar limit as a byte bound: no count kept per scalar.
            let n = byteLength(utf8, scalars: signalScalarLimit)
            // "#" and the digits of a number, written in place: no array to clear per token.
            let number = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: n + 1)
            defer { number.deallocate() }
            number[0] = UInt8(ascii: "#")
            var word: [Unicode.Scalar] = []
            word.reserveCapacity(64)
            var builder = SkeletonBuilder()
            var p = 0, tokens = 0
            // The previous token: nil at the start; true when a capitalised word may follow it
            // inside a sentence (a word, a number, or one of , ( : ;).
            var insideAfter: Bool? = nil
            while p < n, tokens < signalTokenLimit {
                let b0 = utf8[p]
                // Words led by an ASCII or a basic Cyrillic letter (U+0400...U+04FF, all
                // letters), the most common tokens, without the general scalar tests.
                let cyrillic = b0 >= 0xD0 && b0 <= 0xD3
                if isASCIILetter(b0) || cyrillic {
                    tokens += 1
                    let start = p
                    let upper: Bool
                    // The word's run of letters of its own script inline; `wordEnd` only when
                    // it goes on with other letters or marks.
                    var q = p
                    if cyrillic {
                        let v = UInt32(b0 & 0x1F) << 6 | UInt32(utf8[p + 1] & 0x3F)
                        upper = v < 0x430 || (v >= 0x460 && ScalarClass.isUpper(Unicode.Scalar(v)!))
                        q += 2
                        while q < n, utf8[q] >= 0xD0, utf8[q] <= 0xD3 { q += 2 }
                    } else {
                        upper = b0 <= 0x5A
                        q = asciiLetterEnd(utf8, from: q + 1, to: n)
                    }
                    p = q < n && (utf8[q] >= 0x80 || isASCIILetter(utf8[q])) ? wordEnd(utf8, from: q, to: n) : q
                    // Only a capitalised word after a word, number or , ( : ; gives a signal.
                    if insideAfter == true, upper {
                        signal(ofWord: UnsafeBufferPointer(rebasing: utf8[start..<p]), ascii: !cyrillic && p == q,
                               word: &word, builder: &builder, body)
                    }
                    insideAfter = true
                    continue
                }
                // ASCII spaces and marks without decoding or the scalar classes.
                if b0 == 0x20 || (b0 >= 0x09 && b0 <= 0x0D) { p += 1; continue }
                if b0 < 0x80, !isASCIILetter(b0), b0 < 0x30 || b0 > 0x39 {
                    tokens += 1
                    p += 1
                    insideAfter = b0 == UInt8(ascii: ",") || b0 == UInt8(ascii: "(") || b0 == UInt8(ascii: ":") || b0 == UInt8(ascii: ";")
                    continue
                }
                let (s, width) = ByteScalars.scalar(utf8, at: p)
                if ScalarClass.isSpace(s) { p += width; continue }
                tokens += 1
                if ScalarClass.isDigit(s) {
                    var length = 1
                    while p < n, utf8[p] >= 0x30, utf8[p] <= 0x39 { number[length] = utf8[p]; length += 1; p += 1 }
                    body(UnsafeBufferPointer(rebasing: number[..<length]))
                    insideAfter = true
                } else if ScalarClass.isLetter(s) {
                    let start = p
                    p = wordEnd(utf8, from: p + width, to: n)
                    // Only a capitalised word after a word, number or , ( : ; gives a signal.
                    if insideAfter == true, ScalarClass.isUpper(s) {
                        signal(ofWord: UnsafeBufferPointer(rebasing: utf8[start..<p]), ascii: false, word: &word, builder: &builder, body)
                    }
                    insideAfter = true
                } else {
                    p += width
                    // U+037E is canonically ";", and the token texts were compared as `String`s.
                    insideAfter = s == "," || s == "(" || s == ":" || s == ";" || s == "\u{37E}"
                }
            }
        }
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
        var q = start
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, high: UInt64 = 0x8080_8080_8080_8080
            while q + 8 <= end {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: q, as: UInt64.self))
                // A letter: high bit clear and (byte | 0x20) in 0x61...0x7A, on the low seven
                // bits without carries between bytes (as `DocumentProfiler.cyrillicMajority`).
                let v = (w | 0x2020_2020_2020_2020) & low7
                let letters = (v &+ 0x1F1F_1F1F_1F1F_1F1F) & (0xFAFA_FAFA_FAFA_FAFA &- v) & ~w & high
                let others = ~letters & high
                if others != 0 { return q + others.trailingZeroBitCount >> 3 }
                q += 8
            }
        }
        while q < end, isASCIILetter(utf8[q]) { q += 1 }
        return q
    }

    /// Bytes of the first `scalars` scalars of `utf8`.
    private static func byteLength(_ utf8: UnsafeBufferPointer<UInt8>, scalars: Int) -> Int {
        guard utf8.count > scalars else { return utf8.count } // fewer bytes than scalars allowed
        var count = 0
        for (index, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
            if count == scalars { return index }
            count += 1
        }
        return utf8.count
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
