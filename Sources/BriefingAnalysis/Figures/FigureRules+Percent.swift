/// Percentages and changes: "increased by 25%", "grown by a quarter", "почти на 30%".
extension FigureRules {
    static let percent = FigureRule(name: "percent", anchor: .quantity) { c, i in
        guard let q = c.quantities[i] else { return nil }
        var d = FigureDraft(kind: .percent, start: q.start, end: q.end, unit: "%")
        if q.isFraction {
            // "by a quarter" / "на четверть" only mean a percentage after a change word.
            guard let p = c.word(q.start - 1) ?? c.word(q.start - 2), ["by", "на"].contains(p),
                  change(start: q.start, end: q.end, in: c) != nil else { return nil }
            d.value = (q.value * 10_000).rounded() / 100
        } else {
            guard let end = percentEnd(at: q.end, in: c) else { return nil }
            d.value = q.value; d.end = end
        }
        return .figure(finishPercent(d, in: c, floor: 0))
    }

    /// Comparator, change direction and subject, shared by percentages and percent ranges.
    static func finishPercent(_ draft: FigureDraft, in c: FigureContext, floor: Int) -> FigureDraft {
        var d = draft
        let figureStart = d.start
        qualify(&d, in: c, floor: floor)
        if let (direction, v) = change(start: d.start, end: d.end, in: c) {
            d.change = direction
            // The quote keeps its preposition: "by 25%", "на четверть".
            if let p = c.word(d.start - 1), ["by", "на"].contains(p), d.start - 1 >= floor { d.start -= 1 }
            d.subject = changeSubject(v, figureStart: figureStart, in: c)
            if v == d.end { d.end += 1 }
        } else {
            d.subject = shareSubject(start: d.start, end: d.end, in: c)
        }
        return d
    }
}
