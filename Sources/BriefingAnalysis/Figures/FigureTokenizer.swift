/// Cuts a sentence into words, numbers, codes and symbols in one pass over its scalars.
///
/// Numbers are read here, where the separators are still visible: `32,000`, `816 000`,
/// `1.844.036.360,12`, `3,64`. Digit runs that are not quantities (`13:00:00`,
/// `26.09.2023`, `123-45-67`, `a8edd244`, URLs) become `.code` tokens so no rule can
/// read them as figures.
enum FigureTokenizer {
    /// The tokens of a text with the bytes their texts point into.
    static func tokens(of text: String, language: Language) -> FigureTokens {
        let (tokens, storage) = tokens(of: text.scalarArray, language: language)
        return FigureTokens(tokens: tokens, storage: storage)
    }

    /// The tokens of `s`; their texts point into the returned bytes, which must outlive every use.
    static func tokens(of s: [Unicode.Scalar], language: Language) -> ([FigureToken], FigureTokenBytes) {
        var tokens: [FigureToken] = []
        // Lower case is at most four bytes a scalar; numbers and symbols are their own bytes.
        let out = FigureTokenBytes(capacity: s.count * 4 + 16)
        let empty = TokenText(base: out.base, count: 0)
        tokens.reserveCapacity(s.count / 5)
        // Statics read once, not behind a lazy-init check per word.
        let startWords = startWords, glueable = FigureLexicon.glueableCurrencies
        var i = 0
        var space = true
        while i < s.count {
            let c = s[i]
            if isSpace(c) { space = true; i += 1; continue }
            if isLetter(c) {
                if startsURL(s, i) {
                    let end = runEnd(s, i) { !isSpace($0) }
                    tokens.append(FigureToken(kind: .code, text: empty, start: i, end: end, spaceBefore: space))
                    i = end; space = false; continue
                }
                var j = i + 1
                while j < s.count, isLetter(s[j]) || (isApostrophe(s[j]) && j + 1 < s.count && isLetter(s[j + 1])) { j += 1 }
                let mark = out.count
                let (word, starts) = lowercasedWord(s, i..<j, into: out, startWords: startWords)
                if j < s.count, isDigit(s[j]), !glueable.contains(word) {
                    // Letters glued to digits ("a8edd244", "A320"): an id, never a figure.
                    out.count = mark
                    let end = runEnd(s, j) { isLetter($0) || isDigit($0) || $0 == "_" }
                    tokens.append(FigureToken(kind: .code, text: empty, start: i, end: end, spaceBefore: space))
                    i = end; space = false; continue
                }
                tokens.append(FigureToken(kind: .word, text: word, start: i, end: j, spaceBefore: space,
                                          capitalized: isUpper(c), starts: starts))
                i = j; space = false; continue
            }
            if isDigit(c) {
                var token = readNumber(s, i, language: language, into: out)
                token.spaceBefore = space
                // Digits followed by letters then digits again ("12ab34") are an id.
                var k = token.end
                while k < s.count, isLetter(s[k]) { k += 1 }
                if token.kind == .number, k > token.end, k < s.count, isDigit(s[k]) {
                    token.kind = .code
                    token.end = runEnd(s, k) { isLetter($0) || isDigit($0) || $0 == "_" }
                }
                tokens.append(token)
                i = token.end; space = false; continue
            }
            let symbol = write(s[i..<(i + 1)], into: out)
            tokens.append(FigureToken(kind: .symbol, text: symbol, start: i, end: i + 1, spaceBefore: space))
            i += 1; space = false
        }
        return (tokens, out)
    }

    /// Writes the UTF-8 bytes of `scalars` as they are; their text.
    private static func write(_ scalars: ArraySlice<Unicode.Scalar>, into out: FigureTokenBytes) -> TokenText {
        let start = out.count
        var n = start
        let p = out.base
        for c in scalars {
            let v = c.value
            switch v {
            case 0..<0x80: p[n] = UInt8(v); n += 1
            case 0x80..<0x800: p[n] = UInt8(0xC0 | (v >> 6)); p[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
            case 0x800..<0x10000:
                p[n] = UInt8(0xE0 | (v >> 12)); p[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F)); p[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
            default:
                p[n] = UInt8(0xF0 | (v >> 18)); p[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                p[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); p[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
            }
        }
        out.count = n
        return TokenText(base: p + start, count: n - start)
    }

    // MARK: - Numbers

    /// Reads the number starting at `i`; see the type comment for the forms.
    static func readNumber(_ s: [Unicode.Scalar], _ i: Int, language: Language, into out: FigureTokenBytes) -> FigureToken {
        let empty = TokenText(base: out.base + out.count, count: 0)
        var groups: [Range<Int>] = [i..<digitEnd(s, i)]
        var seps: [Unicode.Scalar] = []
        var j = groups[0].upperBound
        // Clock times, slashed dates, dotted codes: one code token.
        if j + 1 < s.count, s[j] == ":" || s[j] == "/", isDigit(s[j + 1]) {
            let end = runEnd(s, j) { isDigit($0) || $0 == ":" || $0 == "/" || $0 == "." || $0 == "-" }
            return FigureToken(kind: .code, text: empty, start: i, end: trimDots(s, i, end))
        }
        // Hyphen chains of three or more parts are dates or phone numbers (2025-09-29, 123-45-67).
        if let end = hyphenChainEnd(s, j) {
            return FigureToken(kind: .code, text: empty, start: i, end: end)
        }
        while j + 1 < s.count, s[j] == "," || s[j] == "." || s[j] == " ", isDigit(s[j + 1]) {
            let next = (j + 1)..<digitEnd(s, j + 1)
            if s[j] == " " {
                // A space groups thousands only after 1–3 digits and before exactly 3.
                guard groups[0].count <= 3, next.count == 3, seps.allSatisfy({ $0 == " " }) else { break }
            }
            seps.append(s[j]); groups.append(next); j = next.upperBound
        }
        if j + 1 < s.count, s[j] == ":" || s[j] == "/", isDigit(s[j + 1]), !seps.isEmpty {
            let end = runEnd(s, j) { isDigit($0) || $0 == ":" || $0 == "/" || $0 == "." }
            return FigureToken(kind: .code, text: empty, start: i, end: trimDots(s, i, end))
        }
        let text = write(s[i..<j], into: out)
        guard let (digits, grouped, decimal) = interpret(s, groups: groups, seps: seps, language: language) else {
            return FigureToken(kind: .code, text: text, start: i, end: j)
        }
        if groups[0].count >= 2, s[i] == "0", !decimal {
            return FigureToken(kind: .code, text: text, start: i, end: j)   // "09", "007": parts of codes
        }
        return FigureToken(kind: .number, text: text, start: i, end: j, value: Double(digits) ?? 0,
                     grouped: grouped, decimal: decimal)
    }

    /// Decides which separators group thousands and which one is the decimal point.
    /// Returns the plain digits with `.` as decimal point, or nil for a code.
    private static func interpret(_ s: [Unicode.Scalar], groups: [Range<Int>], seps: [Unicode.Scalar],
                                  language: Language) -> (String, Bool, Bool)? {
        func digits(_ r: Range<Int>) -> String { String(scalars: s[r]) }
        if seps.isEmpty { return (digits(groups[0]), false, false) }
        let validGroups = { (upTo: Int) -> Bool in
            groups[0].count <= 3 && groups[1..<upTo].allSatisfy { $0.count == 3 }
        }
        let whole = { (upTo: Int) -> String in groups[0..<upTo].map(digits).joined() }
        let last = seps[seps.count - 1]
        let head = seps.dropLast()
        if seps.allSatisfy({ $0 == last }) {
            if last == " " { return (whole(groups.count), true, false) }
            if seps.count >= 2 { return validGroups(groups.count) ? (whole(groups.count), true, false) : nil }
            // One separator: "32,000" groups in English; "3,64", "3.64", "3,640" in Russian are decimals.
            if last == ",", language == .en, groups[1].count == 3, groups[0].count <= 3 {
                return (whole(2), true, false)
            }
            return (digits(groups[0]) + "." + digits(groups[1]), false, true)
        }
        guard last != " ", let first = head.first, head.allSatisfy({ $0 == first }), first != last,
              validGroups(groups.count - 1) else { return nil }
        return (whole(groups.count - 1) + "." + digits(groups[groups.count - 1]), true, true)
    }

    private static func hyphenChainEnd(_ s: [Unicode.Scalar], _ j: Int) -> Int? {
        var k = j, parts = 1
        while k + 1 < s.count, s[k] == "-", isDigit(s[k + 1]) { k = digitEnd(s, k + 1); parts += 1 }
        return parts >= 3 ? k : nil
    }

    private static func trimDots(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start + 1, !isDigit(s[e - 1]) { e -= 1 }
        return e
    }

    // MARK: - Scalars

    /// `FigureLexicon.startWordList`, probed with a word's bytes.
    private static let startWords = ByteLexicon(words: FigureLexicon.startWordList)

    /// Writes the lowercased word of `s[r]` and says whether it is a start word. Plain Latin
    /// and Cyrillic letters are lowered inline, hashing as they are written; any other letter
    /// sends the whole word through `lowercaseMapping`.
    private static func lowercasedWord(_ s: [Unicode.Scalar], _ r: Range<Int>, into out: FigureTokenBytes,
                                       startWords: ByteLexicon<Bool>) -> (TokenText, Bool) {
        let start = out.count
        let buf = out.base
        var n = start
        // The lexicon hash mixed as the bytes are written: the probe reads the word no second time.
        var h = ByteLexicon<Bool>.seed
        var plain = true
        for k in r {
            var v = s[k].value
            switch v {
            case 65...90: v += 32; buf[n] = UInt8(v); n += 1; h = ByteLexicon<Bool>.mix(h, UInt8(v)); continue
            case 0...0x7F: buf[n] = UInt8(v); n += 1; h = ByteLexicon<Bool>.mix(h, UInt8(v)); continue
            case 0x410...0x42F: v += 0x20
            case 0x401, 0x451: v = 0x435
            case 0x430...0x44F: break
            default: plain = false
            }
            if !plain { break }
            let x = UInt8(0xC0 | (v >> 6)), y = UInt8(0x80 | (v & 0x3F))
            buf[n] = x; buf[n + 1] = y; n += 2
            h = ByteLexicon<Bool>.mix(ByteLexicon<Bool>.mix(h, x), y)
        }
        if plain {
            out.count = n
            let w = TokenText(base: buf + start, count: n - start)
            return (w, startWords.contains(w.buffer, hash: ByteLexicon<Bool>.finish(h)))
        }
        n = start
        for k in r {
            var lowered: [UInt8] = []
            appendLowercased(s[k], to: &lowered)
            for b in lowered where n < out.capacity { buf[n] = b; n += 1 }
        }
        out.count = n
        let w = TokenText(base: buf + start, count: n - start)
        return (w, startWords.contains(w.buffer))
    }

    /// The UTF-8 bytes of one lowercased letter (ё folded to е), as words are keyed.
    @inline(__always)
    static func appendLowercased(_ c: Unicode.Scalar, to bytes: inout [UInt8]) {
        var v = c.value
        switch v {
        case 65...90: bytes.append(UInt8(v + 32)); return
        case 0...0x7F: bytes.append(UInt8(v)); return
        case 0x410...0x42F: v += 0x20
        case 0x401, 0x451: v = 0x435
        case 0x430...0x44F: break
        default:
            bytes.append(contentsOf: c.properties.lowercaseMapping.utf8); return
        }
        bytes.append(UInt8(0xC0 | (v >> 6))); bytes.append(UInt8(0x80 | (v & 0x3F)))
    }

    @inline(__always)
    private static func isUpper(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 65...90, 0x410...0x42F, 0x401: return true
        case 0...0x7F, 0x430...0x44F, 0x451: return false
        default: return c.properties.isUppercase
        }
    }

    private static func startsURL(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        // Only "h"/"w" in either case can start one: tested on the value, no string made.
        let v = s[i].value | 0x20
        guard v == 0x68 || v == 0x77, s[i].value < 128 else { return false }
        // ASCII letters match either case, marks match exactly: what comparing lower-case mappings gave.
        func has(_ p: StaticString) -> Bool {
            var k = i
            for n in 0..<p.utf8CodeUnitCount {
                let u = UInt32(p.utf8Start[n])
                guard k < s.count else { return false }
                let v = s[k].value
                guard v == u || (u >= 0x61 && u <= 0x7A && v == u - 0x20) else { return false }
                k += 1
            }
            return true
        }
        return has("http://") || has("https://") || has("www.")
    }

    private static func runEnd(_ s: [Unicode.Scalar], _ i: Int, _ keep: (Unicode.Scalar) -> Bool) -> Int {
        var j = i
        while j < s.count, keep(s[j]) { j += 1 }
        return j
    }

    private static func digitEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int { runEnd(s, i, isDigit) }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c == " " || c == "\n" || c == "\t" || c == "\r" }
        if c.value >= 0x400 && c.value <= 0x4FF { return false }
        return c.properties.isWhitespace
    }
    /// Latin and Cyrillic letters tested inline; any other scalar in `isOtherLetter`.
    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 }
        if c.value >= 0x400 && c.value <= 0x4FF { return true }
        return isOtherLetter(c)
    }

    private static func isOtherLetter(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        // Punctuation, spaces and signs common in news: not alphabetic, not marks (no property lookup).
        case 0xA0...0xBF where c.value != 0xAA && c.value != 0xB5 && c.value != 0xBA,
             0xD7, 0xF7, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF, 0x2116, 0x2122: return false
        default: return c.properties.isAlphabetic || c.properties.generalCategory == .nonspacingMark
        }
    }
    private static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }
}
