import BriefingAnalysis

// MARK: - Title, key figures, indicators

extension BriefingComposer {
    func titleBlock(_ context: ComposeContext) -> [FlowBlock] {
        [.heading(words.title, level: 0, anchor: "title"),
         .paragraph(Paragraph(text: subtitle(context), font: bodyFont.with(size: style.fonts.bodySize * 1.1),
                              color: style.colors.muted, spaceAfter: 2)),
         .rule, .space(4)]
    }

    /// Facts that carry a known indicator, the best-attested one per indicator, in the
    /// catalogue's spirit of importance: changes, shares, counts, money, ranks.
    func keyFacts(_ context: ComposeContext) -> [Fact] {
        var best: [String: Fact] = [:]
        for fact in context.displayFacts {
            guard let key = fact.indicator, fact.kind != .date, fact.kind != .year else { continue }
            if let current = best[key], current.mentions.count >= fact.mentions.count { continue }
            best[key] = fact
        }
        let order: [FactKind] = [.percent, .range, .count, .money, .rank, .duration]
        return best.values.sorted {
            let a = order.firstIndex(of: $0.kind) ?? 9, b = order.firstIndex(of: $1.kind) ?? 9
            if a != b { return a < b }
            if $0.mentions.count != $1.mentions.count { return $0.mentions.count > $1.mentions.count }
            return $0.id < $1.id
        }
    }

    func caption(of fact: Fact) -> String {
        fact.indicator.flatMap { IndicatorNames.indicator($0, language) } ?? fact.subject.capitalizedFirst
    }

    func keyFiguresSection(_ context: ComposeContext, charts: inout [(String, ChartGraphic)]) -> [FlowBlock] {
        let facts = keyFacts(context).prefix(6)
        guard !facts.isEmpty else { return [] }
        let figures = facts.map { fact in
            KeyFigure(value: text.value(fact), caption: caption(of: fact),
                      period: fact.period.map(words.period), citation: citation(fact, context: context))
        }
        let tiles = KeyFigureTiles.layout(Array(figures), theme: theme, width: width, measurer: measurer)
        charts.append(("key-figures", tiles))
        return [heading(words.keyFigures, anchor: "key-figures"), figure(tiles)]
    }

    func indicatorsSection(_ context: ComposeContext, charts: inout [(String, ChartGraphic)]) -> [FlowBlock] {
        let facts = context.displayFacts
        var blocks: [FlowBlock] = []

        let counts = strongest(facts.filter { $0.kind == .count && text.chartValue($0) != nil }, limit: 12)
        if !counts.isEmpty {
            let data = counts.map { fact in
                BarDatum(label: caption(of: fact), value: text.chartValue(fact)!,
                         qualifier: ValueQualifier(fact.qualifier), citation: citation(fact, context: context))
            }
            let chart = BarChart.layout(Array(data), labels: ChartLabels(title: words.countsChart,
                                        caption: captionLine(Array(counts), context)),
                                        theme: theme, width: width, measurer: measurer)
            charts.append(("counts", chart))
            blocks.append(figure(chart))
        }

        let shares = strongest(facts.filter { $0.kind == .percent || ($0.kind == .range && $0.unit == "%") }, limit: 12)
        if !shares.isEmpty {
            let data = shares.map { fact -> RangeDatum in
                let label = caption(of: fact)
                if fact.kind == .range, let low = fact.low, let high = fact.high {
                    return RangeDatum(label: label, low: low, high: high, citation: citation(fact, context: context))
                }
                return RangeDatum(label: label, value: text.chartValue(fact) ?? 0, citation: citation(fact, context: context))
            }
            let chart = RangeChart.layout(Array(data), unit: "%", domain: 0...100,
                                          labels: ChartLabels(title: words.percentChart, caption: captionLine(Array(shares), context)),
                                          theme: theme, width: width, measurer: measurer)
            charts.append(("shares", chart))
            blocks.append(figure(chart))
        }

        for (kind, title) in [(FactKind.rank, words.rankings), (.money, words.money)] {
            let list = facts.filter { $0.kind == kind }
            guard !list.isEmpty else { continue }
            blocks.append(.heading(title, level: 2, anchor: nil))
            for fact in strongest(list, limit: 12) {
                // Ranks read "Rank in trade: 2nd"; amounts lead with the number.
                var pieces = kind == .rank
                    ? [TextPiece(caption(of: fact) + ": "), TextPiece(text.value(fact), bold: true)]
                    : [TextPiece(text.value(fact), bold: true), TextPiece(" — " + caption(of: fact))]
                if let period = fact.period { pieces.append(TextPiece(" (" + words.period(period) + ")")) }
                pieces += citationPieces(fact.mentions.map(\.document), context: context)
                blocks.append(citedParagraph(pieces, indent: 8, spaceAfter: 2))
            }
            blocks.append(.space(4))
        }
        guard !blocks.isEmpty else { return [] }
        return [heading(words.indicators, anchor: "indicators")] + blocks
    }

    /// At most `limit` facts, preferring those with a known indicator and more mentions, kept
    /// in their original order so charts read like the sources. Large corpora stay legible.
    func strongest(_ facts: [Fact], limit: Int) -> [Fact] {
        guard facts.count > limit else { return facts }
        let ranked = facts.enumerated().sorted {
            let a = ($0.element.indicator == nil ? 1 : 0, -$0.element.mentions.count, $0.offset)
            let b = ($1.element.indicator == nil ? 1 : 0, -$1.element.mentions.count, $1.offset)
            return a < b
        }.prefix(limit).map(\.offset).sorted()
        return ranked.map { facts[$0] }
    }

    /// "Sources: [1], [3]" under a chart.
    func captionLine(_ facts: [Fact], _ context: ComposeContext) -> String {
        let numbers = Set(facts.flatMap { $0.mentions.compactMap { context.sources.number(of: $0.document) } }).sorted()
        let shown = numbers.prefix(12).map { "[\($0)]" }.joined(separator: ", ")
        let rest = numbers.count > 12 ? ", " + theme.locale.fill(theme.locale.moreTemplate, numbers.count - 12) : ""
        return words.sourcesLabel + ": " + shown + rest
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension ValueQualifier {
    init(_ qualifier: Qualifier) {
        switch qualifier {
        case .exact: self = .exact
        case .about: self = .about
        case .moreThan: self = .moreThan
        case .atLeast: self = .atLeast
        case .lessThan: self = .lessThan
        case .upTo: self = .upTo
        }
    }
}
