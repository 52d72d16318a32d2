/// A piece of the briefing's running content, before it is cut into pages.
public enum FlowBlock: Hashable, Sendable {
    /// A section heading; `anchor` becomes a PDF destination and an outline entry.
    case heading(String, level: Int, anchor: String?)
    /// A paragraph, broken into lines by the measurer; may be split across pages.
    case paragraph(Paragraph)
    /// A drawing (chart, tiles, table) that is never split. Its items use its own
    /// coordinates with the origin at the top-left; `size` is the space it needs.
    case figure(items: [SceneItem], size: Size, role: String)
    /// Vertical space in points, dropped at the top of a page.
    case space(Double)
    /// A thin horizontal line across the text width.
    case rule
}

/// Text with optional highlighted spans and link targets, set in one font.
public struct Paragraph: Hashable, Sendable {
    public var text: String
    public var font: FontSpec
    public var color: Color
    public var alignment: TextAlignment
    /// Spans in Unicode scalar offsets of `text`.
    public var spans: [TextSpan]
    /// Links over scalar ranges of `text` (citation markers) to named destinations.
    public var links: [ParagraphLink]
    /// Left indent in points.
    public var indent: Double
    /// Space after the paragraph, in points.
    public var spaceAfter: Double
    /// Named destination at the paragraph's first line (for source-list entries).
    public var anchor: String?

    public init(text: String, font: FontSpec, color: Color, alignment: TextAlignment = .left,
                spans: [TextSpan] = [], links: [ParagraphLink] = [], indent: Double = 0,
                spaceAfter: Double = 0, anchor: String? = nil) {
        self.text = text; self.font = font; self.color = color; self.alignment = alignment
        self.spans = spans; self.links = links; self.indent = indent; self.spaceAfter = spaceAfter; self.anchor = anchor
    }
}

/// A clickable range of a paragraph.
public struct ParagraphLink: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var destination: String
    public init(start: Int, end: Int, destination: String) {
        self.start = start; self.end = end; self.destination = destination
    }
}
