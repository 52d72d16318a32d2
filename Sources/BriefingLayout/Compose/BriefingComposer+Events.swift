import BriefingAnalysis

// MARK: - Timeline and areas of cooperation

extension BriefingComposer {
    func timelineSection(_ context: ComposeContext, charts: inout [(String, ChartGraphic)]) -> [FlowBlock] {
        let events = context.analysis.events.sorted { ($0.date, $0.title) < ($1.date, $1.title) }
        guard !events.isEmpty else { return [] }
        let items = events.count > Self.timelineDetailLimit ? aggregated(events, context: context) : events.map { event in
            TimelineEvent(date: TimelineDate(year: event.date.year, month: event.date.month, day: event.date.day),
                          label: event.title + (event.place.map { ", " + $0 } ?? ""),
                          planned: event.planned, kind: words.eventKinds[event.kind] ?? event.kind.rawValue,
                          citation: citation(ofMentions: event.mentions, context: context))
        }
        let chart = TimelineChart.layout(items, labels: ChartLabels(title: words.timelineChart),
                                         theme: theme, width: width, maxLanes: 6, measurer: measurer)
        charts.append(("timeline", chart))
        var blocks: [FlowBlock] = [heading(words.timeline, anchor: "timeline"), figure(chart)]
        // The list under the chart: every planned event and the most recent held ones.
        let listed = events.count <= Self.eventListLimit ? events
            : events.filter(\.planned).suffix(Self.eventListLimit / 2) + events.filter { !$0.planned }.suffix(Self.eventListLimit / 2)
        for event in listed.sorted(by: { ($0.date, $0.title) < ($1.date, $1.title) }) {
            var pieces = [TextPiece(words.date(event.date), bold: true), TextPiece(" — " + event.title)]
            if let place = event.place { pieces.append(TextPiece(", " + place)) }
            if event.planned { pieces.append(TextPiece(" (" + words.planned + ")")) }
            if !event.participants.isEmpty {
                // A few names; an event merged from many reports would list every spelling.
                var names = event.participants.prefix(3).joined(separator: "; ")
                if event.participants.count > 3 { names += "; " + theme.locale.fill(theme.locale.moreTemplate, event.participants.count - 3) }
                pieces.append(TextPiece(". " + names))
            }
            pieces += citationPieces(event.mentions.map(\.document), context: context)
            blocks.append(citedParagraph(pieces, font: smallFont, indent: 8, spaceAfter: 2))
        }
        if listed.count < events.count {
            blocks.append(citedParagraph([TextPiece(theme.locale.fill(theme.locale.moreTemplate, events.count - listed.count) + " (facts.json)")],
                                         font: smallFont, indent: 8))
        }
        blocks.append(.space(4))
        return blocks
    }

    static let timelineDetailLimit = 24
    static let eventListLimit = 40

    /// Crowded timelines: one mark per month (or per year when months are still too many),
    /// labelled with how many events of which kinds it holds.
    func aggregated(_ events: [Event], context: ComposeContext) -> [TimelineEvent] {
        let byMonth = Dictionary(grouping: events) { TimelineDate(year: $0.date.year, month: $0.date.month) }
        let groups = byMonth.count > Self.timelineDetailLimit
            ? Dictionary(grouping: events) { TimelineDate(year: $0.date.year) } : byMonth
        return groups.keys.sorted().map { date in
            let members = groups[date]!
            var counts: [String: Int] = [:]
            for e in members { counts[words.eventKinds[e.kind] ?? e.kind.rawValue, default: 0] += 1 }
            let label = counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }.map { "\($0) ×\(counts[$0]!)" }.joined(separator: ", ")
            let dominant = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            return TimelineEvent(date: date, label: label, planned: members.allSatisfy(\.planned), kind: dominant,
                                 citation: citation(ofMentions: members.flatMap(\.mentions), context: context))
        }
    }

    func citation(ofMentions mentions: [Mention], context: ComposeContext) -> Citation? {
        let numbers = Set(mentions.compactMap { context.sources.number(of: $0.document) }).sorted()
        guard let first = numbers.first else { return nil }
        return Citation(marker: Self.marker(numbers),
                        destination: context.sources.anchor(forNumber: first))
    }

    func areasSection(_ context: ComposeContext, charts: inout [(String, ChartGraphic)]) -> [FlowBlock] {
        let keys = Array(context.areaKeys.prefix(10))
        guard !keys.isEmpty else { return [] }
        let topics = context.analysis.topics
        var blocks: [FlowBlock] = [heading(words.areas, anchor: "areas")]
        let (columns, values) = topics.count > Self.matrixColumnLimit
            ? yearColumns(keys, topics: topics, context: context)
            : (topics.map { t in
                MatrixData.Column(label: "[\(context.sources.number(of: t.document) ?? 0)]",
                                  citation: context.sources.citation(for: t.document))
              }, keys.map { key in topics.map { $0.weight(of: key) ?? 0 } })
        let data = MatrixData(rows: keys.map { IndicatorNames.area($0, language) }, columns: columns, values: values)
        let chart = MatrixChart.layout(data, labels: ChartLabels(title: words.areasChart), theme: theme,
                                       width: width, measurer: measurer)
        charts.append(("areas", chart))
        blocks.append(figure(chart))
        let keyFigures = keyFacts(context)
        for key in keys {
            let documents = topics.filter { ($0.weight(of: key) ?? 0) > 0 }
                .sorted { ($0.weight(of: key)!, $1.document) > ($1.weight(of: key)!, $0.document) }
            var pieces = [TextPiece(IndicatorNames.area(key, language), bold: true),
                          TextPiece(" — " + words.mentionedIn(documents.count))]
            pieces += citationPieces(documents.map(\.document), context: context)
            let related = keyFigures.filter { fact in
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

    static let matrixColumnLimit = 16

    /// With many sources the matrix shows years instead: the mean weight of each area over
    /// the sources of that year (undated sources under "–").
    func yearColumns(_ keys: [String], topics: [DocumentTopics], context: ComposeContext) -> ([MatrixData.Column], [[Double]]) {
        let year: (DocumentTopics) -> Int = { context.documentsByID[$0.document]?.date?.year ?? 0 }
        let years = Array(Set(topics.map(year))).sorted()
        let columns = years.map { MatrixData.Column(label: $0 == 0 ? "–" : String($0)) }
        let values = keys.map { key in
            years.map { y in
                let members = topics.filter { year($0) == y }
                return members.map { $0.weight(of: key) ?? 0 }.reduce(0, +) / Double(max(1, members.count))
            }
        }
        return (columns, values)
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
