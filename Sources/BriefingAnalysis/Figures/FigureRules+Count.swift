/// Counts with the noun they count: "37 turnkey facilities", "52 водоочистные станции",
/// "a school for 825 pupils", "more than 100 such objects".
extension FigureRules {
    /// Words before a number that make it an identifier, not a quantity.
    static let identifierCues: ByteLexicon<Bool> = ["no", "number", "№", "page", "p", "tel", "phone", "fax", "room", "building",
                                              "дом", "д", "кв", "стр", "тел", "факс", "номер", "п", "ст", "статьи", "article",
                                              "section", "пункт", "part", "часть", "версии", "version"]

    static let count = FigureRule(name: "count", anchor: .quantity) { c, i in
        guard let q = c.quantities[i], !q.isFraction, q.value >= 1, q.value < 1e13 else { return nil }
        if let p = c.text(q.start - 1), identifierCues.contains(p) || p == "#" { return nil }
        // "one of", "the two regions": not quantities; "еще двух центров", "another two plants" are.
        if q.isWord, q.value <= 2, !["еще", "another"].contains(c.word(q.start - 1)) { return nil }
        if c.tokens[q.start].decimal, !q.hasScale { return nil }
        // "18 ноября", "on 15 March": a day of a month even where no year makes it a date.
        if !q.isWord, q.value <= 31, let w = c.word(q.end), let m = DateLexicon.month(w.string),
           !m.ambiguous || c.tokens[q.end].capitalized { return nil }
        // "we intend to buy at least 60 more.": the noun was said before.
        if c.language == .en, !q.looksLikeYear, c.word(q.end) == "more", c.isClauseBreak(q.end + 1),
           comparator(before: q.start, in: c, floor: 0) != nil || !q.isWord {
            var d = FigureDraft(kind: .count, start: q.start, end: q.end + 1, value: q.value)
            d.needsAntecedent = true
            qualify(&d, in: c, floor: 0)
            return .figure(d)
        }
        guard var noun = PhraseReader.countedNoun(after: q.end, in: c), isCountable(noun, in: c) else { return nil }
        let hasComparator = comparator(before: q.start, in: c, floor: 0) != nil
        if q.looksLikeYear, !hasComparator { return nil }
        let head = c.tokens[noun.upperBound - 1].text
        let anaphor = FigureLexicon.anaphora.contains(c.tokens[noun.lowerBound].text)
        var generic = FigureLexicon.genericHeads.contains(head)
        // "1,150 units of Belarusian machinery", "150 единиц техники": the units say what they are.
        if generic, !anaphor, let r = unitsOf(after: noun.upperBound, in: c) { noun = noun.lowerBound..<r.upperBound; generic = false }
        var d = FigureDraft(kind: .count, start: q.start, end: noun.upperBound, value: q.value)
        d.needsAntecedent = anaphor || generic
        // "3,500 buses and trucks a year", "3,5 тыс. автобусов в год": a rate.
        if let (per, end) = perUnit(at: d.end, in: c), ["year", "month", "day"].contains(per) {
            d.per = per; d.end = end
        } else if let w = c.word(d.end), ["and", "и"].contains(w), let n = PhraseReader.countedNoun(after: d.end + 1, in: c), n.count <= 2,
                  let (per, end) = perUnit(at: n.upperBound, in: c), ["year", "month", "day"].contains(per) {
            d.per = per; d.end = end
        }
        let first = anaphor ? noun.lowerBound + 1 : noun.lowerBound
        d.subject = first < noun.upperBound ? c.quote(first, noun.upperBound) : ""
        qualify(&d, in: c, floor: 0)
        return .figure(d)
    }

    /// What generic units are units of: "of Belarusian machinery" (English), "техники" (Russian genitive).
    static func unitsOf(after k: Int, in c: FigureContext) -> Range<Int>? {
        var s = k
        if c.language == .en {
            guard c.word(k) == "of" else { return nil }
            s = k + 1
            while let w = c.word(s), ["the", "a", "an"].contains(w) { s += 1 }
        }
        guard s < c.count, c.tokens[s].kind == .word, c.tokens[s].spaceBefore else { return nil }
        return PhraseReader.phrase(from: s, in: c, limit: 3)
    }

    /// A noun phrase a count can count: not a unit, currency, time, place or "times".
    static func isCountable(_ noun: Range<Int>, in c: FigureContext) -> Bool {
        let head = c.tokens[noun.upperBound - 1]
        let first = c.tokens[noun.lowerBound]
        if first.capitalized, noun.count == 1 { return false }
        let w = head.text
        return !FigureLexicon.notCounted.contains(w) && !FigureLexicon.isCurrency(w) && FigureLexicon.timeUnits[w] == nil
            && NumberLexicon.scales[w] == nil && !FigureLexicon.percentWords.contains(w) && !FigureLexicon.placeNouns.contains(w)
            && NumberLexicon.cardinals[w] == nil && (w.letterCount > 1 || isTonnes(at: noun.upperBound - 1, in: c))
    }

    /// "312,5 тыс. т", "40 т молока": tonnes abbreviated, not "т. е." / "т. д." after a number.
    static func isTonnes(at k: Int, in c: FigureContext) -> Bool {
        guard c.word(k) == "т" else { return false }
        guard c.text(k + 1) == ".", let next = c.word(k + 2), next.letterCount == 1, k + 2 < c.count else { return true }
        return !["е", "д", "к", "п", "н", "ч"].contains(next)
    }
}
