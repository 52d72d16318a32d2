/// Counts with the noun they count: "37 turnkey facilities", "52 водоочистные станции",
/// "a school for 825 pupils", "more than 100 such objects".
extension FigureRules {
    /// Words before a number that make it an identifier, not a quantity.
    static let identifierCues: Set<String> = ["no", "number", "№", "page", "p", "tel", "phone", "fax", "room", "building",
                                              "дом", "д", "кв", "стр", "тел", "факс", "номер", "п", "ст", "статьи", "article",
                                              "section", "пункт", "part", "часть", "версии", "version"]

    static let count = FigureRule(name: "count", anchor: .quantity) { c, i in
        guard let q = c.quantities[i], !q.isFraction, q.value >= 1, q.value < 1e13 else { return nil }
        if let p = c.text(q.start - 1), identifierCues.contains(p) || p == "#" { return nil }
        if q.isWord, q.value <= 2 { return nil }     // "one of", "the two regions": not quantities
        if c.tokens[q.start].decimal, !q.hasScale { return nil }
        guard let noun = PhraseReader.countedNoun(after: q.end, in: c), isCountable(noun, in: c) else { return nil }
        var d = FigureDraft(kind: .count, start: q.start, end: noun.upperBound, value: q.value)
        let hasComparator = comparator(before: q.start, in: c, floor: 0) != nil
        if q.looksLikeYear, !hasComparator { return nil }
        let head = c.tokens[noun.upperBound - 1].text
        let anaphor = FigureLexicon.anaphora.contains(c.tokens[noun.lowerBound].text)
        d.needsAntecedent = anaphor || FigureLexicon.genericHeads.contains(head)
        let first = anaphor ? noun.lowerBound + 1 : noun.lowerBound
        d.subject = first < noun.upperBound ? c.quote(first, noun.upperBound) : ""
        qualify(&d, in: c, floor: 0)
        return .figure(d)
    }

    /// A noun phrase a count can count: not a unit, currency, time, place or "times".
    static func isCountable(_ noun: Range<Int>, in c: FigureContext) -> Bool {
        let head = c.tokens[noun.upperBound - 1]
        let first = c.tokens[noun.lowerBound]
        if first.capitalized, noun.count == 1 { return false }
        let w = head.text
        return !FigureLexicon.notCounted.contains(w) && FigureLexicon.currency(w) == nil && FigureLexicon.timeUnits[w] == nil
            && NumberLexicon.scales[w] == nil && !FigureLexicon.percentWords.contains(w) && !FigureLexicon.placeNouns.contains(w)
            && NumberLexicon.cardinals[w] == nil && w.count > 1
    }
}
