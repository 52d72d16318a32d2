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

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, timeSpans: [Range<Int>]) -> Bool {
        let roles = wordRoles, filter = rolesFilter, currencySigns = currencySigns
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxWord + 4) { word in
            var length = 0
            var inWord = false
            var state = WordState()
            var n = 0, i = 0
            let end = bytes.count
            while i < end {
                let b0 = bytes[i]
                if b0 < 0x80 {
                    // ASCII fast path: digits, letters and the rest.
                    i += 1
                    if b0 >= 0x30 && b0 <= 0x39 {
                        if !timeSpans.contains(where: { $0.contains(n) }) { return true }
                        if inWord { inWord = false; if state.close(UnsafeBufferPointer(rebasing: word[0..<length]), roles: roles, filter: filter) { return true } }
                        // A number or code right after a small number word reads nothing with it.
                        state.pendingSmall = false
                    } else if (b0 | 0x20) &- 0x61 < 26 {
                        if !inWord { inWord = true; length = 0 }
                        // The rest of the ASCII letter run in one tight loop.
                        var b = b0 | 0x20, j = i
                        while true {
                            if length < maxWord { word[length] = b; length += 1 }
                            guard j < end else { break }
                            let next = bytes[j] | 0x20
                            guard next &- 0x61 < 26 else { break }
                            b = next; j += 1
                        }
                        n += j - i + 1; i = j
                        continue
                    } else {
                        if inWord { inWord = false; if state.close(UnsafeBufferPointer(rebasing: word[0..<length]), roles: roles, filter: filter) { return true } }
                        if b0 == 0x24 { state.currencySign = true }
                        // Any sign after a small number word ("two-fold", "one %", "one,"): kept.
                        if state.pendingSmall, !FigureTokenizer.isSpace(Unicode.Scalar(b0)) { return true }
                    }
                    n += 1
                    continue
                }
                let (v, width) = ByteScalars.decode(bytes, at: i)
                i += width
                n += 1
                if v >= 0x410 && v <= 0x44F {
                    // Basic Cyrillic letters, lowercased on their two bytes.
                    let l = v < 0x430 ? v + 0x20 : v
                    if !inWord { inWord = true; length = 0 }
                    if length < maxWord {
                        let x = UInt8(0xC0 | (l >> 6)), y = UInt8(0x80 | (l & 0x3F))
                        word[length] = x; word[length + 1] = y; length += 2
                    }
                    continue
                }
                let c = Unicode.Scalar(v) ?? "\u{FFFD}"
                if FigureTokenizer.isLetter(c) {
                    if !inWord { inWord = true; length = 0 }
                    if length < maxWord {
                        var lowered: [UInt8] = []
                        FigureTokenizer.appendLowercased(c, to: &lowered)
                        // A lower case of more than four bytes is in no lexicon word: the run cannot match.
                        if lowered.count > 4 { length = maxWord } else { for b in lowered { word[length] = b; length += 1 } }
                    }
                } else {
                    if inWord { inWord = false; if state.close(UnsafeBufferPointer(rebasing: word[0..<length]), roles: roles, filter: filter) { return true } }
                    if currencySigns.contains(v) { state.currencySign = true }
                    if state.pendingSmall, !FigureTokenizer.isSpace(c) { return true }
                }
            }
            if inWord { inWord = false; if state.close(UnsafeBufferPointer(rebasing: word[0..<length]), roles: roles, filter: filter) { return true } }
            return false
        }
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
        mutating func close(_ w: UnsafeBufferPointer<UInt8>, roles: ByteLexicon<UInt8>, filter: WordFilter) -> Bool {
            let role = filter.mayHold(w) ? roles.value(w) ?? 0 : 0
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
    }

    /// A bit per (length, first byte, last byte) of the words of `wordRoles`: most words of a
    /// text are told apart without hashing them.
    struct WordFilter: Sendable {
        // 16 K bits: with a thousand lexicon words, 1 K bits were mostly set and let a third of all words through.
        private var bits = [UInt64](repeating: 0, count: 256)
        init(_ words: [String]) {
            for w in words { let b = Array(w.utf8); let k = Self.bit(b.count, b[0], b[b.count - 1]); bits[k >> 6] |= 1 << UInt64(k & 63) }
        }
        @inline(__always) private static func bit(_ n: Int, _ first: UInt8, _ last: UInt8) -> Int {
            Int(truncatingIfNeeded: ((UInt64(n) << 16 | UInt64(first) << 8 | UInt64(last)) &* 0x9E37_79B9_7F4A_7C15) >> 50)
        }
        @inline(__always) func mayHold(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
            let k = Self.bit(w.count, w[0], w[w.count - 1])
            return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
        }
    }
    static let rolesFilter = WordFilter(wordRoles.keys)

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

    /// Every word with a role, its roles or-ed. Built from byte-keyed tables: hashing Cyrillic
    /// `String`s into a `Dictionary` cost more than all the sentences' probes.
    static let wordRoles: ByteLexicon<UInt8> = {
        // Small: cardinals of at most two that start nothing else.
        let others = ByteLexicon(words: NumberLexicon.scales.keys + NumberLexicon.fractions.keys + NumberLexicon.ordinals.keys
            + FigureLexicon.multiplierWords.keys + FigureRules.topGroupWords.keys + ["a", "an", "number", "номер", "полгода", "полугода", "top"])
        let smallList = NumberLexicon.cardinals.keys.filter { NumberLexicon.cardinals[$0]! <= 2 && !others.contains($0) }
        let small = ByteLexicon(words: smallList)
        let startList = FigureLexicon.startWordList.filter { $0 != "a" && $0 != "an" && !small.contains($0) }
        let articleList = NumberLexicon.fractions.keys + NumberLexicon.scales.keys + FigureLexicon.timeUnits.keys
        // The token after a quantity that the range, multiplier, percent, money and duration rules read.
        let afterSmallList = FigureLexicon.timesWords.keys + FigureLexicon.percentWords.keys + FigureLexicon.timeUnits.keys
            + FigureLexicon.belarusianMarkers.keys + FigureLexicon.currencyOwners.keys + FigureLexicon.currencyCodes.keys
            + FigureLexicon.currencyWords.keys + ["per", "percentage", "п", "u", "to", "до", "and", "и", "fold"]
        let beforeSmallList = FigureLexicon.currencyCodes.keys + ["еще", "another"]
        let tables = [(ByteLexicon(words: startList), Role.start), (small, Role.small), (ByteLexicon(words: articleList), Role.afterArticle),
                      (ByteLexicon(words: afterSmallList), Role.afterSmall), (ByteLexicon(words: beforeSmallList), Role.beforeSmall)]
        let all = startList + smallList + articleList + afterSmallList + beforeSmallList
        return ByteLexicon(all.map { w in (w, tables.reduce(UInt8(0)) { $1.0.contains(w) ? $0 | $1.1 : $0 }) })
    }()
    /// The scalars of `FigureLexicon.currencySymbols` beyond ASCII ("$" is tested on its byte).
    private static let currencySigns: [UInt32] = FigureLexicon.currencySymbols.keys.compactMap { $0.unicodeScalars.first?.value }.filter { $0 >= 0x80 }
    /// Word starts after a small number word that make a percentage or a currency ("процентных", "рублей").
    private static let smallNextPrefixes: [[UInt8]] = ["процентн", "рубл", "доллар"].map { Array($0.utf8) }
    /// Longer runs are kept cut at this length: no lexicon word is as long.
    private static let maxWord = 64
}
