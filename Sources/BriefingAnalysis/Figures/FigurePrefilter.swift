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

    /// One pass over the bytes: a word is not lowered nor hashed unless its length and first and
    /// last letters pass `rawFilter` (or the word before asks for the word after it). The state
    /// between words is one byte of `Flag`s kept in a register; bytes are read through pointers.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, timeSpans: [Range<Int>]) -> Bool {
        let end = bytes.count
        guard end > 0, let p = bytes.baseAddress else { return false }
        let roles = wordRoles, filter = rawFilter, currencySigns = currencySigns
        return classes.withUnsafeBufferPointer { classes in
            filter.bits.withUnsafeBufferPointer { bits in
                var flags: UInt8 = 0
                var i = 0
                // Scalar offset of a digit, counted only when a digit needs it (dates hold most digits).
                var countedTo = 0, scalars = 0
                while i < end {
                    let b = p[i]
                    let k = classes[Int(b)]
                    if k & wordStart != 0 {
                        let j = runEnd(bytes, from: i, classes: classes)
                        if j < end, classes[Int(p[j])] & otherLead != 0, isLetter(bytes, at: j) {
                            // A letter beyond the two-byte Cyrillic block: the word is read scalar by scalar.
                            let (e, f) = slowWord(bytes, from: i, flags: flags, roles: roles)
                            if f & Flag.found != 0 { return true }
                            flags = f; i = e; continue
                        }
                        if flags & (Flag.pendingSmall | Flag.afterArticle) == 0,
                           !RawWordFilter.mayHold(bits, p, i, j) {
                            // Nothing to probe: only "a"/"an" is remembered (`close` of a word with no role).
                            let n = j &- i
                            let article = b | 0x20 == 0x61 && (n == 1 || (n == 2 && p[i &+ 1] | 0x20 == 0x6E))
                            flags = article ? Flag.afterArticle : 0
                            // The space after the word changes nothing (no small number word waits): stepped over.
                            i = j < end && p[j] == 0x20 ? j &+ 1 : j
                            continue
                        }
                        let f = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxWord + 4) { word in
                            close(UnsafeBufferPointer(rebasing: word[0..<lower(bytes, i, j, into: word)]), flags, roles: roles)
                        }
                        if f & Flag.found != 0 { return true }
                        flags = f; i = j; continue
                    }
                    if k & digit != 0 {
                        if timeSpans.isEmpty { return true }
                        while countedTo < i { if p[countedTo] & 0xC0 != 0x80 { scalars += 1 }; countedTo += 1 }
                        if !timeSpans.contains(where: { $0.contains(scalars) }) { return true }
                        // A number or code right after a small number word reads nothing with it.
                        flags &= ~Flag.pendingSmall
                        i += 1; continue
                    }
                    if k & otherLead == 0 {
                        if b == 0x24 { flags |= Flag.currencySign }
                        // Any sign after a small number word ("two-fold", "one %", "one,"): kept.
                        if flags & Flag.pendingSmall != 0, b != 0x20, b != 0x0A, b != 0x09, b != 0x0D { return true }
                        i += 1; continue
                    }
                    let (v, width) = ByteScalars.decode(bytes, at: i)
                    if FigureTokenizer.isLetter(v) {
                        let (e, f) = slowWord(bytes, from: i, flags: flags, roles: roles)
                        if f & Flag.found != 0 { return true }
                        flags = f; i = e; continue
                    }
                    if currencySigns.contains(v) { flags |= Flag.currencySign }
                    if flags & Flag.pendingSmall != 0, !FigureTokenizer.isSpace(v) { return true }
                    i += width
                }
                return false
            }
        }
    }

    /// The end of the word run starting at word-start byte `i`: the first byte from `i` that is
    /// not a `runByte`. Eight bytes at a time while they are eight ASCII letters or four
    /// two-byte Cyrillic letters (leads D0, D1), else byte by byte as the classes say.
    @inline(__always)
    private static func runEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, classes: UnsafeBufferPointer<UInt8>) -> Int {
        let end = bytes.count, base = UnsafeRawPointer(bytes.baseAddress!)
        var j = i
        while j &+ 8 <= end {
            let x = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: j, as: UInt64.self))
            // Lane k (bytes 2k, 2k+1): a lead D0/D1 then a continuation byte.
            let cyrillic = (x & 0xC0FE_C0FE_C0FE_C0FE) ^ 0x80D0_80D0_80D0_80D0
            if cyrillic == 0 { j &+= 8; continue }
            // High bit of each byte set when it is an ASCII letter: below 0x80, and folded into 0x61...0x7A
            // (no carry crosses a byte below 0x80; a carry out of a byte from 0x80 on only reaches
            // later bytes, which count only after the first byte that fails).
            let y = x | 0x2020_2020_2020_2020
            let letters = (y &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(y &+ 0x0505_0505_0505_0505) & ~x & 0x8080_8080_8080_8080
            if letters == 0x8080_8080_8080_8080 { j &+= 8; continue }
            let ascii = (~letters & 0x8080_8080_8080_8080).trailingZeroBitCount >> 3
            let pairs = (cyrillic.trailingZeroBitCount >> 4) << 1
            j &+= Swift.max(ascii, pairs)
            break
        }
        while j < end, classes[Int(bytes[j])] & runByte != 0 { j &+= 1 }
        return j
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
    /// tokeniser does; returns its end and the flags after it (`Flag.found`: it may start a figure).
    @inline(never)
    private static func slowWord(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, flags: UInt8, roles: RoleTable) -> (Int, UInt8) {
        var lowered: [UInt8] = []
        var p = i
        while p < bytes.count {
            let (v, width) = ByteScalars.decode(bytes, at: p)
            guard FigureTokenizer.isLetter(v) else { break }
            FigureTokenizer.appendLowercased(Unicode.Scalar(v) ?? "\u{FFFD}", to: &lowered)
            p += width
        }
        return (p, lowered.withUnsafeBufferPointer { close($0, flags, roles: roles) })
    }

    /// What the scan remembers from word to word, as bits of one byte.
    private enum Flag {
        static let afterArticle: UInt8 = 1
        /// A small number word waits for the token after it.
        static let pendingSmall: UInt8 = 2
        /// The word before allows a small number word.
        static let previousAllows: UInt8 = 4
        /// A currency sign was seen since the last word.
        static let currencySign: UInt8 = 8
        /// Returned by `close`: the word may start a figure.
        static let found: UInt8 = 0x80
    }

    /// Ends a word (lowercased bytes): the flags after it, with `Flag.found` when it may start a
    /// figure. Only a word past the filter is hashed: mixing every letter as it was read cost more than the probes.
    @inline(never)
    private static func close(_ w: UnsafeBufferPointer<UInt8>, _ flags: UInt8, roles: RoleTable) -> UInt8 {
        let role = roles.value(w) ?? 0
        if flags & Flag.pendingSmall != 0,
           role & Role.afterSmall != 0 || smallNextPrefixes.contains(where: { w.starts(with: $0) }) { return Flag.found }
        if flags & Flag.afterArticle != 0, role & Role.afterArticle != 0 { return Flag.found }
        let article = w[0] == 0x61 && (w.count == 1 || (w.count == 2 && w[1] == 0x6E))
        // Nothing else carries over the word: a waiting small number word is answered by it.
        var next: UInt8 = article ? Flag.afterArticle : 0
        if role & Role.beforeSmall != 0 { next |= Flag.previousAllows }
        if role & Role.small != 0 {
            if flags & (Flag.previousAllows | Flag.currencySign) != 0 { return Flag.found }
            return next | Flag.pendingSmall
        }
        return !article && role & Role.start != 0 ? Flag.found : next
    }

    /// A bit per (length in bytes, first letter, last letter) of lowered words (the tokeniser's
    /// test of the words a rule may start on): most words are told apart without a probe.
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
    /// The words a rule may start on or that change how a small number word reads (`Role.start`,
    /// `.small`, `.beforeSmall`), tested on a word run's own bytes before it is lowered: a bit per (length in bytes,
    /// capped at 31; low five bits of the first letter's last byte; low five bits of the word's
    /// last byte). Upper and lower case of an ASCII or basic Cyrillic letter share those bits, so
    /// a run is not lowered nor decoded to be told apart. Every bit a word of the lists can be
    /// written with is set (each letter of U+0400–U+04FF and ASCII that lowers to its first or
    /// last letter), so no word with a role is rejected.
    struct RawWordFilter: Sendable {
        private(set) var bits = [UInt64](repeating: 0, count: 512)
        init(_ words: [String]) {
            // The bits (low five bits) of the ASCII letters and two-byte scalars a run holds, or-ed
            // by the letter they lower to (every such letter lies below U+0500).
            var spellings = [UInt32](repeating: 0, count: 0x500)
            var sameLength = true
            for v in UInt32(0x41)...0x5A { spellings[Int(v | 0x20)] |= 1 << (v & 0x1F) }
            for v in UInt32(0x400)...0x4FF {
                let l = FigurePrefilter.fold(v)
                guard l >= 0x80, l < 0x500 else { sameLength = false; break }
                spellings[Int(l)] |= 1 << (v & 0x1F)
            }
            // A lowered letter of another length would move a run to another length: every bit then.
            guard sameLength else { bits = [UInt64](repeating: ~0, count: 512); return }
            for w in words {
                guard let first = w.unicodeScalars.first?.value, let last = w.unicodeScalars.last?.value,
                      first < 0x500, last < 0x500 else { continue }
                let firsts = spellings[Int(first)], lasts = spellings[Int(last)]
                for f in UInt32(0)..<32 where firsts & (1 << f) != 0 {
                    for l in UInt32(0)..<32 where lasts & (1 << l) != 0 {
                        let k = Self.bit(w.utf8.count, f, l)
                        bits[k >> 6] |= 1 << UInt64(k & 63)
                    }
                }
            }
        }
        @inline(__always) private static func bit(_ n: Int, _ first: UInt32, _ last: UInt32) -> Int {
            Swift.min(n, 31) << 10 | Int(first) << 5 | Int(last)
        }
        /// The run `i..<j` of `p` (ASCII letters and two-byte scalars of leads D0–D3) may be a listed
        /// word; `bits` are the filter's `bits`.
        @inline(__always)
        static func mayHold(_ bits: UnsafeBufferPointer<UInt64>, _ p: UnsafePointer<UInt8>, _ i: Int, _ j: Int) -> Bool {
            let b = p[i]
            // A two-byte letter's bits are those of its second byte.
            let first = Int(b < 0x80 ? b : p[i &+ 1]) & 0x1F
            let k = Swift.min(j &- i, 31) << 10 | first << 5 | Int(p[j &- 1] & 0x1F)
            return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
        }
    }
    static var rawFilter: RawWordFilter { roleSetup.raw }

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
    private static let roleSetup: (table: RoleTable, raw: RawWordFilter) = {
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
        let filtered = startList + smallList + beforeSmallList
        return (RoleTable(words: words, roles: roles), RawWordFilter(filtered))
    }()
    /// The scalars of `FigureLexicon.currencySymbols` beyond ASCII ("$" is tested on its byte).
    private static let currencySigns: [UInt32] = FigureLexicon.currencySymbols.keys.compactMap { $0.unicodeScalars.first?.value }.filter { $0 >= 0x80 }
    /// Word starts after a small number word that make a percentage or a currency ("процентных", "рублей").
    private static let smallNextPrefixes: [[UInt8]] = ["процентн", "рубл", "доллар"].map { Array($0.utf8) }
    /// Longer runs are kept cut at this length: no lexicon word is as long.
    private static let maxWord = 64
}
