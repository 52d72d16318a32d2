/// Percentages and changes: "increased by 25%", "grown by a quarter", "почти на 30%".
extension FigureRules {
    static let percent = FigureRule(name: "percent", anchor: .quantity) { c, i in
        guard let q = c.quantities[i] else { return nil }
        var d = FigureDraft(kind: .percent, start: q.start, end: q.end, unit: "%")
        if q.isFraction {
            d.value = (q.value * 10_000).rounded() / 100
            // "by a quarter" / "на четверть" only mean a percentage after a change word.
            if let p = c.word(q.start - 1) ?? c.word(q.start - 2), ["by", "на"].contains(p) {
                guard change(start: q.start, end: q.end, in: c) != nil else { return nil }
            } else {
                // "a third of the fleet", "Half of the combines", "треть парка", "более половины экспорта".
                guard let subject = fractionShareSubject(q, in: c) else { return nil }
                qualify(&d, in: c, floor: 0)
                d.subject = subject
                return .figure(d)
            }
        } else {
            guard let end = percentEnd(at: q.end, in: c) else { return nil }
            d.value = q.value; d.end = end
            // "104,3 % к уровню 2023 г.", "98 % of the 2023 level": an index, the change from 100.
            if q.value != 100, q.value > 20, q.value < 1000, isIndexCue(after: end, in: c) {
                var index = finishPercent(d, in: c, floor: 0)
                guard index.change == nil, index.qualifier == .exact else { return .figure(index) }
                index.value = ((abs(q.value - 100)) * 1000).rounded() / 1000
                index.change = q.value > 100 ? .up : .down
                return .figure(index)
            }
        }
        return .figure(finishPercent(d, in: c, floor: 0))
    }

    /// "к уровню", "к соответствующему периоду", "к январю–сентябрю", "of the level of", "of the 2023 level".
    static func isIndexCue(after k: Int, in c: FigureContext) -> Bool {
        if c.word(k) == "к", let w = c.word(k + 1) {
            return w.hasBytePrefix("уровн") || w.hasBytePrefix("соответствующ") || w.hasBytePrefix("аналогичн") || DateLexicon.month(w.string) != nil
        }
        if c.word(k) == "of", c.word(k + 1) == "the" {
            if c.word(k + 2) == "level" { return true }
            if k + 3 < c.count, c.tokens[k + 2].kind == .number, c.word(k + 3) == "level" { return true }
        }
        return false
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

    /// Words after a fraction that make it a span of time, not a share ("a quarter of a century").
    static let fractionTimeWords: ByteLexicon<Bool> = ["century", "centuries", "time", "way", "hour", "hours", "века", "столетия",
                                                 "часа", "пути", "срока", "дня", "суток"]

    /// The whole a fraction is a share of, or nil when it is not a share: "a third of the fleet",
    /// "Half of the combine harvesters", "треть машинно-тракторного парка". Not "the first half of
    /// the year", "a quarter of a century", "первая половина года".
    static func fractionShareSubject(_ q: Quantity, in c: FigureContext) -> String? {
        let first = c.tokens[q.start].text
        if let p = c.word(q.start - 1), NumberLexicon.ordinals[p] != nil || ["the", "this", "that", "эта", "эту", "этой"].contains(p) {
            return nil
        }
        var k = q.end
        if c.language == .en {
            // "a third", "one quarter", "two thirds", "half": an article or a number, never "the third".
            guard ["a", "an", "one", "half"].contains(first) || NumberLexicon.cardinals[first] != nil, c.word(k) == "of" else { return nil }
            k += 1
            while let w = c.word(k), ["the", "a", "an", "all", "its", "their", "our", "his", "her"].contains(w) { k += 1 }
        }
        guard let w = c.word(k), !c.blocked[k], !FigureLexicon.stopwords.contains(w), FigureLexicon.timeUnits[w] == nil,
              !fractionTimeWords.contains(w), NumberLexicon.cardinals[w] == nil else { return nil }
        // The phrase, with hyphenated compounds ("машинно-тракторного парка"), at most four words.
        var end = k, words = 0
        while end < c.count, words < 4, let t = c.word(end), !FigureLexicon.stopwords.contains(t) {
            end += 1; words += 1
            if c.text(end) == "-", !c.tokens[end].spaceBefore, c.word(end + 1) != nil { end += 1 }
        }
        if c.text(end - 1) == "-" { end -= 1 }
        return c.quote(k, end)
    }
}
