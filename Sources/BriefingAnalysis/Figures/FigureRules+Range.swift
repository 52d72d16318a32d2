/// Ranges: "25-30%", "25–30 %", "from 25 to 30 percent", "от 25 до 30"; year spans are skipped.
extension FigureRules {
    /// "2012–13", "2012-2013": a span of years, never a subtraction or a range of values.
    static let yearSpan = FigureRule(name: "yearSpan", anchor: .quantity) { c, i in
        guard let q = c.quantities[i], q.looksLikeYear, let dash = c.text(q.end), ["-", "–", "—", "/"].contains(dash),
              let t = c.tokens.indices.contains(q.end + 1) ? c.tokens[q.end + 1] : nil, t.kind == .number,
              !t.decimal, !t.grouped, [2, 4].contains(t.text.count) else { return nil }
        return .skip(q.end + 2)
    }

    /// Prepositions a range quote keeps before its first number ("from 25 to 30").
    static let rangePrepositions: ByteLexicon<Bool> = ["from", "от", "с", "between", "между", "by", "на"]

    /// Marks between the two numbers of a range.
    static let rangeDashes: ByteLexicon<Bool> = ["-", "–", "—", "…"]

    // Words compared on bytes (`bytesEqual`): `==` walked normalisation data for every Cyrillic token.
    static let range = FigureRule(name: "range", anchor: .quantity) { c, i in
        guard let q1 = c.quantities[i], !q1.isFraction, !q1.looksLikeYear else { return nil }
        var k = q1.end
        let from = c.word(q1.start - 1)
        let fromWord = from
        guard let sep = c.text(k) else { return nil }
        if rangeDashes.contains(sep) {
            k += 1
        } else if (sep.bytesEqual("to") && fromWord == "from")
                    || (sep.bytesEqual("до") && (fromWord == "от" || fromWord == "с"))
                    || (sep.bytesEqual("and") && fromWord == "between") || (sep.bytesEqual("и") && fromWord == "между") {
            k += 1
        } else if sep.bytesEqual("to"), fromWord != "from", k + 1 < c.count, let q = c.quantities[k + 1], !q.isFraction,
                  percentEnd(at: q.end, in: c) != nil || currencyAfter(q.end, in: c) != nil {
            // "grow by 15 to 20 percent", "15 to 20 per cent": the unit after the second number.
            k += 1
        } else { return nil }
        guard k < c.count, let q2 = c.quantities[k], !q2.isFraction, q1.isWord == q2.isWord else { return nil }
        var low = q1.value, high = q2.value
        // "5-7 млн": the scale of the second number applies to the first.
        if q2.hasScale, !q1.hasScale, let (scale, _) = NumberReader.scale(after: q2.start + 1, in: c.tokens, glued: true) {
            low *= scale
        }
        // "сократился с семи до двух дней", "cut from seven to two days": two spans, not a range.
        if high < low, ["с", "from"].contains(from), let w = c.word(q2.end), let (unit, mult) = FigureLexicon.timeUnits[w] {
            return .figure(durationDraft(start: q1.start - 1, end: q1.end, value: q1.value * mult, unit: unit))
        }
        guard high > low else { return nil }
        let withPreposition = from.map { rangePrepositions.contains($0) } ?? false
        var d = FigureDraft(kind: .range, start: withPreposition && !rangeDashes.contains(sep) ? q1.start - 1 : q1.start,
                            end: q2.end, low: low, high: high)
        if let end = percentEnd(at: q2.end, in: c) {
            d.unit = "%"; d.end = end
            return .figure(finishPercent(d, in: c, floor: 0))
        }
        if let (code, end) = currencyAfter(q2.end, in: c) {
            d.unit = code; d.end = end
            if let (per, e) = perUnit(at: end, in: c) { d.per = per; d.end = e }
            qualify(&d, in: c, floor: 0)
            d.subject = PhraseReader.text(PhraseReader.wordsBefore(d.start, in: c), in: c)
            return .figure(d)
        }
        if let w = c.word(q2.end), let (unit, mult) = FigureLexicon.timeUnits[w] {
            d.unit = unit; d.low = low * mult; d.high = high * mult; d.end = q2.end + 1
            d.kind = .range
            qualify(&d, in: c, floor: 0)
            return .figure(d)
        }
        guard !q1.looksLikeYear, let noun = PhraseReader.countedNoun(after: q2.end, in: c),
              isCountable(noun, in: c) else { return nil }
        d.end = noun.upperBound
        d.subject = PhraseReader.text(noun, in: c)
        qualify(&d, in: c, floor: 0)
        return .figure(d)
    }
}
