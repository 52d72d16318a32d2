import BriefingAnalysis

// MARK: - Timeline and areas of cooperation

extension BriefingComposer {
    func timelineSection(_ context: ComposeContext, charts: inout [(String, ChartGraphic)]) -> [FlowBlock] {
        let events = context.analysis.events.sorted { ($0.date, $0.title) < ($1.date, $1.title) }
        guard !events.isEmpty else { return [] }
        let items = events.map { event in
            TimelineEvent(date: TimelineDate(year: event.date.year, month: event.date.month, day: event.date.day),
                          label: event.title + (event.place.map { ", " + $0 } ?? ""),
                          planned: event.planned, kind: words.eventKinds[event.kind] ?? event.kind.rawValue,
                          citation: citation(ofMentions: event.mentions, context: context))
        }
        let chart = TimelineChart.layout(items, labels: ChartLabels(title: words.timelineChart),
                                         theme: theme, width: width, maxLanes: 6, measurer: measurer)
        charts.append(("timeline", chart))
        var blocks: [FlowBlock] = [heading(words.timeline, anchor: "timeline"), figure(chart)]
        for event in events {
            var pieces = [TextPiece(words.date(event.date), bold: true), TextPiece(" — " + event.title)]
            if let place = event.place { pieces.append(TextPiece(", " + place)) }
            if event.planned { pieces.append(TextPiece(" (" + words.planned + ")")) }
            if !event.participants.isEmpty { pieces.append(TextPiece(". " + event.participants.joined(separator: "; "))) }
            pieces += citationPieces(event.mentions.map(\.document), context: context)
            blocks.append(citedParagraph(pieces, font: smallFont, indent: 8, spaceAfter: 2))
        }
        blocks.append(.space(4))
        return blocks
    }

    func citation(ofMentions mentions: [Mention], context: ComposeContext) -> Citation? {
        let numbers = Set(mentions.compactMap { context.sources.number(of: $0.document) }).sorted()
        guard let first = numbers.first else { return nil }
        return Citation(marker: "[" + numbers.map(String.init).joined(separator: ", ") + "]",
                        destination: context.sources.anchor(forNumber: first))
    }

    func areasSection(_ context: ComposeContext, charts: inout [(String, ChartGraphic)]) -> [FlowBlock] {
        let keys = Array(context.areaKeys.prefix(10))
        guard !keys.isEmpty else { return [] }
        let topics = context.analysis.topics
        var blocks: [FlowBlock] = [heading(words.areas, anchor: "areas")]
        let columns = topics.map { t in
            MatrixData.Column(label: "[\(context.sources.number(of: t.document) ?? 0)]",
                              citation: context.sources.citation(for: t.document))
        }
        let values = keys.map { key in topics.map { $0.areas[key] ?? 0 } }
        let data = MatrixData(rows: keys.map { IndicatorNames.area($0, language) }, columns: columns, values: values)
        let chart = MatrixChart.layout(data, labels: ChartLabels(title: words.areasChart), theme: theme,
                                       width: width, measurer: measurer)
        charts.append(("areas", chart))
        blocks.append(figure(chart))
        for key in keys {
            let documents = topics.filter { ($0.areas[key] ?? 0) > 0 }
                .sorted { ($0.areas[key]!, $1.document) > ($1.areas[key]!, $0.document) }
            var pieces = [TextPiece(IndicatorNames.area(key, language), bold: true),
                          TextPiece(" — " + words.mentionedIn + " " + words.sourcesCount(documents.count))]
            pieces += citationPieces(documents.map(\.document), context: context)
            let related = keyFacts(context).filter { fact in
                fact.mentions.contains { m in documents.prefix(3).contains { $0.document == m.document } }
                    && (fact.indicator ?? "").hasPrefix(areaIndicatorPrefix(key))
            }
            if let fact = related.first {
                pieces.append(TextPiece("; " + caption(of: fact) + ": "))
                pieces.append(TextPiece(text.value(fact), bold: true))
            }
            pieces.append(TextPiece("."))
            blocks.append(citedParagraph(pieces, font: smallFont, indent: 8, spaceAfter: 2))
        }
        blocks.append(.space(4))
        return blocks
    }

    /// Indicator keys that belong to an area, so each area line can cite its main figure.
    private func areaIndicatorPrefix(_ area: String) -> String {
        switch area {
        case "water", "ecology": return "water."
        case "trade": return "trade."
        case "construction": return "housing."
        case "machinery": return "share.belarusian.machinery"
        case "education": return "school."
        case "finance": return "investment."
        default: return "\u{0}"
        }
    }
}
