/// The ordered rule set and the helpers every rule shares: comparators, change direction,
/// units after a quantity.
enum FigureRules {
    /// Tried first at every token: figures that do not start with a cardinal quantity.
    static let tokenRules: [FigureRule] = [rank, articleDuration, multiplierWord]
    /// Tried at the start of each quantity, most specific first.
    static let quantityRules: [FigureRule] = [yearSpan, range, multiplier, percent, money, duration, count]

    // MARK: - Comparators

    /// The comparator right before token `i` ("more than", "почти на"), with where it starts.
    static func comparator(before i: Int, in c: FigureContext, floor: Int) -> (Qualifier, Int)? {
        for skip in 0...1 {
            let end = i - skip
            if skip == 1 { guard let p = c.word(end), comparatorGaps.contains(p) else { continue } }
            // Only phrases ending in the token before can match: one probe instead of a scan of all.
            guard end >= 1, end <= c.count, let candidates = comparatorsByLastWord[c.tokens[end - 1].text] else { continue }
            for phrase in candidates {
                let s = end - phrase.count
                guard s >= floor, s >= 0, phrase.precedes(at: s, in: c), !(s..<end).contains(where: { c.blocked[$0] }) else { continue }
                if skip == 1, phrase.endsInVerb { continue }
                // "over the" is not a comparator, nor is a lone "до" after "от N".
                return (phrase.qualifier, s)
            }
        }
        return nil
    }

    /// Words a comparator may stand before, ahead of its number ("почти на 30%").
    private static let comparatorGaps: ByteLexicon<Bool> = ["by", "на", "в", "of"]

    /// A comparator phrase as bytes, found by its last word: the words before it are compared
    /// with memcmp (matching the `String` words each time cost most of `comparator`).
    struct ComparatorPhrase: Sendable {
        /// The words before the last one.
        let head: [[UInt8]]
        let qualifier: Qualifier
        /// The last word is in `FigureLexicon.verbComparators`.
        let endsInVerb: Bool
        var count: Int { head.count + 1 }

        /// True when tokens `s…` spell the head (the last word was matched by the probe).
        @inline(__always)
        func precedes(at s: Int, in c: FigureContext) -> Bool {
            for (m, w) in head.enumerated() where !c.tokens[s + m].text.bytesEqual(w) { return false }
            return true
        }
    }

    /// `FigureLexicon.comparators` by the phrase's last word, in the table's order
    /// (a byte-keyed table: hashing the token into a `Dictionary` cost more than the match).
    static let comparatorsByLastWord: ByteLexicon<[ComparatorPhrase]> = {
        var index: [ByteWord: [ComparatorPhrase]] = [:]
        var order: [String] = []
        for (words, q) in FigureLexicon.comparators {
            let last = words[words.count - 1]
            if index[ByteWord(last)] == nil { order.append(last) }
            index[ByteWord(last), default: []].append(ComparatorPhrase(head: words.dropLast().map { Array($0.utf8) }, qualifier: q,
                                                                       endsInVerb: FigureLexicon.verbComparators.contains(last)))
        }
        return ByteLexicon(order.map { ($0, index[ByteWord($0)]!) })
    }()

    /// Applies a comparator before the draft and "or more" after it.
    static func qualify(_ d: inout FigureDraft, in c: FigureContext, floor: Int) {
        if let (q, s) = comparator(before: d.start, in: c, floor: floor) {
            d.qualify(q); d.start = s
        } else {
            for words in FigureLexicon.trailingAtLeast where c.matches(words, at: d.end) {
                d.qualify(.atLeast); d.end += words.count; break
            }
        }
    }

    // MARK: - Change

    /// Change stems compiled once: any stem matches whole, stems of four letters or more as a prefix.
    struct Stems: Sendable {
        let whole: ByteLexicon<Bool>
        let prefixes: [String]
        init(_ stems: [String]) {
            whole = ByteLexicon(words: stems)
            prefixes = stems.filter { $0.count >= 4 }
        }
        func matches(_ w: TokenText) -> Bool { whole.contains(w) || prefixes.contains { w.hasBytePrefix($0) } }
    }
    static let upStems = Stems(FigureLexicon.upStems)
    static let downStems = Stems(FigureLexicon.downStems)

    /// Direction of a change around a figure, and the index of the change word.
    /// "increased by 25%", "выросли почти на 30%", "a 25% increase", "на 25% больше".
    private static let levelWords: ByteLexicon<Bool> = ["from", "от", "с", "between", "между"]

    /// "to"/"до" before a figure (a level) and "by"/"на"/"of" (a change), probed on bytes:
    /// comparing each Cyrillic token with literals walked normalisation data.
    private static let levelTo: ByteLexicon<Bool> = ["to", "до"]
    private static let changeBy: ByteLexicon<Bool> = ["by", "на", "of"]

    static func change(start: Int, end: Int, in c: FigureContext) -> (Change, Int)? {
        // "grow from 25 to 30 percent" gives levels, not the size of a change.
        if let w = c.word(start), levelWords.contains(w) { return nil }
        if let w = c.word(start - 1), levelWords.contains(w) { return nil }
        var j = start - 1
        var sawBy = false
        var steps = 0
        while j >= 0, steps < 4, !c.isClauseBreak(j), !c.blocked[j] {
            let w = c.tokens[j].text
            if levelTo.contains(w), !sawBy { return nil }   // "rose to 25%" is a level, not a change
            if changeBy.contains(w) { sawBy = true }
            // "makes up a third", "made up 40%": a share, not a rise.
            if w.bytesEqual("up"), let p = c.word(j - 1), ["make", "makes", "made", "making", "sum", "sums", "summed"].contains(p) { return nil }
            if upStems.matches(w) { return (.up, j) }
            if downStems.matches(w) { return (.down, j) }
            j -= 1; steps += 1
        }
        if let w = c.word(end) {
            if FigureLexicon.upAfter.contains(w) || ["increase", "growth", "rise", "gain", "рост", "прирост"].contains(w) { return (.up, end) }
            if FigureLexicon.downAfter.contains(w) || ["decrease", "decline", "drop", "fall", "снижение", "падение"].contains(w) { return (.down, end) }
        }
        return nil
    }

    /// Words whose subject follows them ("growth of trade", "рост товарооборота").
    static let nounChanges: ByteLexicon<Bool> = ["growth", "increase", "rise", "decline", "decrease", "drop", "fall", "рост",
                                           "прирост", "снижение", "падение", "увеличение", "сокращение", "уменьшение"]

    /// Subject of a change at word `v`: after a noun ("рост товарооборота"), else before the verb.
    static func changeSubject(_ v: Int, figureStart: Int, in c: FigureContext) -> String {
        if let w = c.word(v), nounChanges.contains(w) {
            var k = v + 1
            if let p = c.word(k), ["of", "in"].contains(p) { k += 1 }
            if let r = PhraseReader.phrase(from: k, in: c, limit: 3) { return PhraseReader.text(r, in: c) }
        }
        if v < figureStart, let r = PhraseReader.subjectBefore(v, in: c) { return PhraseReader.text(r, in: c) }
        return PhraseReader.text(PhraseReader.wordsBefore(min(v, figureStart), in: c), in: c)
    }

    /// Nouns that name a share ("the share of …", "доля …").
    static let shareWords: ByteLexicon<Bool> = ["share", "proportion", "доля", "доли", "долю", "долей"]

    /// Subject of a share: "25% of the equipment", "из техники … 25 %", else the words before.
    static func shareSubject(start: Int, end: Int, in c: FigureContext) -> String {
        // "the share of Belarusian products … has grown from 12% to 19%", "Доля белорусской техники … составляет 70%".
        var j = start - 1
        while j >= 0, start - j <= 24, !c.isClauseBreak(j) || c.blocked[j] {
            if let w = c.word(j), shareWords.contains(w) {
                var k = j + 1
                if c.word(k) == "of" { k += 1 }
                if let r = PhraseReader.phrase(from: k, in: c, limit: 3), r.upperBound <= start { return PhraseReader.text(r, in: c) }
                break
            }
            j -= 1
        }
        if c.word(end) == "of" || c.word(end) == "из" {
            var k = end + 1
            while let w = c.word(k), ["the", "a", "an", "all", "its", "their", "our"].contains(w) { k += 1 }
            if let r = PhraseReader.phrase(from: k, in: c, limit: 4) { return PhraseReader.text(r, in: c) }
        }
        // "около 15% товарооборота области": the Russian genitive after the figure.
        if c.language == .ru, end < c.count, c.tokens[end].kind == .word, !c.blocked[end],
           let r = PhraseReader.phrase(from: end, in: c, limit: 3) {
            return PhraseReader.text(r, in: c)
        }
        j = start - 1
        while j >= 0, start - j <= 12 {
            if let w = c.word(j), ["из", "of"].contains(w), let r = PhraseReader.phrase(from: j + 1, in: c, limit: 3) {
                return PhraseReader.text(r, in: c)
            }
            j -= 1
        }
        return PhraseReader.text(PhraseReader.wordsBefore(start, in: c), in: c)
    }

    // MARK: - Units after a quantity

    /// A percent sign or word at `i`: the token after it.
    static func percentEnd(at i: Int, in c: FigureContext) -> Int? {
        // Compared on bytes: `==` walked normalisation data for every Cyrillic token.
        guard let t = c.text(i) else { return nil }
        if t.bytesEqual("%") { return i + 1 }
        if FigureLexicon.percentWords.contains(t) { return c.text(i + 1) == "." && t.bytesEqual("проц") ? i + 2 : i + 1 }
        if t.bytesEqual("per"), c.text(i + 1) == "cent" { return i + 2 }
        if t.bytesEqual("percentage"), let n = c.word(i + 1), n.hasBytePrefix("point") { return i + 2 }
        // Percentage points in Russian: "на 1,8 п.п.", "на 2 процентных пункта".
        if t.bytesEqual("п"), c.text(i + 1) == ".", c.text(i + 2) == "п" { return c.text(i + 3) == "." ? i + 4 : i + 3 }
        if t.hasBytePrefix("процентн"), let n = c.word(i + 1), n.hasBytePrefix("пункт") { return i + 2 }
        return nil
    }

    /// A currency after a quantity ("рублей", "BYN", "белорусских рублей", "руб."): code and end.
    static func currencyAfter(_ i: Int, in c: FigureContext) -> (String, Int)? {
        var k = i
        var belarusian = false
        if let w = c.word(k), FigureLexicon.belarusianMarkers.contains(w) { belarusian = true; k += 1 }
        else if let w = c.word(k), FigureLexicon.currencyOwners.contains(w) { k += 1 }
        else if c.matches(["u", ".", "s", "."], at: k) { k += 4 }
        if k < c.count, c.tokens[k].kind == .symbol, let code = FigureLexicon.currencySymbols[c.tokens[k].text] { return (code, k + 1) }
        guard let w = c.word(k), var code = FigureLexicon.currency(w) else { return nil }
        if w == "р", c.text(k + 1) != "." { return nil }
        if belarusian, code == "RUB" { code = "BYN" }
        var end = k + 1
        if ["руб", "долл", "р"].contains(w), c.text(end) == ".", !c.tokens[end].spaceBefore { end += 1 }
        // "долларов США", "рублей РФ": the country belongs to the currency.
        if let country = c.word(end), FigureLexicon.currencyCountries.contains(country), c.tokens[end].capitalized { end += 1 }
        return (code, end)
    }

    /// A currency right before a quantity ("$", "RUB", "US$"): code and start.
    static func currencyBefore(_ i: Int, in c: FigureContext) -> (String, Int)? {
        let k = i - 1
        guard k >= 0 else { return nil }
        let t = c.tokens[k]
        if t.kind == .symbol, let code = FigureLexicon.currencySymbols[t.text] {
            return (code, c.word(k - 1) == "us" && !t.spaceBefore ? k - 1 : k)
        }
        if t.kind == .word, FigureLexicon.currencyCodes.contains(t.text) { return (t.text.uppercased(), k) }
        return nil
    }

    /// "per square meter", "за кв. м", "/m²", "a month": the canonical unit and the end.
    static func perUnit(at i: Int, in c: FigureContext) -> (String, Int)? {
        guard let cue = c.text(i), FigureLexicon.perCues.contains(cue) else { return nil }
        var k = i + 1
        if ["1", "one", "один", "одного", "одну", "a"].contains(c.text(k)), cue != "a" { k += 1 }
        guard let (unit, end) = unitPhrase(at: k, in: c) else { return nil }
        if FigureLexicon.timeOnlyPerCues.contains(cue), !["month", "year", "day", "person"].contains(unit) { return nil }
        return (unit, end)
    }

    /// A unit phrase at `k` ("square meter", "кв. м"), canonical name and end.
    static func unitPhrase(at k: Int, in c: FigureContext) -> (String, Int)? {
        for (words, unit) in FigureLexicon.perUnits where c.matches(words, at: k) {
            return (unit, k + words.count)
        }
        return nil
    }

    /// A quantity too weak to stand alone: a year, a lone small word ("two regions").
    static func isYearLike(_ q: Quantity) -> Bool { q.looksLikeYear }
}
