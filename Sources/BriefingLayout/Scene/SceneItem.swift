/// How a shape's outline is drawn.
public struct Stroke: Hashable, Sendable, Codable {
    public var color: Color
    public var width: Double
    /// Dash lengths in points; empty for a solid line.
    public var dash: [Double]
    public init(color: Color, width: Double, dash: [Double] = []) {
        self.color = color; self.width = width; self.dash = dash
    }
}

/// One segment of a path outline.
public enum PathElement: Hashable, Sendable, Codable {
    case move(Point)
    case line(Point)
    case curve(Point, Point, Point)
    case close
}

/// A run of text inside a `TextItem` drawn differently (bold, colour, background highlight).
/// `start`/`end` count Unicode scalars from the start of the item's text.
public struct TextSpan: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int
    public var bold: Bool
    public var color: Color?
    public var background: Color?
    public init(start: Int, end: Int, bold: Bool = false, color: Color? = nil, background: Color? = nil) {
        self.start = start; self.end = end; self.bold = bold; self.color = color; self.background = background
    }
}

/// Horizontal placement of a text line inside its box.
public enum TextAlignment: String, Hashable, Sendable, Codable { case left, center, right, justify }

/// A single line of text. Layout has already broken paragraphs into lines (through a
/// `TextMeasurer`), so the painter never wraps: what the scene says is what is drawn.
public struct TextItem: Hashable, Sendable, Codable {
    /// Top-left corner of the line box; the baseline is at `origin.y + ascent` of the font,
    /// as the `TextMeasurer` reports it.
    public var origin: Point
    public var text: String
    public var font: FontSpec
    public var color: Color
    /// Box width used for `center`, `right` and `justify`; nil means the natural width.
    public var width: Double?
    public var alignment: TextAlignment
    public var spans: [TextSpan]
    public init(origin: Point, text: String, font: FontSpec, color: Color, width: Double? = nil,
                alignment: TextAlignment = .left, spans: [TextSpan] = []) {
        self.origin = origin; self.text = text; self.font = font; self.color = color
        self.width = width; self.alignment = alignment; self.spans = spans
    }
}

/// A rectangle, filled and/or stroked.
public struct RectItem: Hashable, Sendable, Codable {
    public var rect: Rect
    public var fill: Color?
    public var stroke: Stroke?
    public var cornerRadius: Double
    public init(rect: Rect, fill: Color? = nil, stroke: Stroke? = nil, cornerRadius: Double = 0) {
        self.rect = rect; self.fill = fill; self.stroke = stroke; self.cornerRadius = cornerRadius
    }
}

/// An arbitrary outline, filled and/or stroked.
public struct PathItem: Hashable, Sendable, Codable {
    public var elements: [PathElement]
    public var fill: Color?
    public var stroke: Stroke?
    public init(elements: [PathElement], fill: Color? = nil, stroke: Stroke? = nil) {
        self.elements = elements; self.fill = fill; self.stroke = stroke
    }
}

/// Items drawn with a common transform and optional clip (in the group's own coordinates).
public struct GroupItem: Hashable, Sendable, Codable {
    public var transform: Transform
    public var clip: Rect?
    public var items: [SceneItem]
    /// Optional role for snapshots and tagging, e.g. "chart:bar", "tile".
    public var role: String?
    public init(transform: Transform = .identity, clip: Rect? = nil, items: [SceneItem], role: String? = nil) {
        self.transform = transform; self.clip = clip; self.items = items; self.role = role
    }
}

/// One drawable element of a scene. Every renderer (PDF, SVG, PNG) draws the same items.
public indirect enum SceneItem: Hashable, Sendable, Codable {
    case group(GroupItem)
    case rect(RectItem)
    case path(PathItem)
    /// A straight segment.
    case line(from: Point, to: Point, stroke: Stroke)
    case text(TextItem)
    /// A clickable area that jumps to the anchor named `destination` (PDF only).
    case link(rect: Rect, destination: String)
    /// A named jump target at a point (PDF only).
    case anchor(name: String, at: Point)
}
