/// The kinds and places of a line's first tokens, found as `Tokenizer` finds them but
/// without making their texts or keeping them: the profiler's header rules and the chrome
/// pre-tests mostly count words and numbers (a body line, a headline, a title), and a text
/// (and then a piece) per token was most of their cost.
enum LineShape {
    /// Lower-case words (`ё` as `е`, as token texts are) for `containsWord`: their scalars in
    /// one flat array, grouped by length, and a bit per word length, so that a line's words are
    /// compared without a scalar array of the line or an array (and its retain) per listed word,
    /// and each only with the listed words of its length.
    struct Words: Sendable {
        let scalars: [Unicode.Scalar]
        /// The words' ranges in `scalars`, shortest first.
        let ranges: [Range<Int>]
        /// `ranges[byLength[n]..<byLength[n + 1]]` are the words of `n` scalars.
        let byLength: [Int]
        /// Bit `n` set when a word has `n` scalars (every listed word is shorter than 64).
        let lengths: UInt64

        init(_ words: [String]) {
            var scalars: [Unicode.Scalar] = [], ranges: [Range<Int>] = [], lengths: UInt64 = 0
            for word in words.sorted(by: { $0.unicodeScalars.count < $1.unicodeScalars.count }) {
                let start = scalars.count
                scalars += word.unicodeScalars
                ranges.append(start..<scalars.count)
                precondition(scalars.count - start < 64, "a listed word of 64 scalars or more")
                lengths |= 1 << UInt64(scalars.count - start)
            }
            self.byLength = (0...64).map { n in ranges.firstIndex { $0.count >= n } ?? ranges.count }
            self.scalars = scalars; self.ranges = ranges; self.lengths = lengths
        }
    }

    /// A word among the first `limit` tokens of `text` is one of `words`, compared scalar by
    /// scalar (lower-cased) on the line's bytes; the tokens are only scanned, not kept.
    static func containsWord(_ text: String, in words: Words, limit: Int) -> Bool {
        var text = text
        return text.withUTF8 { containsWord($0, in: words, limit: limit) }
    }

    /// `containsWord(_:in:limit:)` on a line's UTF-8 bytes.
    static func containsWord(_ bytes: UnsafeBufferPointer<UInt8>, in words: Words, limit: Int) -> Bool {
        var found = false
        scan(bytes, limit: limit, words: .max, tokens: 0) { kind, start, end, byteStart in
            guard !found, kind == .word else { return }
            let lead = bytes[byteStart]
            let first = lead < 0x80 ? Unicode.Scalar(lead) : ByteScalars.scalar(bytes, at: byteStart).0
            found = isWord(bytes, byteStart, length: end - start, first: first, in: words)
        }
        return found
    }

    /// The word of `length` scalars at byte `byteStart`, whose first scalar is `first`, is one
    /// of `words`; only the listed words of its length are compared.
    @inline(__always)
    private static func isWord(_ bytes: UnsafeBufferPointer<UInt8>, _ byteStart: Int, length: Int,
                               first: Unicode.Scalar, in words: Words) -> Bool {
        guard length < 64, (words.lengths >> UInt64(length)) & 1 != 0 else { return false }
        // The word's first scalar is `first` (its byte width from the lead byte).
        let lead = bytes[byteStart]
        let w0 = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let first = ScalarClass.lower(first)
        for range in words.ranges[words.byLength[length]..<words.byLength[length + 1]]
        where words.scalars[range.lowerBound] == first {
            var p = byteStart + w0, k = range.lowerBound + 1
            while k < range.upperBound {
                let (s, width) = ByteScalars.scalar(bytes, at: p)
                guard ScalarClass.lower(s) == words.scalars[k] else { break }
                p += width; k += 1
            }
            if k == range.upperBound { return true }
        }
        return false
    }

    private enum Class { case space, digit, letter, mark, other }

    /// The class of the scalar at byte `p` (as the tokenizer tests it) and its width in bytes:
    /// ASCII and Cyrillic (U+0400...U+04FF, all letters) without decoding.
    @inline(__always)
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ p: Int) -> (Class, Int) {
        let b = bytes[p]
        if b < 0x80 {
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return (.space, 1) }
            if b >= 0x30 && b <= 0x39 { return (.digit, 1) }
            return ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A ? .letter : .other, 1)
        }
        if b >= 0xD0 && b <= 0xD3 { return (.letter, 2) }
        let (s, width) = ByteScalars.scalar(bytes, at: p)
        if ScalarClass.isSpace(s) { return (.space, width) }
        if ScalarClass.isLetter(s) { return (.letter, width) }
        return (ScalarClass.isMark(s) ? .mark : .other, width)
    }

    /// Calls `visit` with each token's kind, scalar range and first byte, in order, as
    /// `Tokenizer.tokens(_:limit:)` cuts them, for the first `limit` tokens or fewer: reading
    /// stops once `words` words are found among at least `tokens` tokens.
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int, words: Int, tokens: Int,
                     _ visit: (Token.Kind, Int, Int, Int) -> Void) {
        var p = 0, index = 0, wordCount = 0, count = 0
        let n = bytes.count
        while p < n, count < limit, wordCount < words || count < tokens {
            let (first, width) = classify(bytes, p)
            let firstAt = p
            p += width; index += 1
            if first == .space { continue }
            let start = index - 1
            let kind: Token.Kind
            switch first {
            case .digit:
                kind = .number
                while p < n, bytes[p] >= 0x30, bytes[p] <= 0x39 { p += 1; index += 1 }
            case .letter:
                kind = .word
                wordCount += 1
                while p < n {
                    // ASCII and basic Cyrillic letters without the general classes.
                    let b = bytes[p]
                    if b < 0x80 {
                        guard (b | 0x20) &- 0x61 < 26 else { break }
                        p += 1; index += 1
                        continue
                    }
                    if b >= 0xD0 && b <= 0xD3 { p += 2; index += 1; continue }
                    let (next, w) = classify(bytes, p)
                    guard next == .letter || next == .mark else { break }
                    p += w; index += 1
                }
            default:
                kind = .punct
            }
            count += 1
            visit(kind, start, index, firstAt)
        }
    }
}
