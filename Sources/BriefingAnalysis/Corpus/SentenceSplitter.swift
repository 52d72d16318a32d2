/// Splits a document's text into sentences in one linear pass, knowing the abbreviations,
/// initials, decimals and quoted names of English and Russian news.
enum SentenceSplitter {
    /// Sentences longer than this (in scalars) are cut at a space so later rules stay bounded.
    static let maximumLength = 1_500

    static func split(_ text: String, document: String) -> [Sentence] {
        split(text, scalars: text.scalarArray, document: document).sentences
    }

    /// The sentences of `text`, given with its scalars, and the range of each in them (so the
    /// sentence is scanned without decoding its text again).
    ///
    /// `stops`, when given, are the offsets of every scalar the loop stops at (line ends and
    /// terminators, in order, as `TokenScan.cut` records them): the loop jumps from one to the
    /// next instead of testing every scalar.
    static func split(_ text: String, scalars: [Unicode.Scalar], document: String) -> (sentences: [Sentence], ranges: [Range<Int>]) {
        scalars.withUnsafeBufferPointer { split(text, scalars: $0, document: document) }
    }

    /// `split` on the scalars in place (`SentenceScanner` keeps them in its scans' storage).
    static func split(_ text: String, scalars s: UnsafeBufferPointer<Unicode.Scalar>, document: String,
                      stops: UnsafeBufferPointer<Int>? = nil) -> (sentences: [Sentence], ranges: [Range<Int>]) {
        var text = text
        return text.withUTF8 { split(utf8: $0, scalars: s, document: document, stops: stops) }
    }

    /// `split` on the text's UTF-8 bytes in place: each sentence's string is copied from them
    /// without the checks of a `Substring` and `String(_:)` (valid UTF-8 by construction; ASCII
    /// when it has as many bytes as scalars).
    private static func split(utf8: UnsafeBufferPointer<UInt8>, scalars s: UnsafeBufferPointer<Unicode.Scalar>, document: String,
                              stops: UnsafeBufferPointer<Int>?) -> (sentences: [Sentence], ranges: [Range<Int>]) {
        let n = s.count
        var result: [Sentence] = []
        var ranges: [Range<Int>] = []
        // Almost every sentence ends at a stop (the rest at the length bound): room up front.
        if let stops { result.reserveCapacity(stops.count + 1); ranges.reserveCapacity(stops.count + 1) }
        var paragraph = 0
        var start = 0
        // Sentence texts are copied from the text's UTF-8 bytes: the UTF-8 offset of scalar
        // `cursor` is `cursorByte`, moved forward only (sentences come in order).
        var cursor = 0, cursorByte = 0
        // An all-ASCII text (as many bytes as scalars) has byte offsets equal to scalar offsets.
        let ascii = utf8.count == n
        func byteOffset(_ k: Int) -> Int {
            if ascii { return k }
            if k > cursor {
                cursorByte += ByteScalars.prefixLength(UnsafeBufferPointer(rebasing: utf8[cursorByte...]), scalars: k - cursor)
                cursor = k
            }
            return cursorByte
        }
        func emit(_ end: Int) {
            var a = start, b = end
            while a < b, ScalarClass.isSpace(s[a]) { a += 1 }
            while b > a, ScalarClass.isSpace(s[b - 1]) { b -= 1 }
            if a < b {
                let from = byteOffset(a), to = byteOffset(b)
                let bytes = UnsafeBufferPointer(rebasing: utf8[from..<to])
                let text = String(copying: unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: to &- from == b &- a))
                result.append(Sentence(document: document, text: text, offset: a, paragraph: paragraph))
                ranges.append(a..<b)
            }
            start = end
        }
        var i = 0
        var nextStop = 0
        while i < n {
            // Skip the scalars no rule looks at: below the length bound, neither a line end nor a
            // terminator (one bit test for ASCII).
            let stop = Swift.min(n, start + maximumLength)
            if i < stop {
                if let stops {
                    while nextStop < stops.count, stops[nextStop] < i { nextStop &+= 1 }
                    i = nextStop < stops.count ? Swift.min(stops[nextStop], stop) : stop
                } else {
                    while i < stop {
                        let v = s[i].value
                        if TokenScan.isSplitterStop(v) { break }
                        i &+= 1
                    }
                }
                if i == n { break }
            }
            let c = s[i]
            if c == "\n" {
                emit(i); start = i + 1; paragraph += 1; i += 1; continue
            }
            // Bound the work of later rules: cut at a space, or anywhere in a run without spaces.
            if i - start >= maximumLength, c == " " || i - start >= 4 * maximumLength { emit(i); continue }
            guard ScalarClass.isTerminator(c) else { i += 1; continue }
            var j = i + 1
            while j < n, ScalarClass.isTerminator(s[j]) || ScalarClass.isCloser(s[j]) { j += 1 }
            if j < n, !ScalarClass.isSpace(s[j]) { i = j; continue } // "3.64", "U.S", "e.g.,"
            var k = j
            while k < n, s[k] == " " { k += 1 }
            // A lower-case word goes on the sentence whether or not the dot ends an
            // abbreviation, and a line end after the spaces closes it either way: the
            // abbreviation test runs only where it decides.
            let lineEnds = k == n || s[k] == "\n"
            if !lineEnds, ScalarClass.isLetter(s[k]), !ScalarClass.isUpper(s[k]) { i = j; continue }
            if c == ".", j == i + 1, !lineEnds, isAbbreviation(s, dot: i) { i = j; continue }
            if !lineEnds, isQuotedNameContinues(s, from: k) { i = j; continue }
            emit(j)
            i = j
        }
        emit(n)
        return (result, ranges)
    }

    // MARK: - Rules

    /// The word before the dot never ends a sentence ("Mr.", "Dr.", initials, "г. Минск", "т.е.").
    static func isAbbreviation(_ s: UnsafeBufferPointer<Unicode.Scalar>, dot: Int) -> Bool {
        var a = dot
        // A word of more letters than a key holds is none (the cases below are shorter):
        // the walk stops one letter past the longest key.
        while a > 0, dot - a <= AbbreviationKey.capacity, isLetter(s[a - 1]) { a -= 1 }
        guard a < dot else { return false }
        // The lower-cased word, read in place (one letter is one scalar here: letters only).
        let n = dot - a
        func lower(_ k: Int) -> Unicode.Scalar { lowerLetter(s[a + k]) }
        if n == 1 {
            if ScalarClass.isUpper(s[a]) { return true } // initial: "S. Ivanov"
            let word = lower(0)
            // "и т.д." and "и т.п." end sentences as often as not: the next word decides.
            if (word == "д" || word == "п"), a >= 2, s[a - 1] == ".", ScalarClass.lower(s[a - 2]) == "т" { return false }
            if word == "г" || word == "м" { return !afterNumber(s, a) }
            return true
        }
        if n == 2, lower(0) == "г", lower(1) == "г" { return !afterNumber(s, a) }
        // "3 480,6 млн долл. США": the currency's country follows.
        if n == 3 || n == 4, lower(0) == "д", lower(1) == "о", lower(2) == "л", n == 3 || lower(3) == "л" {
            return followedByWord(s, dot + 1, "США")
        }
        // The table's keys have at most `AbbreviationKey.capacity` letters (a constant: no
        // one-off initialiser to pass through at every dot).
        guard n <= AbbreviationKey.capacity else { return false }
        var key = AbbreviationKey()
        for k in 0..<n { key.append(lower(k)) }
        return abbreviationTable.contains(key)
    }

    /// `ScalarClass.isLetter` with the ASCII and basic Cyrillic answers inline: the Unicode
    /// property look-up of the rest (and its type metadata) stays out of the dot's path.
    @inline(__always)
    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        if v &- 0x400 < 0x100 { return true }
        return otherIsLetter(c)
    }

    @inline(never)
    private static func otherIsLetter(_ c: Unicode.Scalar) -> Bool { ScalarClass.isLetter(c) }

    /// `ScalarClass.lower` with the ASCII and basic Cyrillic answers inline.
    @inline(__always)
    private static func lowerLetter(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v &- 0x41 < 26 || v &- 0x410 < 0x20 { return unsafeBitCast(v &+ 0x20, to: Unicode.Scalar.self) }
        if v < 0x80 || v &- 0x430 < 0x20 { return c }
        return otherLower(c)
    }

    @inline(never)
    private static func otherLower(_ c: Unicode.Scalar) -> Unicode.Scalar { ScalarClass.lower(c) }

    /// The word after position `k` (spaces skipped) is `word`, followed by a non-letter or the end.
    private static func followedByWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ k: Int, _ word: String) -> Bool {
        var m = k
        while m < s.count, s[m] == " " { m += 1 }
        for scalar in word.unicodeScalars {
            guard m < s.count, s[m] == scalar else { return false }
            m += 1
        }
        return m == s.count || !ScalarClass.isLetter(s[m])
    }

    private static func afterNumber(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ a: Int) -> Bool {
        var k = a - 1
        while k >= 0, s[k] == " " { k -= 1 }
        return k >= 0 && ScalarClass.isDigit(s[k])
    }

    /// `"АГРОЭКСПО. Псков".`: a dot inside a quoted name, closed within two words.
    private static func isQuotedNameContinues(_ s: UnsafeBufferPointer<Unicode.Scalar>, from k: Int) -> Bool {
        if s[k] == "\"" || s[k] == "«" { return false } // an opening quote starts the next sentence
        var spaces = 0
        var m = k + 1
        let end = Swift.min(s.count, k + 40)
        while m < end {
            let v = s[m].value
            // Letters and most marks are none of the scalars below: one bit test for ASCII.
            if v < 0x40 ? (quotedNameMarks >> UInt64(v)) & 1 != 0 : v == 0x2026 || v == 0xBB {
                if v == 0x0A || v == 0x2026 || v == 0x21 || v == 0x2E || v == 0x3F { return false } // line end, terminator
                if v == 0x20 { spaces += 1; if spaces > 2 { return false } }
                if v == 0x22 || v == 0xBB { return m + 1 == s.count || !ScalarClass.isLetter(s[m + 1]) } // `"`, `»`
            }
            m += 1
        }
        return false
    }

    /// The ASCII scalars `isQuotedNameContinues` stops at: line end, space, `!`, `"`, `.`, `?`.
    private static let quotedNameMarks: UInt64 = 1 << 0x0A | 1 << 0x20 | 1 << 0x21 | 1 << 0x22 | 1 << 0x2E | 1 << 0x3F

    /// Abbreviations that are followed by a name or number, not by a new sentence.
    static let strongAbbreviations = Set(strongAbbreviationWords.map { AbbreviationKey($0.unicodeScalars) })

    /// The same keys in a small open-addressing table probed without `Hasher` (a dot after a
    /// short word is looked up at almost every sentence end).
    private static let abbreviationTable = AbbreviationTable(strongAbbreviations)

    struct AbbreviationTable {
        private var slots = [AbbreviationKey?](repeating: nil, count: 256)

        init(_ keys: Set<AbbreviationKey>) {
            for key in keys {
                var slot = Self.slot(key)
                while slots[slot] != nil { slot = (slot + 1) & 255 }
                slots[slot] = key
            }
        }

        @inline(__always)
        private static func slot(_ key: AbbreviationKey) -> Int {
            Int(truncatingIfNeeded: ((key.high &* 0x9E37_79B9_7F4A_7C15) ^ (key.low &* 0xC2B2_AE3D_27D4_EB4F)) >> 56)
        }

        func contains(_ key: AbbreviationKey) -> Bool {
            var slot = Self.slot(key)
            while let entry = slots[slot] {
                if entry == key { return true }
                slot = (slot + 1) & 255
            }
            return false
        }
    }

    /// Up to six scalars packed into integers: looked up without making an array or a string per dot.
    struct AbbreviationKey: Hashable {
        /// Letters a key holds at most.
        static let capacity = 6
        var count = 0
        var high: UInt64 = 0
        var low: UInt64 = 0

        init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
            for scalar in scalars { append(scalar) }
        }

        /// No letters yet.
        init() {}

        /// Adds a letter at the end.
        @inline(__always)
        mutating func append(_ scalar: Unicode.Scalar) {
            precondition(count < Self.capacity, "abbreviations of six letters at most")
            if count < 3 { high = high << 21 | UInt64(scalar.value) } else { low = low << 21 | UInt64(scalar.value) }
            count += 1
        }
    }

    private static let strongAbbreviationWords: [String] = [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "jr", "sr",
        "no", "nos", "vol", "fig", "approx", "vs", "jan", "feb", "apr", "aug", "sept", "oct", "nov", "dec", "mt", "ft",
        "им", "ул", "пр", "пл", "просп", "пер", "обл", "кв", "стр", "рис", "см", "проф", "акад", "доц", "ген",
        "тов", "гр", "ст", "тел", "напр", "корп", "пос", "дер", "р", "с", "ж",
    ]
}
