/// Finds figures (percentages, ranges, counts, money, ranks, durations) in a sentence by
/// running the ordered `FigureRules` over its tokens once.
enum FigureFinder {
    static func find(in sentence: Sentence, of document: Document, times: [TimeExpression]) -> [Figure] {
        let spans = times.map { $0.offset..<($0.offset + $0.quote.unicodeScalars.count) }
        let c = FigureContext(text: sentence.text, language: document.language, timeSpans: spans)
        guard !isChrome(c) else { return [] }
        let drafts = drafts(in: c)
        let sortedTimes = times.sorted { $0.offset < $1.offset }
        var lastDuration: FigureDraft?
        return drafts.map { d in
            let offset = c.tokens[d.start].start
            // A span said just before a figure is its period ("over the next three years … 52 stations").
            let duration = lastDuration.flatMap { $0.end <= d.start && d.start - $0.end <= 20 ? $0.duration : nil }
            if d.kind == .duration { lastDuration = d }
            let fact = Fact(id: "", kind: d.kind, value: d.value, low: d.low, high: d.high, qualifier: d.qualifier,
                            unit: d.unit, per: d.per, subject: d.subject, change: d.change,
                            period: d.kind == .duration ? nil : period(at: offset, sortedTimes: sortedTimes) ?? duration,
                            mentions: [Mention(document: document.id, quote: c.quote(d.start, d.end), sentence: sentence.text)])
            let lo = max(0, offset - 150), hi = min(c.scalars.count, c.tokens[d.end - 1].end + 150)
            return Figure(fact: fact, offset: offset, sentenceOffset: sentence.offset, needsAntecedent: d.needsAntecedent,
                          context: String(String.UnicodeScalarView(c.scalars[lo..<hi])))
        }
    }

    /// Runs the rules at every position; the first rule that reads wins and the scan moves on.
    static func drafts(in c: FigureContext) -> [FigureDraft] {
        var drafts: [FigureDraft] = []
        var i = 0, floor = 0
        while i < c.count {
            if c.blocked[i] { i += 1; continue }
            var outcome: RuleOutcome?
            let t = c.tokens[i]
            // Token rules start on a number or on a lexicon word; anything else is skipped at once.
            for rule in FigureRules.tokenRules where t.kind == .number || t.starts {
                if let o = rule.read(c, i) { outcome = o; break }
            }
            if outcome == nil, c.quantities[i] != nil {
                for rule in FigureRules.quantityRules {
                    if let o = rule.read(c, i) { outcome = o; break }
                }
            }
            switch outcome {
            case .figure(var d)?:
                d.start = max(d.start, floor)
                drafts.append(d)
                i = max(d.end, i + 1); floor = i
            case .skip(let end)?:
                i = max(end, i + 1); floor = i
            case nil:
                i = c.quantities[i]?.end ?? i + 1
            }
        }
        return drafts
    }

    /// A line with almost no words is page chrome (tickers "3.64 BYN", "USD 3.24 ↑"): no figures.
    static func isChrome(_ c: FigureContext) -> Bool {
        var words = 0
        for t in c.tokens where t.kind == .word && t.text.count > 1 && FigureLexicon.currency(t.text) == nil {
            words += 1
            if words >= 3 { return false }
        }
        return true
    }

    /// The time a figure refers to: the nearest date before it in the sentence, else the first after.
    /// Binary search over the sorted times: a sentence with many dates and figures stays fast.
    static func period(at offset: Int, sortedTimes times: [TimeExpression]) -> String? {
        guard !times.isEmpty else { return nil }
        var lo = 0, hi = times.count
        while lo < hi { let mid = (lo + hi) / 2; if times[mid].offset < offset { lo = mid + 1 } else { hi = mid } }
        return (lo > 0 ? times[lo - 1] : times[0]).value.value
    }
}
