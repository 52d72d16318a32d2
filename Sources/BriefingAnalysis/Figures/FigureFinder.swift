/// Finds figures (percentages, ranges, counts, money, ranks, durations) in a sentence by
/// running the ordered `FigureRules` over its tokens once.
enum FigureFinder {
    static func find(in sentence: Sentence, of document: Document, times: [TimeExpression]) -> [Figure] {
        var figures: [Figure] = []
        find(in: sentence, of: document, times: times, into: &figures)
        return figures
    }

    /// `find` appending to `figures`: a document's figures are gathered in one array, not one per sentence.
    /// `scratch` (one per document) lends each sentence the buffers of the one before.
    static func find(in sentence: Sentence, of document: Document, times: [TimeExpression], into figures: inout [Figure],
                     scratch: FigureScratch? = nil) {
        let spans = times.map { $0.offset..<($0.offset + $0.quote.unicodeScalars.count) }
        guard FigurePrefilter.mayHaveFigures(sentence.text, timeSpans: spans) else { return }
        let c = FigureContext(text: sentence.text, language: document.language, timeSpans: spans, scratch: scratch)
        defer { scratch?.keep(c) }
        // The token texts point into the context's bytes: kept alive until the figures are made.
        withExtendedLifetime(c.storage) {
            // Drafts first: the chrome test only matters for a sentence with a figure.
            let drafts = drafts(in: c)
            guard !drafts.isEmpty, !isChrome(c) else { return }
            // Times come in order as a rule: sorted only when not.
            let sortedTimes = times.indices.dropFirst().allSatisfy({ times[$0 - 1].offset <= times[$0].offset })
                ? times : times.sorted { $0.offset < $1.offset }
            let breaks = strongBreaks(in: c)
            var lastDuration: FigureDraft?
            // An index loop: `enumerated().map` copied (and destroyed) every draft with its strings.
            figures.reserveCapacity(figures.count + drafts.count)
            for n in drafts.indices {
                let d = drafts[n]
                let offset = c.tokens[d.start].start
                // A span said just before a figure is its period ("over the next three years … 52 stations"),
                // or just after it ("more than 300 tractors … over the past five years").
                let before = lastDuration.flatMap { $0.end <= d.start && d.start - $0.end <= 20 ? $0 : nil }
                let next = n + 1 < drafts.count ? drafts[n + 1] : nil
                let after = next.flatMap { span in
                    span.kind == .duration && span.start >= d.end && span.start - d.end <= 12
                        && !(d.end..<span.start).contains(where: { c.isClauseBreak($0) && !c.blocked[$0] }) ? span : nil
                }
                if d.kind == .duration { lastDuration = d }
                let fact = Fact(id: "", kind: d.kind, value: d.value, low: d.low, high: d.high, qualifier: d.qualifier,
                                unit: d.unit, per: d.per, subject: d.subject, change: d.change,
                                period: d.kind == .duration ? nil : period(of: d, at: offset, in: c, sortedTimes: sortedTimes,
                                                                           breaks: breaks, durationBefore: before, durationAfter: after),
                                mentions: [Mention(document: document.id, quote: c.quote(d.start, d.end), sentence: sentence.text)])
                figures.append(Figure(fact: fact, offset: offset, sentenceOffset: sentence.offset, needsAntecedent: d.needsAntecedent,
                                      context: c.text(around: d.start, d.end - 1, before: 150, after: 150),
                                      clauseSubject: d.kind == .percent || d.kind == .money || d.kind == .range
                                          ? clauseSubject(before: d.start, in: c) : ""))
            }
        }
    }

    /// Scalar offsets of the marks that separate a dateline or a lead-in from the clause after it
    /// (spaced dashes, colons, semicolons, brackets), in order.
    static func strongBreaks(in c: FigureContext) -> [Int] {
        var result: [Int] = []
        // Marks tested on their scalar (U+037E is canonically ";", as the string match held).
        for k in c.tokens.indices where c.tokens[k].kind == .symbol {
            switch c.symbol(k) {
            case 0x3A, 0x3B, 0x37E, 0x28, 0x29: result.append(c.tokens[k].start)
            case 0x2013, 0x2014, 0x2D: if c.tokens[k].spaceBefore { result.append(c.tokens[k].start) }
            default: break
            }
        }
        return result
    }

    /// True when a strong break lies in `from..<to` (binary search).
    static func hasBreak(_ breaks: [Int], from: Int, to: Int) -> Bool {
        var lo = 0, hi = breaks.count
        while lo < hi { let mid = (lo + hi) / 2; if breaks[mid] < from { lo = mid + 1 } else { hi = mid } }
        return lo < breaks.count && breaks[lo] < to
    }

    /// The time a figure refers to: the nearest date or span before it in its clause, else the
    /// nearest date or span after it, else a date before it across a dateline dash or a colon.
    static func period(of d: FigureDraft, at offset: Int, in c: FigureContext, sortedTimes times: [TimeExpression], breaks: [Int],
                       durationBefore: FigureDraft?, durationAfter: FigureDraft?) -> String? {
        var lo = 0, hi = times.count
        while lo < hi { let mid = (lo + hi) / 2; if times[mid].offset < offset { lo = mid + 1 } else { hi = mid } }
        let dateBefore = lo > 0 ? times[lo - 1] : nil
        // "up 7.2 per cent on the same period of 2023", "104,3 % к уровню января–сентября 2023 г.":
        // the base of a comparison is not the time of the figure.
        let dateAfter = lo < times.count && !isComparisonBase(times[lo], in: c) ? times[lo] : nil
        let beforeInClause = dateBefore.flatMap { hasBreak(breaks, from: $0.offset, to: offset) || isComparisonBase($0, in: c) ? nil : $0 }
        if let t = beforeInClause {
            if let span = durationBefore, c.tokens[span.start].start > t.offset { return span.duration }
            return t.value.value
        }
        if let span = durationBefore { return span.duration }
        if let span = durationAfter, dateAfter.map({ c.tokens[span.start].start < $0.offset }) ?? true { return span.duration }
        if let t = dateAfter { return t.value.value }
        return dateBefore?.value.value
    }

    /// A date after "the same period of", "compared with", "к уровню", "по сравнению с
    /// аналогичным периодом": the base of a comparison.
    static func isComparisonBase(_ t: TimeExpression, in c: FigureContext) -> Bool {
        guard let k = c.tokens.firstIndex(where: { $0.start >= t.offset }) else { return false }
        var j = k - 1
        while j >= 0, k - j <= 4 {
            if let w = c.word(j), comparisonBaseWords.contains(w) { return true }
            j -= 1
        }
        return false
    }

    static let comparisonBaseWords: ByteLexicon<Bool> = ["period", "compared", "against", "versus", "периодом", "периоду",
                                                    "уровню", "уровнем", "сравнению"]

    /// The first words of the clause a figure stands in, without dates: from the sentence start or
    /// the last dash, colon or semicolon before the figure, at most 14 tokens.
    static func clauseSubject(before start: Int, in c: FigureContext) -> String {
        var j = start - 1
        while j >= 0, start - j <= 40, !opensClause(j, in: c) { j -= 1 }
        // The words joined by spaces, written into the string at once (no `String` per word).
        let from = j + 1, to = min(start, j + 15)
        var length = -1
        for k in from..<max(from, to) where c.tokens[k].kind == .word && !c.blocked[k] { length += c.tokens[k].text.count + 1 }
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for k in from..<to where c.tokens[k].kind == .word && !c.blocked[k] {
                if n > 0 { buffer[n] = 0x20; n += 1 }
                let t = c.tokens[k].text
                for b in 0..<t.count { buffer[n + b] = t.base[b] }
                n += t.count
            }
            return n
        }
    }

    /// `: ; – — « » " “ ”` or a spaced "-" at token `j`, tested on the scalar (U+037E is
    /// canonically ";", as the string match held).
    static func opensClause(_ j: Int, in c: FigureContext) -> Bool {
        guard c.tokens[j].kind == .symbol else { return false }
        switch c.symbol(j) {
        case 0x3A, 0x3B, 0x37E, 0x2013, 0x2014, 0xAB, 0xBB, 0x22, 0x201C, 0x201D: return true
        case 0x2D: return c.tokens[j].spaceBefore
        default: return false
        }
    }

    /// Runs the rules at every position; the first rule that reads wins and the scan moves on.
    static func drafts(in c: FigureContext) -> [FigureDraft] {
        var drafts: [FigureDraft] = []
        var i = 0, floor = 0
        let tokenRules = FigureRules.tokenRules, quantityRules = FigureRules.quantityRules
        while i < c.count {
            // Every rule starts on a number or on a lexicon word, and only those start a quantity:
            // anything else is skipped at once (fields read in place, no token or outcome copied).
            if c.blocked[i] || !(c.tokens[i].kind == .number || c.tokens[i].starts) { i += 1; continue }
            var outcome: RuleOutcome?
            var read = false
            for rule in tokenRules {
                if let o = rule.read(c, i) { outcome = o; read = true; break }
            }
            if !read, c.quantities[i] != nil {
                for rule in quantityRules {
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
    /// A scale word makes it prose: "Экспорт – 215,2 млн долл.", "Exports: USD 96.5 mln".
    static func isChrome(_ c: FigureContext) -> Bool {
        // Three words settle it without a scale probe; only a line with fewer looks for a scale word.
        var words = 0
        for t in c.tokens where t.kind == .word && t.text.letterCount > 1 && !FigureLexicon.isCurrency(t.text) {
            words += 1
            if words >= 3 { return false }
        }
        for t in c.tokens where t.kind == .word && t.text.letterCount > 1 && !FigureLexicon.isCurrency(t.text) {
            if NumberLexicon.scales[t.text] != nil { return false }
        }
        return true
    }
}
