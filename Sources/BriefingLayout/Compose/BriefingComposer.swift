import BriefingAnalysis

/// Turns the analysis into the briefing document: blocks of content flowed into pages.
public struct BriefingComposer {
    public var style: Style
    public var measurer: TextMeasurer
    public var language: Language
    /// Written into the PDF's Creator field.
    public var creator: String

    public init(style: Style, measurer: TextMeasurer, language: Language, creator: String) {
        self.style = style; self.measurer = measurer; self.language = language; self.creator = creator
    }

    var words: BriefingWords { BriefingWords.of(language) }
    var theme: ChartTheme { style.chartTheme(locale: language == .ru ? .russian : .english) }

    /// Composes the whole document. `creationDate` is ISO 8601 and never the clock.
    public func compose(_ analysis: Analysis, creationDate: String) -> SceneDocument {
        let sources = SourceList(analysis.documents)
        var blocks: [FlowBlock] = []
        blocks += titleBlock(analysis, sources: sources)
        blocks += figuresSection(analysis, sources: sources)
        blocks += digestSection(analysis, sources: sources)
        blocks += sourcesSection(analysis, sources: sources)
        let frame = PageFrame(title: words.title, header: style.heads.header, footer: style.heads.footer,
                              pageLabel: words.page)
        let (pages, outline) = PageFlow(style: style, measurer: measurer).pages(blocks, frame: frame)
        let metadata = SceneDocument.Metadata(
            title: words.title, author: words.author, subject: subtitle(analysis),
            keywords: words.keywords, creator: creator, creationDate: creationDate)
        return SceneDocument(pages: pages, outline: outline, metadata: metadata)
    }

    // MARK: - Sections

    func titleBlock(_ analysis: Analysis, sources: SourceList) -> [FlowBlock] {
        var blocks: [FlowBlock] = [.heading(words.title, level: 0, anchor: "top")]
        blocks.append(.paragraph(Paragraph(text: subtitle(analysis), font: bodyFont.with(size: style.fonts.bodySize * 1.15),
                                           color: style.colors.muted, spaceAfter: 4)))
        blocks.append(.rule)
        blocks.append(.space(6))
        return blocks
    }

    func figuresSection(_ analysis: Analysis, sources: SourceList) -> [FlowBlock] {
        let facts = analysis.facts.filter { [.percent, .count].contains($0.kind) && ($0.value ?? $0.low) != nil }
        guard !facts.isEmpty else { return [] }
        var blocks: [FlowBlock] = [.heading(words.figures, level: 1, anchor: "figures")]
        let data = facts.prefix(12).map { fact in
            BarDatum(label: fact.subject.isEmpty ? fact.kind.rawValue : fact.subject,
                     value: fact.value ?? fact.low ?? 0, qualifier: ValueQualifier(fact.qualifier),
                     citation: sources.citation(for: fact.mentions.first?.document))
        }
        let chart = BarChart.layout(Array(data), labels: ChartLabels(title: words.figuresChartTitle),
                                    theme: theme, width: style.contentRect.width, measurer: measurer)
        blocks.append(.figure(items: chart.items, size: chart.size, role: chart.role))
        return blocks
    }

    /// For each article its title and opening lines, in its own language.
    func digestSection(_ analysis: Analysis, sources: SourceList) -> [FlowBlock] {
        guard !analysis.documents.isEmpty else { return [] }
        var blocks: [FlowBlock] = [.heading(words.digest, level: 1, anchor: "digest")]
        for document in analysis.documents {
            let marker = sources.citation(for: document.id)?.marker ?? ""
            blocks.append(.heading(document.title + " " + marker, level: 2, anchor: nil))
            let lead = Self.lead(of: document)
            guard !lead.isEmpty else { continue }
            blocks.append(.paragraph(Paragraph(text: lead, font: bodyFont, color: style.colors.text,
                                               alignment: .justify, spaceAfter: 6)))
        }
        return blocks
    }

    /// The first paragraph after the title, cut to about three hundred characters at a sentence end.
    static func lead(of document: Document) -> String {
        let paragraphs = document.text.split(separator: "\n").map { $0.trimmingSpaces() }
            .filter { $0.count > 60 && $0 != document.title }
        guard let first = paragraphs.first else { return "" }
        if first.count <= 320 { return first }
        var cut = first.prefix(320)
        if let end = cut.lastIndex(of: ".") { cut = cut[...end] } else { cut += "…" }
        return String(cut)
    }

    func sourcesSection(_ analysis: Analysis, sources: SourceList) -> [FlowBlock] {
        var blocks: [FlowBlock] = [.heading(words.sources, level: 1, anchor: "sources")]
        for (number, document) in analysis.documents.enumerated() {
            var parts = ["[\(number + 1)]", document.title]
            if let publisher = document.publisher { parts.append(publisher) }
            if let date = document.date { parts.append(date.value) }
            parts.append(document.language.rawValue)
            parts.append(document.fileName)
            blocks.append(.paragraph(Paragraph(text: parts.joined(separator: " · "), font: bodyFont, color: style.colors.text,
                                               spaceAfter: 3, anchor: SourceList.anchor(document.id))))
        }
        return blocks
    }

    func subtitle(_ analysis: Analysis) -> String {
        let newest = analysis.documents.compactMap(\.date).max()
        var parts = [words.sourcesCount(analysis.documents.count)]
        if let newest { parts.append(words.newest + " " + newest.value) }
        return parts.joined(separator: " · ")
    }

    var bodyFont: FontSpec { FontSpec(family: style.fonts.body, size: style.fonts.bodySize) }
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
