/// One sentence as the figure rules see it: tokens, quantities and the spans taken by dates.
struct FigureContext {
    let language: Language
    let tokens: [FigureToken]
    /// Quantity starting at each token, if any.
    let quantities: [Quantity?]
    /// Tokens inside a time expression: never part of a figure.
    let blocked: [Bool]
    /// The bytes the token texts point into: kept alive with the context.
    let storage: FigureTokenBytes

    init(text: String, language: Language, timeSpans: [Range<Int>]) {
        self.language = language
        let (tokens, storage) = FigureTokenizer.tokens(ofText: text, language: language)
        self.tokens = tokens
        self.storage = storage
        var blocked = [Bool](repeating: false, count: tokens.count)
        // One sweep over tokens and sorted spans: linear even with many dates.
        let spans = timeSpans.sorted { $0.lowerBound < $1.lowerBound }
        var s = 0
        for k in tokens.indices {
            let start = tokens[k].start, end = tokens[k].end
            while s < spans.count, spans[s].upperBound <= start { s += 1 }
            var j = s
            while j < spans.count, spans[j].lowerBound < end {
                if spans[j].overlaps(start..<end) { blocked[k] = true; break }
                j += 1
            }
        }
        self.blocked = blocked
        var quantities = [Quantity?](repeating: nil, count: tokens.count)
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

    /// The sentence's UTF-8 bytes `from..<to` as a string.
    func string(bytes from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: storage.base + from, count: to - from), as: UTF8.self)
    }

    /// The sentence text from up to `before` scalars before token `start` to up to `after`
    /// scalars after token `last`, walked on the bytes.
    func text(around start: Int, _ last: Int, before: Int, after: Int) -> String {
        let p = storage.base, n = storage.textCount
        var lo = Int(tokens[start].byteStart), k = 0
        while k < before, lo > 0 {
            lo -= 1
            while lo > 0, p[lo] & 0xC0 == 0x80 { lo -= 1 }
            k += 1
        }
        var hi = Int(tokens[last].byteEnd)
        k = 0
        while k < after, hi < n {
            hi += 1
            while hi < n, p[hi] & 0xC0 == 0x80 { hi += 1 }
            k += 1
        }
        return string(bytes: lo, hi)
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
