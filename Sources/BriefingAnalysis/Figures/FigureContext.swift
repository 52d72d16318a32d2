/// One sentence as the figure rules see it: tokens, quantities and the spans taken by dates.
struct FigureContext {
    let language: Language
    let tokens: [FigureToken]
    /// Quantity starting at each token, if any.
    let quantities: [Quantity?]
    /// Tokens inside a time expression: never part of a figure.
    let blocked: Blocked
    /// The bytes the token texts point into: kept alive with the context.
    let storage: FigureTokenBytes

    /// `scratch` lends the arrays and bytes of an earlier sentence (see `FigureScratch.keep`).
    init(text: String, language: Language, timeSpans: [Range<Int>], scratch: FigureScratch? = nil) {
        self.language = language
        var (tokens, storage) = FigureTokenizer.tokens(ofText: text, language: language, scratch: scratch)
        // One sweep over tokens and sorted spans: linear even with many dates. The flags are kept
        // in the tokens (no second array per sentence). Spans come in order as a rule: sorted only when not.
        let spans = timeSpans.indices.dropFirst().allSatisfy({ timeSpans[$0 - 1].lowerBound <= timeSpans[$0].lowerBound })
            ? timeSpans : timeSpans.sorted { $0.lowerBound < $1.lowerBound }
        var s = 0
        if !spans.isEmpty {
            for k in tokens.indices {
                let start = tokens[k].start, end = tokens[k].end
                while s < spans.count, spans[s].upperBound <= start { s += 1 }
                var j = s
                while j < spans.count, spans[j].lowerBound < end {
                    if spans[j].overlaps(start..<end) { tokens[k].blocked = true; break }
                    j += 1
                }
            }
        }
        self.tokens = tokens
        self.storage = storage
        let blocked = Blocked(tokens: tokens)
        self.blocked = blocked
        var quantities = scratch?.takeQuantities(count: tokens.count) ?? [Quantity?](repeating: nil, count: tokens.count)
        withExtendedLifetime(storage) {
            var i = 0
            while i < tokens.count {
                if !blocked[i], let q = NumberReader.quantity(at: i, in: tokens), !(q.start..<q.end).contains(where: { blocked[$0] }) {
                    quantities[i] = q; i = q.end
                } else { i += 1 }
            }
        }
        self.quantities = quantities
    }

    var count: Int { tokens.count }

    /// `blocked[i]`: token `i` lies in a time expression (read from the token).
    struct Blocked {
        let tokens: [FigureToken]
        subscript(i: Int) -> Bool { tokens[i].blocked }
    }

    /// The sentence's UTF-8 bytes `from..<to` (scalar boundaries of a valid text) as a string,
    /// copied without validating them again.
    func string(bytes from: Int, _ to: Int) -> String {
        let bytes = UnsafeBufferPointer(start: storage.base + from, count: to - from)
        return String(copying: unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: false))
    }

    /// The sentence text from up to `before` scalars before token `start` to up to `after`
    /// scalars after token `last`. An end within the text is found from the nearest token at or
    /// before it (tokens know their scalar and byte offsets), not walked scalar by scalar.
    func text(around start: Int, _ last: Int, before: Int, after: Int) -> String {
        let from = tokens[start].start, to = tokens[last].end
        let lo = from <= before ? 0 : byte(ofScalar: from - before)
        let hi = storage.textScalars - to <= after ? storage.textCount : byte(ofScalar: to + after)
        return string(bytes: lo, hi)
    }

    /// The byte offset of scalar `scalar` (less than the text's scalar count).
    private func byte(ofScalar scalar: Int) -> Int {
        // The last token starting at or before it (tokens are in order), then forward on the bytes.
        var lo = 0, hi = tokens.count
        while lo < hi { let mid = (lo + hi) / 2; if tokens[mid].start <= scalar { lo = mid + 1 } else { hi = mid } }
        var b = lo > 0 ? Int(tokens[lo - 1].byteStart) : 0, k = lo > 0 ? tokens[lo - 1].start : 0
        let p = storage.base
        while k < scalar {
            b += 1
            while p[b] & 0xC0 == 0x80 { b += 1 }
            k += 1
        }
        return b
    }

    func word(_ i: Int) -> TokenText? { i >= 0 && i < tokens.count && tokens[i].kind == .word ? tokens[i].text : nil }
    func text(_ i: Int) -> TokenText? { i >= 0 && i < tokens.count ? tokens[i].text : nil }

    /// The sentence text of tokens `start..<end`, exactly as written.
    func quote(_ start: Int, _ end: Int) -> String {
        guard start < end, end <= tokens.count else { return "" }
        return string(bytes: Int(tokens[start].byteStart), Int(tokens[end - 1].byteEnd))
    }

    /// True when tokens at `i…` spell `words` (symbols compare by their scalar). Compared on
    /// bytes (NFC texts, see `ByteWord`): `==` walked normalisation data for every Cyrillic token.
    func matches(_ words: [String], at i: Int) -> Bool {
        guard i >= 0, i + words.count <= tokens.count else { return false }
        for (k, w) in words.enumerated() where !tokens[i + k].text.bytesEqual(w) { return false }
        return true
    }

    /// True when `i` ends a clause: punctuation that separates clauses.
    func isClauseBreak(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count else { return true }
        switch tokens[i].kind {
        case .code: return true
        case .symbol: return Self.isClauseMark(symbol(i))
        default: return false
        }
    }

    /// The scalar value of symbol token `i` (its `text` is that one scalar's bytes).
    @inline(__always)
    func symbol(_ i: Int) -> UInt32 { FigureTokenizer.decode(tokens[i].text.base, 0).0 }

    /// `, ; : ( ) . ! ? — – " “ ” « »`, tested on the value: comparing one-scalar strings with
    /// literals took the slow path for every mark beyond ASCII. U+037E (Greek question mark) is
    /// canonically ";", as the string comparison held.
    @inline(__always)
    static func isClauseMark(_ v: UInt32) -> Bool {
        switch v {
        case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x2E, 0x21, 0x3F, 0x22, 0x2014, 0x2013, 0x201C, 0x201D, 0xAB, 0xBB, 0x37E: return true
        default: return false
        }
    }
}
