/// The cheap test run before a sentence is tokenised for figures.
///
/// Every figure rule anchors on an unblocked `.number` token or on a word of
/// `FigureLexicon.startWordList` (see `FigureFinder.drafts`), so a sentence whose digits all lie
/// inside dates and that has no such word has no figure. "a"/"an" only start a figure before
/// a fraction, a scale or a time unit ("a quarter", "a million", "for a year"). Most sentences
/// of a text are rejected here in one pass over their UTF-8 bytes, without a token or a string.
enum FigurePrefilter {
    /// False only when no figure can be read from `text`; true may still find none.
    static func mayHaveFigures(_ text: String, timeSpans: [Range<Int>]) -> Bool {
        var text = text
        return text.withUTF8 { scan($0, timeSpans: timeSpans) }
    }

    /// Byte classes of `scan`: a word run is ASCII letters and two-byte Cyrillic letters
    /// (leads D0–D3, U+0400–U+04FF, every one a letter whose lower case is two bytes too).
    private static let runByte: UInt8 = 1, wordStart: UInt8 = 2, digit: UInt8 = 4, otherLead: UInt8 = 8
    private static let classes: [UInt8] = (0..<256).map { b -> UInt8 in
        switch b {
        case 0x41...0x5A, 0x61...0x7A, 0xD0...0xD3: return runByte | wordStart
        case 0x80...0xBF: return runByte
        case 0x30...0x39: return digit
        case 0xC0...: return otherLead
        default: return 0
        }
    }

    /// One pass over the bytes: a word is not lowered nor hashed unless its length and folded
    /// first and last letters pass `startFilter` (or the word before asks for the word after it).
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, timeSpans: [Range<Int>]) -> Bool {
        let roles = wordRoles, filter = startFilter, currencySigns = currencySigns
        return classes.withUnsafeBufferPointer { classes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxWord + 4) { word in
                var state = WordState()
                var i = 0
                let end = bytes.count
                // Scalar offset of a digit, counted only when a digit needs it (dates hold most digits).
                var countedTo = 0, scalars = 0
                while i < end {
                    let b = bytes[i]
                    let k = classes[Int(b)]
                    if k & wordStart != 0 {
                        var j = i + 1
                        while j < end, classes[Int(bytes[j])] & runByte != 0 { j += 1 }
                        if j < end, classes[Int(bytes[j])] & otherLead != 0, isLetter(bytes, at: j) {
                            // A letter beyond the two-byte Cyrillic block: the word is read scalar by scalar.
                            let (e, found) = slowWord(bytes, from: i, state: &state, roles: roles)
                            if found { return true }
                            i = e; continue
                        }
                        let n = j - i
                        if !state.pendingSmall, !state.afterArticle {
                            let first = b < 0x80 ? UInt32(b | 0x20) : fold(UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))
                            let lastByte = bytes[j - 1]
                            let last = lastByte < 0x80 ? UInt32(lastByte | 0x20)
                                : fold(UInt32(bytes[j - 2] & 0x1F) << 6 | UInt32(lastByte & 0x3F))
                            if !filter.mayHold(n, first, last) {
                                // Nothing to probe: only "a"/"an" is remembered.
                                state.skip(article: first == 0x61 && (n == 1 || (n == 2 && last == 0x6E)))
                                i = j; continue
                            }
                        }
                        let length = lower(bytes, i, j, into: word)
                        if state.close(UnsafeBufferPointer(rebasing: word[0..<length]), roles: roles) { return true }
                        i = j; continue
                    }
                    if k & digit != 0 {
                        if timeSpans.isEmpty { return true }
                        while countedTo < i { if bytes[countedTo] & 0xC0 != 0x80 { scalars += 1 }; countedTo += 1 }
                        if !timeSpans.contains(where: { $0.contains(scalars) }) { return true }
                        // A number or code right after a small number word reads nothing with it.
                        state.pendingSmall = false
                        i += 1; continue
                    }
                    if k & otherLead == 0 {
                        if b == 0x24 { state.currencySign = true }
                        // Any sign after a small number word ("two-fold", "one %", "one,"): kept.
                        if state.pendingSmall, b != 0x20, b != 0x0A, b != 0x09, b != 0x0D { return true }
                        i += 1; continue
                    }
                    let (v, width) = ByteScalars.decode(bytes, at: i)
                    if FigureTokenizer.isLetter(v) {
                        let (e, found) = slowWord(bytes, from: i, state: &state, roles: roles)
                        if found { return true }
                        i = e; continue
                    }
                    if currencySigns.contains(v) { state.currencySign = true }
                    if state.pendingSmall, !FigureTokenizer.isSpace(v) { return true }
                    i += width
                }
                return false
            }
        }
    }

    /// The lower case of a letter of U+0400–U+04FF (ё folded to е, as words are keyed).
    @inline(__always)
    private static func fold(_ v: UInt32) -> UInt32 {
        FigureTokenizer.cyrillicLower(v)
            ?? Unicode.Scalar(v).flatMap { $0.properties.lowercaseMapping.unicodeScalars.first?.value } ?? v
    }

    /// Writes the lowered bytes of the word run `i..<j` (ASCII letters, two-byte Cyrillic) into
    /// `word`, at most `maxWord` bytes (no lexicon word is as long); returns the length.
    private static func lower(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int, into word: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var p = i, n = 0
        while p < j, n < maxWord {
            let b = bytes[p]
            if b < 0x80 { word[n] = b | 0x20; n += 1; p += 1; continue }
            let v = fold(UInt32(b & 0x1F) << 6 | UInt32(bytes[p + 1] & 0x3F))
            word[n] = UInt8(0xC0 | (v >> 6)); word[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2; p += 2
        }
        return n
    }

    private static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let (v, _) = ByteScalars.decode(bytes, at: i)
        return FigureTokenizer.isLetter(v)
    }

    /// A word with a letter beyond ASCII and U+0400–U+04FF, lowered scalar by scalar as the
    /// tokeniser does; returns its end and whether it may start a figure.
    private static func slowWord(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, state: inout WordState,
                                 roles: RoleTable) -> (Int, Bool) {
        var lowered: [UInt8] = []
        var p = i
        while p < bytes.count {
            let (v, width) = ByteScalars.decode(bytes, at: p)
            guard FigureTokenizer.isLetter(v) else { break }
            FigureTokenizer.appendLowercased(Unicode.Scalar(v) ?? "\u{FFFD}", to: &lowered)
            p += width
        }
        let found = lowered.withUnsafeBufferPointer { state.close($0, roles: roles) }
        return (p, found)
    }

    /// What the scan remembers from word to word; kept out of the letter loop so its counters stay in registers.
    private struct WordState {
        var afterArticle = false
        /// A small number word waits for the token after it.
        var pendingSmall = false
        /// The word before allows a small number word; a currency sign was seen since the last word.
        var previousAllows = false, currencySign = false

        /// Ends a word (lowercased bytes); true when it may start a figure. Only a word past the
        /// filter is hashed: mixing every letter as it was read cost more than the probes.
        mutating func close(_ w: UnsafeBufferPointer<UInt8>, roles: RoleTable) -> Bool {
            let role = roles.value(w) ?? 0
            if pendingSmall {
                pendingSmall = false
                if role & Role.afterSmall != 0 || smallNextPrefixes.contains(where: { w.starts(with: $0) }) { return true }
            }
            if afterArticle, role & Role.afterArticle != 0 { return true }
            let article = w[0] == 0x61 && (w.count == 1 || (w.count == 2 && w[1] == 0x6E))
            afterArticle = article
            let allowed = previousAllows || currencySign
            previousAllows = role & Role.beforeSmall != 0
            currencySign = false
            if role & Role.small != 0 {
                if allowed { return true }
                pendingSmall = true
                return false
            }
            return !article && role & Role.start != 0
        }

        /// `close` of a word with no role, when no small number word or article waits for it.
        @inline(__always)
        mutating func skip(article: Bool) {
            afterArticle = article
            previousAllows = false
            currencySign = false
        }
    }

    /// A bit per (length in bytes, first letter, last letter) of the words a rule may start on
    /// or that change how a small number word reads (`Role.start`, `.small`, `.beforeSmall`):
    /// most words of a text are told apart without lowering or hashing them.
    struct WordFilter: Sendable {
        private var bits = [UInt64](repeating: 0, count: 256)
        init(_ words: [String]) {
            for w in words {
                guard let first = w.unicodeScalars.first?.value, let last = w.unicodeScalars.last?.value else { continue }
                let k = Self.bit(w.utf8.count, first, last)
                bits[k >> 6] |= 1 << UInt64(k & 63)
            }
        }
        @inline(__always) private static func bit(_ n: Int, _ first: UInt32, _ last: UInt32) -> Int {
            Int(truncatingIfNeeded: ((UInt64(n) << 42 | UInt64(first) << 21 | UInt64(last)) &* 0x9E37_79B9_7F4A_7C15) >> 50)
        }
        @inline(__always) func mayHold(_ n: Int, _ first: UInt32, _ last: UInt32) -> Bool {
            let k = Self.bit(n, first, last)
            return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
        }
    }
    static var startFilter: WordFilter { roleSetup.filter }

    /// What a word may do, as bits of `wordRoles`.
    private enum Role {
        /// A rule may start on it (articles and small number words are tested with their neighbours).
        static let start: UInt8 = 1
        /// "zero", "one", "two", "одно", "двух"…: a figure only with a unit, a currency, a span, a range
        /// or "times" after it, a currency before it, or "еще" / "another" before it (`FigureRules.count`).
        static let small: UInt8 = 2
        /// After "a"/"an": a fraction, a scale or a time unit.
        static let afterArticle: UInt8 = 4
        /// After a small number word: what any rule reads there.
        static let afterSmall: UInt8 = 8
        /// Before a small number word: "еще", "another", a currency code.
        static let beforeSmall: UInt8 = 16
    }

    /// Every word with a role, its roles or-ed: one byte table of the words and an array of
    /// their roles, so a word's roles are or-ed into place instead of probing five tables per word.
    struct RoleTable: Sendable {
        let words: ByteLexicon<Bool>
        let roles: [UInt8]
        @inline(__always)
        func value(_ w: UnsafeBufferPointer<UInt8>) -> UInt8? { words.index(w).map { roles[$0] } }
    }
    static var wordRoles: RoleTable { roleSetup.table }

    /// The role table and the filter of the words a rule may start on, built together from the
    /// lists (no `String` keys read back, no table per role).
    private static let roleSetup: (table: RoleTable, filter: WordFilter) = {
        // Small: cardinals of at most two that start nothing else.
        let others = ByteLexicon(words: NumberLexicon.scales.keys + NumberLexicon.fractions.keys + NumberLexicon.ordinals.keys
            + FigureLexicon.multiplierWords.keys + FigureRules.topGroupWords.keys + ["a", "an", "number", "номер", "полгода", "полугода", "top"])
        let cardinals = NumberLexicon.cardinals
        let smallList = cardinals.keys.filter { cardinals[$0]! <= 2 && !others.contains($0) }
        let small = ByteLexicon(words: smallList)
        let startList = FigureLexicon.startWordList.filter { !$0.bytesEqual("a") && !$0.bytesEqual("an") && !small.contains($0) }
        let articleList = NumberLexicon.fractions.keys + NumberLexicon.scales.keys + FigureLexicon.timeUnits.keys
        // The token after a quantity that the range, multiplier, percent, money and duration rules read.
        let afterSmallList = FigureLexicon.timesWords.keys + FigureLexicon.percentWords.keys + FigureLexicon.timeUnits.keys
            + FigureLexicon.belarusianMarkers.keys + FigureLexicon.currencyOwners.keys + FigureLexicon.currencyCodes.keys
            + FigureLexicon.currencyWords.keys + ["per", "percentage", "п", "u", "to", "до", "and", "и", "fold"]
        let beforeSmallList = FigureLexicon.currencyCodes.keys + ["еще", "another"]
        let lists = [(startList, Role.start), (smallList, Role.small), (articleList, Role.afterArticle),
                     (afterSmallList, Role.afterSmall), (beforeSmallList, Role.beforeSmall)]
        var all: [String] = []
        all.reserveCapacity(lists.reduce(0) { $0 + $1.0.count })
        for (list, _) in lists { all += list }
        // Entries in order of first appearance, as a table of (word, or-ed roles) keeps them.
        let words = ByteLexicon(words: all)
        var roles = [UInt8](repeating: 0, count: words.count)
        for (list, role) in lists { for w in list { roles[words.index(w)!] |= role } }
        let filter = WordFilter(startList + smallList + beforeSmallList)
        return (RoleTable(words: words, roles: roles), filter)
    }()
    /// The scalars of `FigureLexicon.currencySymbols` beyond ASCII ("$" is tested on its byte).
    private static let currencySigns: [UInt32] = FigureLexicon.currencySymbols.keys.compactMap { $0.unicodeScalars.first?.value }.filter { $0 >= 0x80 }
    /// Word starts after a small number word that make a percentage or a currency ("процентных", "рублей").
    private static let smallNextPrefixes: [[UInt8]] = ["процентн", "рубл", "доллар"].map { Array($0.utf8) }
    /// Longer runs are kept cut at this length: no lexicon word is as long.
    private static let maxWord = 64
}
