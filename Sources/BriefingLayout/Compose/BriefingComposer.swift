import BriefingAnalysis

/// Turns the analysis into the briefing document: title, key figures, indicator charts,
/// timeline, areas of cooperation, digest by source, data notes and sources, flowed into
/// pages. Each section appears only when it has content.
public struct BriefingComposer {
    public let style: Style
    public let measurer: TextMeasurer
    public let language: Language
    /// Written into the PDF's Creator field.
    public var creator: String
    /// One-line reasons for articles left out with `--skip-bad`, listed in the data notes.
    public var skipped: [String]
    /// Gives back the text of a document the analysis let go (`keepsText: false`): the
    /// briefing quotes a few articles and guesses the parties from a sample of them, so a
    /// large corpus need not keep every text. Nil: the documents carry their texts.
    public var articleText: ((Document) -> String)?

    public init(style: Style, measurer: TextMeasurer, language: Language, creator: String, skipped: [String] = []) {
        self.style = style; self.measurer = measurer; self.language = language; self.creator = creator
        self.skipped = skipped
        // Built once: sections ask for them in loops (a citation per figure, per source).
        words = BriefingWords.of(language)
        theme = style.chartTheme(locale: language == .ru ? .russian : .english)
    }

    /// The composed document and every chart in it, by file name, for `--charts`.
    public struct Output {
        public var document: SceneDocument
        public var charts: [(name: String, chart: ChartGraphic)]
    }

    let words: BriefingWords
    let theme: ChartTheme
    var text: FactText { FactText(locale: theme.locale, language: language) }
    var width: Double { style.contentRect.width }
    var bodyFont: FontSpec { FontSpec(family: style.fonts.body, size: style.fonts.bodySize) }
    var smallFont: FontSpec { FontSpec(family: style.fonts.body, size: max(style.fonts.smallSize, style.fonts.bodySize * 0.85)) }

    /// Composes the whole document. `creationDate` is ISO 8601 and never the clock.
    public func compose(_ analysis: Analysis, creationDate: String) -> SceneDocument {
        composeWithCharts(analysis, creationDate: creationDate).document
    }

    public func composeWithCharts(_ analysis: Analysis, creationDate: String) -> Output {
        let context = ComposeContext(analysis: analysis, language: language, articleText: articleText)
        var charts: [(String, ChartGraphic)] = []
        var blocks: [FlowBlock] = []
        blocks += titleBlock(context)
        blocks += keyFiguresSection(context, charts: &charts)
        blocks += indicatorsSection(context, charts: &charts)
        blocks += timelineSection(context, charts: &charts)
        blocks += areasSection(context, charts: &charts)
        blocks += digestSection(context)
        blocks += notesSection(context)
        blocks += sourcesSection(context, citedIn: blocks)
        let frame = PageFrame(title: words.title, header: style.heads.header, footer: style.heads.footer,
                              pageOfPages: words.pageOfPages)
        let (pages, outline) = PageFlow(style: style, measurer: measurer).pages(blocks, frame: frame)
        let metadata = SceneDocument.Metadata(
            title: words.title + (context.parties.isEmpty ? "" : ": " + context.parties.joined(separator: " — ")),
            author: words.author, subject: subtitle(context), keywords: words.keywords + keywordAreas(context),
            creator: creator, creationDate: creationDate)
        return Output(document: SceneDocument(pages: pages, outline: outline, metadata: metadata),
                      charts: charts.map { (name: $0.0, chart: $0.1) })
    }

    // MARK: - Shared pieces

    func heading(_ title: String, anchor: String) -> FlowBlock { .heading(title, level: 1, anchor: anchor) }

    func figure(_ chart: ChartGraphic) -> FlowBlock {
        .figure(items: chart.items, size: Size(chart.size.width, chart.size.height + 8), role: chart.role)
    }

    /// A paragraph whose `[n]` markers link to their source entries.
    func citedParagraph(_ pieces: [TextPiece], font: FontSpec? = nil, color: Color? = nil,
                        alignment: TextAlignment = .left, indent: Double = 0, spaceAfter: Double = 4,
                        anchor: String? = nil) -> FlowBlock {
        var text = ""
        var spans: [TextSpan] = []
        var links: [ParagraphLink] = []
        var offset = 0
        for piece in pieces {
            let length = piece.text.unicodeScalars.count
            if piece.bold || piece.highlight || piece.destination != nil {
                spans.append(TextSpan(start: offset, end: offset + length, bold: piece.bold,
                                      color: piece.destination != nil ? style.colors.accent : nil,
                                      background: piece.highlight ? style.colors.highlight : nil))
            }
            if let destination = piece.destination {
                links.append(ParagraphLink(start: offset, end: offset + length, destination: destination))
            }
            text += piece.text
            offset += length
        }
        return .paragraph(Paragraph(text: text, font: font ?? bodyFont, color: color ?? style.colors.text,
                                    alignment: alignment, spans: spans, links: links, indent: indent,
                                    spaceAfter: spaceAfter, anchor: anchor))
    }

    /// " [2]" or " [2, 4]" as linked pieces.
    func citationPieces(_ documents: [String], context: ComposeContext) -> [TextPiece] {
        let numbers = Array(Set(documents.compactMap { context.sources.number(of: $0) })).sorted()
        guard !numbers.isEmpty else { return [] }
        var pieces = [TextPiece(" [")]
        // Long lists (large corpora) name the first sources and count the rest.
        let limit = 8
        for (i, n) in numbers.prefix(limit).enumerated() {
            if i > 0 { pieces.append(TextPiece(", ")) }
            pieces.append(TextPiece(String(n), destination: context.sources.anchor(forNumber: n)))
        }
        if numbers.count > limit { pieces.append(TextPiece(", " + theme.locale.fill(theme.locale.moreTemplate, numbers.count - limit))) }
        pieces.append(TextPiece("]"))
        return pieces
    }

    func citation(_ fact: Fact, context: ComposeContext) -> Citation? {
        citation(ofMentions: fact.mentions, context: context)
    }

    /// "[1, 3]", or "[1, 3, 4, …]" when a figure has many sources (a chart label must stay short).
    static func marker(_ numbers: [Int]) -> String {
        let shown = numbers.prefix(3).map(String.init).joined(separator: ", ")
        return "[" + shown + (numbers.count > 3 ? ", …]" : "]")
    }

    func subtitle(_ context: ComposeContext) -> String {
        var parts: [String] = []
        if !context.parties.isEmpty { parts.append(context.parties.joined(separator: " — ")) }
        parts.append(words.sourcesCount(context.analysis.documents.count))
        if let newest = context.analysis.documents.compactMap(\.date).max() {
            parts.append(words.newest + ": " + words.date(newest))
        }
        return parts.joined(separator: " · ")
    }

    private func keywordAreas(_ context: ComposeContext) -> String {
        let areas = context.areaKeys.prefix(5).map { IndicatorNames.area($0, language).lowercased() }
        return areas.isEmpty ? "" : ", " + areas.joined(separator: ", ")
    }
}

/// A run of text in a composed paragraph: plain, bold, highlighted or a link.
struct TextPiece {
    var text: String
    var bold = false
    var highlight = false
    var destination: String?
    init(_ text: String, bold: Bool = false, highlight: Bool = false, destination: String? = nil) {
        self.text = text; self.bold = bold; self.highlight = highlight; self.destination = destination
    }
}
