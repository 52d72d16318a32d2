/// Durations: "over the next three years", "for a decade", "в ближайшие три года", "within a year".
extension FigureRules {
    static let duration = FigureRule(name: "duration", anchor: .quantity) { c, i in
        guard let q = c.quantities[i], !q.looksLikeYear, let w = c.word(q.end), let (unit, mult) = FigureLexicon.timeUnits[w],
              c.tokens[q.end].spaceBefore else { return nil }
        if let after = c.word(q.end + 1), FigureLexicon.durationBlockers.contains(after) { return .skip(q.end + 2) }
        // "девять месяцев 2023 года", "the first nine months of 2023": a part of that year, not a span.
        let next = c.word(q.end + 1) == "of" ? q.end + 2 : q.end + 1
        if unit != "year", next < c.count, c.blocked[next] || c.tokens[next].looksLikeYear {
            return .skip(q.end + 1)
        }
        if let cueStart = cue(before: q.start, in: c) ?? levelCue(before: q.start, in: c) {
            return .figure(durationDraft(start: cueStart, end: q.end + 1, value: q.value * mult, unit: unit))
        }
        // "for more than fifteen years", "lasts three weeks", "длится более пяти лет": a comparator
        // between the cue and the number, or a verb of lasting as the cue.
        let comparator = comparator(before: q.start, in: c, floor: 0)
        let before = comparator?.1 ?? q.start
        let start: Int
        if let s = cue(before: before, in: c) { start = s }
        else if let v = c.word(before - 1), lastingVerbs.contains(v) { start = before }
        else { return nil }
        var d = durationDraft(start: start, end: q.end + 1, value: q.value * mult, unit: unit)
        if let (qualifier, _) = comparator { d.qualify(qualifier) }
        return .figure(d)
    }

    /// Verbs whose object is a span of time: "the programme lasts three weeks", "стажировка длится месяц".
    static let lastingVerbs: ByteLexicon<Bool> = ["lasts", "lasted", "last", "lasting", "takes", "took", "длится", "длилась", "длился",
                                            "продлится", "продолжается", "продолжалась", "займет", "заняла", "занял"]

    /// "for a decade", "within a year", "на полгода": a time unit with an article, no number.
    static let articleDuration = FigureRule(name: "articleDuration", anchor: .token) { c, i in
        guard !c.blocked[i], let w = c.word(i) else { return nil }
        // Compared on bytes: `==` walked normalisation data for every Cyrillic start word.
        if w.bytesEqual("полгода") || w.bytesEqual("полугода"), let s = cue(before: i, in: c) {
            return .figure(durationDraft(start: s, end: i + 1, value: 0.5, unit: "year"))
        }
        guard w.bytesEqual("a") || w.bytesEqual("an") || w.bytesEqual("one"), let u = c.word(i + 1), let (unit, mult) = FigureLexicon.timeUnits[u],
              !u.endsWithBytes("s"), let s = cue(before: i, in: c), c.word(s) != "for" || c.word(i + 2) != "ago" else { return nil }
        if let after = c.word(i + 2), FigureLexicon.durationBlockers.contains(after) { return nil }
        // "over a year" is a period reference as often as a span; keep "for", "within", "during".
        guard let cueWord = c.word(s), ["for", "within", "на", "в", "during"].contains(cueWord) || s < i - 1 else { return nil }
        return .figure(durationDraft(start: s, end: i + 2, value: mult, unit: unit))
    }

    /// Where the cue before a duration starts ("over the next", "в ближайшие", "for"), or nil.
    static func cue(before i: Int, in c: FigureContext) -> Int? {
        var s = i - 1
        guard let w = c.word(s), FigureLexicon.durationCues.contains(w) || w == "течение" else { return nil }
        // Take the preposition and article of "over the next", "in the coming", "в течение".
        while s > 0, s > i - 4, let p = c.word(s - 1), ["the", "over", "in", "during", "within", "for", "в", "за", "на"].contains(p),
              !c.blocked[s - 1] {
            s -= 1
        }
        return s
    }

    /// "с семи до двух дней": the second span of a fall from one span to another starts at "до" / "to".
    static func levelCue(before i: Int, in c: FigureContext) -> Int? {
        guard let w = c.word(i - 1), ["до", "to"].contains(w), i >= 3, c.tokens[i - 2].kind == .number || NumberLexicon.cardinals[c.word(i - 2)] != nil,
              let from = c.word(i - 3), ["с", "from"].contains(from) else { return nil }
        return i - 1
    }

    static func durationDraft(start: Int, end: Int, value: Double, unit: String) -> FigureDraft {
        // A switch, not a dictionary literal built per call.
        let letter: String
        switch unit {
        case "month": letter = "M"
        case "week": letter = "W"
        case "day": letter = "D"
        default: letter = "Y"
        }
        let number = value == value.rounded() ? String(Int(value)) : String(value)
        return FigureDraft(kind: .duration, start: start, end: end, value: value, unit: unit, duration: "P\(number)\(letter)")
    }
}
