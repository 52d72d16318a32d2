extension TranslationLinker {
    /// Scalars and tokens of a document read for signals, as `Tokenizer` was called with.
    static let signalScalarLimit = 200_000
    static let signalTokenLimit = 40_000

    /// Calls `body` with the UTF-8 bytes of each signal of `text`, in text order, repeats
    /// included (`scanSignals` into a sink that hands the bytes on).
    static func forEachSignal(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        withoutActuallyEscaping(body) { body in
            var sink = SignalBytes(body: body)
            scanSignals(in: text, into: &sink)
        }
    }

    /// Gives `sink` each signal of `text`, in text order, repeats included. Reads the tokens
    /// `Tokenizer` would make over the UTF-8 bytes without making a `Token` or a `String` per
    /// token (tokenising every document for the linker was 7 % of the analysis). Only numbers
    /// and capitalised words give signals, so the bytes are searched eight at a time for a
    /// digit, a capital or a lead byte, and the token before a capitalised word is read back
    /// from it (stepping token by token cost ~40 instructions per word of the text). Words of
    /// plain Latin and Cyrillic letters are spelt on bytes; any other word goes through the
    /// `String` rules, whose characters may span several scalars.
    static func scanSignals<Sink: SignalSink>(in text: String, into sink: inout Sink) {
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
                let start = p
                if b0 < 0x80 {
                    if b0 <= 0x39 { // a digit: a number token (never part of a word)
                        var length = 1
                        while p < n, utf8[p] >= 0x30, utf8[p] <= 0x39 { number[length] = utf8[p]; length += 1; p += 1 }
                        sink.take(UnsafeBufferPointer(rebasing: number[..<length]))
                        continue
                    }
                    // : ; < = > ? @ lie between the digits and the capitals: the search finds
                    // the whole range with fewer operations and leaves them here.
                    if b0 < 0x41 { p += 1; continue }
                    // A capital ASCII letter; the letters after it end at no ASCII letter.
                    let q = asciiLetterEnd(utf8, from: p + 1, to: n)
                    p = q < n && utf8[q] >= 0x80 ? wordEnd(utf8, from: q, to: n) : q
                    if startsSignal(utf8, at: start) {
                        signal(ofWord: UnsafeBufferPointer(rebasing: utf8[start..<p]), ascii: p == q, word: &word, builder: &builder, &sink)
                    }
                    continue
                }
                if b0 >= 0xD0 && b0 <= 0xD3 { // U+0400...U+04FF: all letters (or marks the tokenizer keeps in words)
                    let v = UInt32(b0 & 0x1F) << 6 | UInt32(utf8[p + 1] & 0x3F)
                    let upper = v < 0x430 || (v >= 0x460 && ScalarClass.isUpper(Unicode.Scalar(v)!))
                    let q = cyrillicEnd(utf8, from: p + 2, to: n)
                    p = q < n && (utf8[q] >= 0x80 || isASCIILetter(utf8[q])) ? wordEnd(utf8, from: q, to: n) : q
                    if upper, startsSignal(utf8, at: start) {
                        signal(ofWord: UnsafeBufferPointer(rebasing: utf8[start..<p]), ascii: false, word: &word, builder: &builder, &sink)
                    }
                    continue
                }
                let (s, width) = ByteScalars.scalar(utf8, at: p)
                guard ScalarClass.isLetter(s) else { p += width; continue }
                p = wordEnd(utf8, from: p + width, to: n)
                if ScalarClass.isUpper(s), startsSignal(utf8, at: start) {
                    signal(ofWord: UnsafeBufferPointer(rebasing: utf8[start..<p]), ascii: false, word: &word, builder: &builder, &sink)
                }
            }
        }
    }

    /// `!continuesWord && followsInside` at `start`, with the usual cases read inline: an
    /// ASCII byte before the word, or one space and an ASCII byte (the two calls cost ~90
    /// instructions per capitalised word, mostly saving and restoring registers).
    @inline(__always)
    private static func startsSignal(_ utf8: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start >= 2, utf8[start - 1] < 0x80 else {
            return !continuesWord(utf8, at: start) && followsInside(utf8, at: start)
        }
        let b1 = utf8[start - 1]
        if b1 == 0x20 {
            let b2 = utf8[start - 2]
            guard b2 < 0x80, b2 != 0x20, b2 < 0x09 || b2 > 0x0D else { return followsInside(utf8, at: start - 1) }
            return isASCIILetter(b2) || endsBeforeSignal(b2)
        }
        if isASCIILetter(b1) { return false }
        if b1 >= 0x09 && b1 <= 0x0D { return followsInside(utf8, at: start - 1) }
        return endsBeforeSignal(b1)
    }

    /// An ASCII byte other than a letter or white space that may stand before a signal: a
    /// digit (the end of a number) or one of , ( : ;
    @inline(__always)
    private static func endsBeforeSignal(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ",") || b == UInt8(ascii: "(") || b == UInt8(ascii: ":") || b == UInt8(ascii: ";")
    }

    /// Where a run of Cyrillic scalars U+0400...U+04FF from byte `start` ends (before `end`):
    /// four at a time while the bytes 0, 2, 4, 6 of eight are all lead bytes 0xD0...0xD3
    /// (valid UTF-8: each is followed by its continuation byte).
    @inline(__always)
    private static func cyrillicEnd(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var q = start
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            while q + 8 <= end,
                  UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: q, as: UInt64.self)) & 0x00FC_00FC_00FC_00FC == 0x00D0_00D0_00D0_00D0 {
                q += 8
            }
        }
        while q < end, utf8[q] >= 0xD0, utf8[q] <= 0xD3 { q += 2 }
        return q
    }

    /// The first byte from `start` (before `end`) where a signal may start: an ASCII digit or
    /// capital (or one of : ; < = > ? @ between them), or the lead byte of a longer scalar;
    /// `end` when there is none. Lower-case ASCII words, spaces and marks between them are
    /// passed over eight at a time.
    @inline(__always)
    private static func nextCandidate(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        firstMarked(utf8, from: start, to: end, { w in
            // On the low seven bits, without carries between bytes: a byte's high bit set
            // when it is in 0x30...0x5A; lead bytes are 11xxxxxx.
            let v = w & 0x7F7F_7F7F_7F7F_7F7F
            let range = (v &+ 0x5050_5050_5050_5050) & (0xDADA_DADA_DADA_DADA &- v)
            return (range & ~w | (w & (w << 1))) & 0x8080_8080_8080_8080
        }, { b in (b >= 0x30 && b <= 0x5A) || b >= 0xC0 })
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
            while q &+ 8 <= end {
                let found = marks(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: q, as: UInt64.self)))
                if found != 0 { return q &+ found.trailingZeroBitCount >> 3 }
                q &+= 8
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
    private static func signal<Sink: SignalSink>(ofWord bytes: UnsafeBufferPointer<UInt8>, ascii: Bool, word: inout [Unicode.Scalar],
                                                 builder: inout SkeletonBuilder, _ sink: inout Sink) {
        if ascii || TableText.isPlain(bytes, 0..<bytes.count) {
            plainWordSignal(bytes, ascii: ascii, builder: &builder, &sink)
        } else {
            word.removeAll(keepingCapacity: true)
            var k = 0
            while k < bytes.count { let (c, w) = ByteScalars.scalar(bytes, at: k); word.append(c); k += w }
            wordSignal(word, &sink)
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
    /// cut on bytes, and only until its first five characters are known. Every character is
    /// one ASCII byte unless the word has a Cyrillic letter kept as it is (ђ, є, ї...): the
    /// skeleton is packed into an integer, and only such a word goes to `builder`.
    private static func plainWordSignal<Sink: SignalSink>(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool,
                                                          builder: inout SkeletonBuilder, _ sink: inout Sink) {
        // At least four scalars (counted only that far; a byte each when `ascii`).
        var scalars = 0, i = 0
        if ascii { scalars = bytes.count } else {
            while i < bytes.count, scalars < 4 { if bytes[i] & 0xC0 != 0x80 { scalars += 1 }; i += 1 }
        }
        guard scalars >= 4 else { return }
        let table = ascii ? [] : alphabetPacked // read once per word, and only for Cyrillic letters
        var skeleton = PackedSkeleton()
        var k = 0
        // Past five characters nothing changes the signal. The ASCII bytes of a word are letters.
        while k < bytes.count, skeleton.characters < 5 {
            let b0 = bytes[k]
            if b0 < 0x80 {
                skeleton.add(b0 | 0x20)
                k += 1
                continue
            }
            switch lowerCyrillic(b0, bytes[k + 1]) {
            case let v where v >= 0x430 && v <= 0x44F:
                var packed = table[Int(v - 0x430)]
                while packed != 0, skeleton.characters < 5 { skeleton.add(UInt8(truncatingIfNeeded: packed)); packed >>= 8 }
            case 0x456: skeleton.add(UInt8(ascii: "i"))
            case 0x45E: skeleton.add(UInt8(ascii: "u"))
            default: return builderWordSignal(bytes, builder: &builder, &sink)
            }
            k += 2
        }
        skeleton.finish()
        guard skeleton.characters >= 3 else { return }
        sink.take(packed: skeleton.bytes, count: min(skeleton.characters, 5))
    }

    /// `ScalarClass.lower` of the scalar U+0400...U+045F in the two bytes `b0`, `b1`.
    @inline(__always)
    private static func lowerCyrillic(_ b0: UInt8, _ b1: UInt8) -> UInt32 {
        let v = UInt32(b0 & 0x1F) << 6 | UInt32(b1 & 0x3F)
        switch v {
        case 0x410...0x42F: return v + 0x20
        case 0x401, 0x451: return 0x435
        case 0x400...0x40F: return v + 0x50
        default: return v
        }
    }

    /// `plainWordSignal` for a word with a character of two bytes, through `builder`.
    private static func builderWordSignal<Sink: SignalSink>(_ bytes: UnsafeBufferPointer<UInt8>, builder: inout SkeletonBuilder,
                                                            _ sink: inout Sink) {
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
            let v = lowerCyrillic(b0, bytes[k + 1])
            k += 2
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
        builder.withFirstFive { sink.take($0) }
    }

    /// The signal of a capitalised word with other letters or marks, by the `String` rules
    /// on its token text (lower case, `ё` as `е`).
    private static func wordSignal<Sink: SignalSink>(_ word: [Unicode.Scalar], _ sink: inout Sink) {
        let text = String(scalars: word.lazy.map(ScalarClass.lower))
        guard text.count >= 4 else { return }
        let skeleton = self.skeleton(word.contains(where: ScalarClass.isCyrillic) ? transliterate(text) : text)
        guard skeleton.count >= 3 else { return }
        var signal = String(skeleton.prefix(5))
        signal.withUTF8 { sink.take($0) }
    }
}
