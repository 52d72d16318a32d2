/// Cuts a sentence into words, numbers, codes and symbols in one pass over its UTF-8 bytes.
///
/// Numbers are read here, where the separators are still visible: `32,000`, `816 000`,
/// `1.844.036.360,12`, `3,64`. Digit runs that are not quantities (`13:00:00`,
/// `26.09.2023`, `123-45-67`, `a8edd244`, URLs) become `.code` tokens so no rule can
/// read them as figures.
enum FigureTokenizer {
    /// The tokens of a text with the bytes their texts point into.
    static func tokens(of text: String, language: Language) -> FigureTokens {
        let (tokens, storage) = tokens(ofText: text, language: language)
        return FigureTokens(tokens: tokens, storage: storage)
    }

    /// The tokens of `text`, cut on its UTF-8 bytes (no scalar array). The returned bytes hold the
    /// text first (numbers and symbols point into it, quotes are cut from it), then the lowered
    /// words; token texts point into them, which must outlive every use.
    static func tokens(ofText text: String, language: Language, scratch: FigureScratch? = nil) -> ([FigureToken], FigureTokenBytes) {
        var text = text
        return text.withUTF8 { src in
            let n = src.count
            // A lowered letter takes at most 1.5 times its bytes ("İ" → "i̇"): 3n holds text and words.
            let out = scratch?.takeBytes(capacity: n * 3 + 16) ?? FigureTokenBytes(capacity: n * 3 + 16)
            if n > 0 { out.base.update(from: src.baseAddress!, count: n) }
            out.count = n
            out.textCount = n
            var tokens = scratch?.takeTokens() ?? []
            tokenize(out, language: language, into: &tokens)
            return (tokens, out)
        }
    }

    /// Continuation bytes (10xxxxxx) in `from..<to`: a byte offset less these is a scalar offset.
    private static func continuations(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var c = 0
        for k in from..<to where p[k] & 0xC0 == 0x80 { c += 1 }
        return c
    }

    /// Cuts `out`'s text bytes into tokens (offsets in scalars, as before, and in bytes).
    private static func tokenize(_ out: FigureTokenBytes, language: Language, into tokens: inout [FigureToken]) {
        let p = UnsafePointer(out.base), n = out.textCount
        let empty = TokenText(base: p, count: 0)
        tokens.reserveCapacity(n / 4 + 4)
        // Statics read once, not behind a lazy-init check per word.
        let startWords = startWords, startFilter = startFilter, glueable = FigureLexicon.glueableCurrencies
        // Continuation bytes before `i`, kept as the scan moves: scalar offset = byte offset - cont.
        var cont = 0
        /// A token of bytes `i..<end` holding `inner` continuation bytes.
        @inline(__always)
        func token(_ kind: FigureToken.Kind, _ text: TokenText, _ i: Int, _ end: Int, _ space: Bool, _ inner: Int) -> FigureToken {
            var t = FigureToken(kind: kind, text: text, start: i - cont, end: end - cont - inner, spaceBefore: space)
            t.byteStart = Int32(i); t.byteEnd = Int32(end)
            cont += inner
            return t
        }
        var i = 0
        var space = true
        while i < n {
            let (c, width) = decode(p, i)
            if isSpace(c) { space = true; i += width; cont += width - 1; continue }
            if isLetter(c) {
                if startsURL(p, n, i) {
                    let end = runEnd(p, n, i) { !isSpace($0) }
                    tokens.append(token(.code, empty, i, end, space, continuations(p, i, end)))
                    i = end; space = false; continue
                }
                let mark = out.count
                let (j, inner, word) = lowerWord(p, n, i, into: out)
                if j < n, isDigit(p[j]), !glueable.contains(word) {
                    // Letters glued to digits ("a8edd244", "A320"): an id, never a figure.
                    out.count = mark
                    let end = runEnd(p, n, j) { isLetter($0) || isDigit($0) || $0 == 0x5F }
                    tokens.append(token(.code, empty, i, end, space, continuations(p, i, end)))
                    i = end; space = false; continue
                }
                var t = token(.word, word, i, j, space, inner)
                t.capitalized = isUpper(c); t.starts = isStartWord(word, startWords: startWords, filter: startFilter)
                tokens.append(t)
                i = j; space = false; continue
            }
            if c >= 48 && c <= 57 {
                let number = readNumber(p, n, i, language: language)
                var kind = number.kind, end = number.end
                // Digits followed by letters then digits again ("12ab34") are an id.
                var k = end
                while k < n {
                    let (v, w) = decode(p, k)
                    guard isLetter(v) else { break }
                    k += w
                }
                if kind == .number, k > end, k < n, isDigit(p[k]) {
                    kind = .code
                    end = runEnd(p, n, k) { isLetter($0) || isDigit($0) || $0 == 0x5F }
                }
                var t = token(kind, number.text, i, end, space, continuations(p, i, end))
                t.value = number.value; t.grouped = number.grouped; t.decimal = number.decimal
                tokens.append(t)
                i = end; space = false; continue
            }
            tokens.append(token(.symbol, TokenText(base: p + i, count: width), i, i + width, space, width - 1))
            i += width; space = false
        }
        // Every continuation byte of the text was counted on the way.
        out.textScalars = n - cont
    }

    @inline(__always)
    static func decode(_ p: UnsafePointer<UInt8>, _ i: Int) -> (UInt32, Int) { ByteScalars.decode(p, at: i) }

    // MARK: - Numbers

    /// Reads the number starting at byte `i`; see the type comment for the forms. Every byte a
    /// number or its separators can hold is ASCII, so the groups' byte counts are digit counts.
    /// Returns the kind, the end byte, the text (the bytes as written) and the value.
    private static func readNumber(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int, language: Language)
        -> (kind: FigureToken.Kind, end: Int, text: TokenText, value: Double, grouped: Bool, decimal: Bool) {
        let empty = TokenText(base: p + i, count: 0)
        let first = i..<digitEnd(p, n, i)
        var j = first.upperBound
        // Clock times, slashed dates, dotted codes: one code token.
        if j + 1 < n, p[j] == 0x3A || p[j] == 0x2F, isDigit(p[j + 1]) {
            let end = runEnd(p, n, j) { isDigit($0) || $0 == 0x3A || $0 == 0x2F || $0 == 0x2E || $0 == 0x2D }
            return (.code, trimDots(p, i, end), empty, 0, false, false)
        }
        // Hyphen chains of three or more parts are dates or phone numbers (2025-09-29, 123-45-67).
        if let end = hyphenChainEnd(p, n, j) {
            return (.code, end, empty, 0, false, false)
        }
        var groups: [Range<Int>] = [first]
        var seps: [UInt8] = []
        while j + 1 < n, p[j] == 0x2C || p[j] == 0x2E || p[j] == 0x20, isDigit(p[j + 1]) {
            let next = (j + 1)..<digitEnd(p, n, j + 1)
            if p[j] == 0x20 {
                // A space groups thousands only after 1–3 digits and before exactly 3.
                guard groups[0].count <= 3, next.count == 3, seps.allSatisfy({ $0 == 0x20 }) else { break }
            }
            seps.append(p[j]); groups.append(next); j = next.upperBound
        }
        if j + 1 < n, p[j] == 0x3A || p[j] == 0x2F, isDigit(p[j + 1]), !seps.isEmpty {
            let end = runEnd(p, n, j) { isDigit($0) || $0 == 0x3A || $0 == 0x2F || $0 == 0x2E }
            return (.code, trimDots(p, i, end), empty, 0, false, false)
        }
        let text = TokenText(base: p + i, count: j - i)
        guard let (digits, grouped, decimal) = interpret(p, groups: groups, seps: seps, language: language) else {
            return (.code, j, text, 0, false, false)
        }
        if groups[0].count >= 2, p[i] == 0x30, !decimal {
            return (.code, j, text, 0, false, false)   // "09", "007": parts of codes
        }
        return (.number, j, text, Double(digits) ?? 0, grouped, decimal)
    }

    /// Decides which separators group thousands and which one is the decimal point.
    /// Returns the plain digits with `.` as decimal point, or nil for a code.
    private static func interpret(_ p: UnsafePointer<UInt8>, groups: [Range<Int>], seps: [UInt8],
                                  language: Language) -> (String, Bool, Bool)? {
        func digits(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(start: p + r.lowerBound, count: r.count), as: UTF8.self) }
        if seps.isEmpty { return (digits(groups[0]), false, false) }
        let validGroups = { (upTo: Int) -> Bool in
            groups[0].count <= 3 && groups[1..<upTo].allSatisfy { $0.count == 3 }
        }
        let whole = { (upTo: Int) -> String in groups[0..<upTo].map(digits).joined() }
        let last = seps[seps.count - 1]
        let head = seps.dropLast()
        if seps.allSatisfy({ $0 == last }) {
            if last == 0x20 { return (whole(groups.count), true, false) }
            if seps.count >= 2 { return validGroups(groups.count) ? (whole(groups.count), true, false) : nil }
            // One separator: "32,000" groups in English; "3,64", "3.64", "3,640" in Russian are decimals.
            if last == 0x2C, language == .en, groups[1].count == 3, groups[0].count <= 3 {
                return (whole(2), true, false)
            }
            return (digits(groups[0]) + "." + digits(groups[1]), false, true)
        }
        guard last != 0x20, let first = head.first, head.allSatisfy({ $0 == first }), first != last,
              validGroups(groups.count - 1) else { return nil }
        return (whole(groups.count - 1) + "." + digits(groups[groups.count - 1]), true, true)
    }

    private static func hyphenChainEnd(_ p: UnsafePointer<UInt8>, _ n: Int, _ j: Int) -> Int? {
        var k = j, parts = 1
        while k + 1 < n, p[k] == 0x2D, isDigit(p[k + 1]) { k = digitEnd(p, n, k + 1); parts += 1 }
        return parts >= 3 ? k : nil
    }

    /// Drops trailing marks of a code run (all ASCII, so bytes are scalars here).
    private static func trimDots(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start + 1, !isDigit(p[e - 1]) { e -= 1 }
        return e
    }

    // MARK: - Scalars

    /// `FigureLexicon.startWordList`, probed with a word's bytes.
    private static let startWords = ByteLexicon(words: FigureLexicon.startWordList)
    /// Length and first and last letters of the start words: most words are told apart without a probe.
    private static let startFilter = FigurePrefilter.WordFilter(FigureLexicon.startWordList)

    /// Reads the word starting at letter byte `i` and writes its lowercased bytes after `out`'s
    /// count in the same pass: returns its end byte, its continuation bytes and its text. Plain
    /// Latin and Cyrillic letters are lowered inline; any other letter through `lowercaseMapping`
    /// (one scalar at a time, which writes what the plain rule writes for plain letters). A word
    /// runs over letters and over apostrophes followed by a letter.
    @inline(__always)
    private static func lowerWord(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int, into out: FigureTokenBytes) -> (Int, Int, TokenText) {
        let start = out.count
        let buf = out.base
        var o = start, k = i, inner = 0
        // Wrapping steps: offsets stay far below any overflow, and the checks kept them out of registers.
        while k < n {
            let b = p[k]
            if b < 0x80 {
                if (b | 0x20) &- 0x61 < 26 { buf[o] = b | 0x20; o &+= 1; k &+= 1; continue }
                // "'" inside a word ("don't") stays; any other ASCII byte ends it.
                if b == 0x27, k + 1 < n, isLetter(decode(p, k + 1).0) { buf[o] = b; o &+= 1; k &+= 1; continue }
                break
            }
            if b == 0xD0 || b == 0xD1, let v = cyrillicLower(UInt32(b & 0x1F) << 6 | UInt32(p[k &+ 1] & 0x3F)) {
                buf[o] = UInt8(0xC0 | (v >> 6)); buf[o &+ 1] = UInt8(0x80 | (v & 0x3F)); o &+= 2; k &+= 2; inner &+= 1; continue
            }
            // Any other scalar: the rest of the word is read apart, keeping this loop small.
            guard lowerOther(p, n, &k, &o, &inner, buf, out.capacity) else { break }
        }
        out.count = o
        return (k, inner, TokenText(base: buf + start, count: o - start))
    }

    /// One scalar beyond ASCII and plain Cyrillic at byte `k` of a word: lowered into `buf` at `o`
    /// when it continues the word (a letter, or an apostrophe before a letter); false when it ends it.
    @inline(never)
    private static func lowerOther(_ p: UnsafePointer<UInt8>, _ n: Int, _ k: inout Int, _ o: inout Int, _ inner: inout Int,
                                   _ buf: UnsafeMutablePointer<UInt8>, _ capacity: Int) -> Bool {
        let (v, w) = decode(p, k)
        guard isLetter(v) || (isApostrophe(v) && k + w < n && isLetter(decode(p, k + w).0)) else { return false }
        k += w; inner += w - 1
        if let l = cyrillicLower(v) {
            if o + 1 < capacity { buf[o] = UInt8(0xC0 | (l >> 6)); buf[o + 1] = UInt8(0x80 | (l & 0x3F)); o += 2 }
            return true
        }
        for b in (Unicode.Scalar(v) ?? "\u{FFFD}").properties.lowercaseMapping.utf8 where o < capacity { buf[o] = b; o += 1 }
        return true
    }

    /// The lowered word is a start word. The lexicon is probed only for a word that passes `filter`.
    @inline(__always)
    private static func isStartWord(_ w: TokenText, startWords: ByteLexicon<Bool>, filter: FigurePrefilter.WordFilter) -> Bool {
        guard w.count > 0 else { return startWords.contains(w.buffer) }
        // The last scalar starts at the last byte that is not a continuation byte.
        var l = w.count - 1
        while l > 0, w.base[l] & 0xC0 == 0x80 { l -= 1 }
        guard filter.mayHold(w.count, decode(w.base, 0).0, decode(w.base, l).0) else { return false }
        return startWords.contains(w.buffer)
    }

    /// The lower case of a basic Cyrillic letter (U+0410–U+044F, Ё, ё) with ё folded to е, as
    /// words are keyed; nil for any other scalar. The tokeniser and the figure pre-test both
    /// lower through it, so the pre-test keys words exactly as the rules will see them.
    @inline(__always)
    static func cyrillicLower(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x430...0x44F: return v
        case 0x410...0x42F: return v + 0x20
        case 0x401, 0x451: return 0x435
        default: return nil
        }
    }

    /// The UTF-8 bytes of one lowercased letter (ё folded to е), as words are keyed.
    @inline(__always)
    static func appendLowercased(_ c: Unicode.Scalar, to bytes: inout [UInt8]) {
        let v = c.value
        switch v {
        case 65...90: bytes.append(UInt8(v + 32))
        case 0...0x7F: bytes.append(UInt8(v))
        default:
            guard let l = cyrillicLower(v) else { bytes.append(contentsOf: c.properties.lowercaseMapping.utf8); return }
            bytes.append(UInt8(0xC0 | (l >> 6))); bytes.append(UInt8(0x80 | (l & 0x3F)))
        }
    }

    @inline(__always)
    private static func isUpper(_ v: UInt32) -> Bool {
        switch v {
        case 65...90, 0x410...0x42F, 0x401: return true
        case 0...0x7F, 0x430...0x44F, 0x451: return false
        default: return (Unicode.Scalar(v) ?? "\u{FFFD}").properties.isUppercase
        }
    }

    /// "http://", "https://" or "www." at byte `i`, ASCII letters in either case.
    private static func startsURL(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> Bool {
        // Only "h"/"w" in either case can start one: tested on the byte, no string made.
        let v = p[i] | 0x20
        guard v == 0x68 || v == 0x77, p[i] < 128 else { return false }
        // ASCII letters match either case, marks match exactly: what comparing lower-case mappings
        // gave. The pattern is ASCII, so no byte of another scalar can match it.
        func has(_ s: StaticString) -> Bool {
            let m = s.utf8CodeUnitCount
            guard i + m <= n else { return false }
            for k in 0..<m {
                let u = s.utf8Start[k], b = p[i + k]
                guard b == u || (u >= 0x61 && u <= 0x7A && b == u - 0x20) else { return false }
            }
            return true
        }
        return has("http://") || has("https://") || has("www.")
    }

    /// The byte after the run of scalars from byte `i` that `keep` accepts.
    @inline(__always)
    private static func runEnd(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int, _ keep: (UInt32) -> Bool) -> Int {
        var j = i
        while j < n {
            let (v, w) = decode(p, j)
            guard keep(v) else { break }
            j += w
        }
        return j
    }

    private static func digitEnd(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int) -> Int {
        var j = i
        while j < n, isDigit(p[j]) { j += 1 }
        return j
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 48 && v <= 57 }
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        if v < 128 { return v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D }
        if v >= 0x400 && v <= 0x4FF { return false }
        return (Unicode.Scalar(v) ?? "\u{FFFD}").properties.isWhitespace
    }
    /// Latin and Cyrillic letters tested inline; any other scalar in `isOtherLetter`.
    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        if v < 128 { return (v | 0x20) >= 97 && (v | 0x20) <= 122 }
        if v >= 0x400 && v <= 0x4FF { return true }
        return isOtherLetter(v)
    }

    @inline(never)
    private static func isOtherLetter(_ v: UInt32) -> Bool {
        switch v {
        // Punctuation, spaces and signs common in news: not alphabetic, not marks (no property lookup).
        case 0xA0...0xBF where v != 0xAA && v != 0xB5 && v != 0xBA,
             0xD7, 0xF7, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF, 0x2116, 0x2122: return false
        default:
            let c = Unicode.Scalar(v) ?? "\u{FFFD}"
            return c.properties.isAlphabetic || c.properties.generalCategory == .nonspacingMark
        }
    }
    @inline(__always)
    private static func isApostrophe(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 }
}
