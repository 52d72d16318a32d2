/// Vertical metrics of a font at a size, in points.
public struct FontMetrics: Hashable, Sendable {
    public var ascent: Double
    public var descent: Double
    /// Baseline-to-baseline distance for single-spaced text.
    public var lineHeight: Double
    public init(ascent: Double, descent: Double, lineHeight: Double) {
        self.ascent = ascent; self.descent = descent; self.lineHeight = lineHeight
    }
}

/// One line of a broken paragraph: the text it holds and its natural width.
public struct MeasuredLine: Hashable, Sendable {
    public var text: String
    public var width: Double
    /// Offset of the line's first Unicode scalar in the paragraph (to carry spans across lines).
    public var scalarOffset: Int
    public init(text: String, width: Double, scalarOffset: Int) {
        self.text = text; self.width = width; self.scalarOffset = scalarOffset
    }
}

/// Text measurement as layout sees it. The Pango measurer in BriefingRender gives real
/// metrics; `FixedAdvanceMeasurer` lets layout tests run without fonts or Cairo.
public protocol TextMeasurer {
    /// Width of `text` set on one line.
    func width(of text: String, font: FontSpec) -> Double
    /// Vertical metrics of `font`.
    func metrics(of font: FontSpec) -> FontMetrics
    /// Breaks `text` into lines no wider than `width` (a single word longer than the
    /// width is broken between characters). Line text excludes the breaking spaces.
    func lines(of text: String, font: FontSpec, width: Double) -> [MeasuredLine]
}
