/// Money with its currency and per-unit: "$1.2 billion", "1,5 млрд рублей", "RUB45,000",
/// "32 тыс. руб. за кв. м", "более миллиарда долларов".
extension FigureRules {
    static let money = FigureRule(name: "money", anchor: .quantity) { c, i in
        guard let q = c.quantities[i], !q.isFraction else { return nil }
        var d = FigureDraft(kind: .money, start: q.start, end: q.end, value: q.value)
        if let (code, start) = currencyBefore(q.start, in: c) {
            d.unit = code; d.start = start
            // "$1.2 billion" is read by the quantity; "USD 3 mln" too.
        } else if let (code, end) = currencyAfter(q.end, in: c) {
            d.unit = code; d.end = end
        } else { return nil }
        if let (per, end) = perUnit(at: d.end, in: c) {
            d.per = per; d.end = end
        } else {
            d.per = costPer(before: d.start, in: c)
        }
        let figureStart = d.start
        qualify(&d, in: c, floor: 0)
        if let (direction, v) = change(start: d.start, end: d.end, in: c), v < d.start {
            d.change = direction
            d.subject = changeSubject(v, figureStart: figureStart, in: c)
        } else {
            d.subject = moneySubject(before: d.start, in: c)
        }
        return .figure(d)
    }

    /// "the cost of one square meter … (RUB45,000)", "стоимость одного квадратного метра": the per-unit.
    static func costPer(before start: Int, in c: FigureContext) -> String? {
        var j = start - 1
        while j >= 0, start - j <= 14, !c.blocked[j] {
            if let w = c.word(j), FigureLexicon.costWords.contains(w) {
                var k = j + 1
                if c.word(k) == "of" { k += 1 }
                if let n = c.text(k), ["one", "a", "1", "одного", "одной", "один", "одну"].contains(n) { k += 1 }
                // "стоимость квадратного метра жилья", "the price per square metre".
                if c.word(k) == "per" { k += 1 }
                return unitPhrase(at: k, in: c)?.0
            }
            j -= 1
        }
        return nil
    }

    /// What money is about: the cost phrase if any, else the words before it.
    static func moneySubject(before start: Int, in c: FigureContext) -> String {
        var j = start - 1
        while j >= 0, start - j <= 14, !c.blocked[j] {
            if let w = c.word(j), FigureLexicon.costWords.contains(w) {
                var end = start
                while end > j, c.tokens[end - 1].kind != .word { end -= 1 }
                return c.quote(j, end)
            }
            j -= 1
        }
        return PhraseReader.text(PhraseReader.wordsBefore(start, in: c), in: c)
    }
}
