/// Multipliers as percent changes: "grew by 1.4 times" (+40 %), "вырос в 1,5 раза" (+50 %),
/// "увеличился вдвое" (+100 %), "сократился в 2 раза" (−50 %). Only with a change word:
/// a bare "в 2 раза" says nothing about a direction.
extension FigureRules {
    static let multiplier = FigureRule(name: "multiplier", anchor: .quantity) { c, i in
        guard let q = c.quantities[i], !q.isFraction, !q.looksLikeYear, q.value > 1, q.value <= 100 else { return nil }
        var end = q.end
        if c.text(end) == "-", !c.tokens[end].spaceBefore, c.word(end + 1) == "fold" { end += 1 }
        guard let w = c.word(end), FigureLexicon.timesWords.contains(w) else { return nil }
        return multiplierDraft(start: q.start, end: end + 1, factor: q.value, in: c).map { .figure($0) }
    }

    /// "вдвое", "втрое", "twofold": one word.
    static let multiplierWord = FigureRule(name: "multiplierWord", anchor: .token) { c, i in
        guard !c.blocked[i], let w = c.word(i), let factor = FigureLexicon.multiplierWords[w] else { return nil }
        return multiplierDraft(start: i, end: i + 1, factor: factor, in: c).map { .figure($0) }
    }

    /// The percent change of a multiplier with its direction, quote and subject; nil without a change word.
    static func multiplierDraft(start: Int, end: Int, factor: Double, in c: FigureContext) -> FigureDraft? {
        guard let (direction, v) = change(start: start, end: end, in: c) ?? comparison(after: end, in: c) else { return nil }
        let percent = direction == .up ? (factor - 1) * 100 : (1 - 1 / factor) * 100
        var d = FigureDraft(kind: .percent, start: start, end: end, value: (percent * 100).rounded() / 100, unit: "%")
        d.change = direction
        // The quote keeps its preposition: "by 1.4 times", "в 1,5 раза".
        if let p = c.word(start - 1), ["by", "в"].contains(p), !c.blocked[start - 1] { d.start -= 1 }
        let figureStart = start
        qualify(&d, in: c, floor: 0)
        d.subject = changeSubject(v, figureStart: figureStart, in: c)
        if v == d.end { d.end += 1 }
        return d
    }

    /// "twice as many as a year earlier", "three times as much as", "вдвое больше, чем", "в 2 раза
    /// меньше": a comparison with another level is a change too; the words of it end the quote.
    static func comparison(after end: Int, in c: FigureContext) -> (Change, Int)? {
        if c.word(end) == "as", let w = c.word(end + 1), ["many", "much", "high", "large", "big"].contains(w), c.word(end + 2) == "as" {
            return (.up, end + 1)
        }
        if let w = c.word(end), c.language == .ru {
            if w == "больше" || w == "выше" { return (.up, end) }
            if w == "меньше" || w == "ниже" { return (.down, end) }
        }
        return nil
    }
}
