/// Collects the items of one chart and places text by measuring it. Every chart builds
/// through a canvas, so text boxes, markers and links are made the same way everywhere.
struct ChartCanvas {
    let theme: ChartTheme
    let measurer: any TextMeasurer
    private(set) var items: [SceneItem] = []

    init(theme: ChartTheme, measurer: any TextMeasurer) {
        self.theme = theme; self.measurer = measurer
    }

    // MARK: Measuring

    func width(_ text: String, _ font: FontSpec) -> Double { measurer.width(of: text, font: font) }
    /// Height of one line's ink box (ascent + descent).
    func textHeight(_ font: FontSpec) -> Double { let m = measurer.metrics(of: font); return m.ascent + m.descent }
    /// Baseline-to-baseline distance for stacked lines.
    func lineHeight(_ font: FontSpec) -> Double {
        let m = measurer.metrics(of: font)
        return max(m.lineHeight, m.ascent + m.descent)
    }
    func ascent(_ font: FontSpec) -> Double { measurer.metrics(of: font).ascent }

    // MARK: Drawing

    mutating func add(_ item: SceneItem) { items.append(item) }
    mutating func add(_ more: [SceneItem]) { items += more }

    mutating func rect(_ rect: Rect, fill: Color?, stroke: Stroke? = nil, radius: Double = 0) {
        items.append(.rect(RectItem(rect: rect, fill: fill, stroke: stroke, cornerRadius: radius)))
    }

    mutating func line(_ from: Point, _ to: Point, _ color: Color, width: Double = 0.75, dash: [Double] = []) {
        items.append(.line(from: from, to: to, stroke: Stroke(color: color, width: width, dash: dash)))
    }

    /// One line of text with its top-left at `origin`; returns its ink box.
    @discardableResult
    mutating func text(_ text: String, at origin: Point, font: FontSpec, color: Color) -> Rect {
        items.append(.text(TextItem(origin: origin, text: text, font: font, color: color)))
        return Rect(x: origin.x, y: origin.y, width: width(text, font), height: textHeight(font))
    }

    /// Stacked lines, each placed left, centred or right inside `width` from `origin.x`;
    /// returns the height used.
    @discardableResult
    mutating func lines(_ lines: [String], at origin: Point, font: FontSpec, color: Color,
                        width boxWidth: Double = 0, alignment: TextAlignment = .left) -> Double {
        let step = lineHeight(font)
        for (i, line) in lines.enumerated() {
            let w = width(line, font)
            let x: Double
            switch alignment {
            case .center: x = origin.x + (boxWidth - w) / 2
            case .right: x = origin.x + boxWidth - w
            default: x = origin.x
            }
            text(line, at: Point(x, origin.y + Double(i) * step), font: font, color: color)
        }
        return blockHeight(lines.count, font)
    }

    /// Height of `count` stacked lines: full steps between them, an ink box for the last.
    func blockHeight(_ count: Int, _ font: FontSpec) -> Double {
        count == 0 ? 0 : Double(count - 1) * lineHeight(font) + textHeight(font)
    }

    /// A source marker whose baseline sits on `baseline`, starting at `x`, with a link over
    /// it when the citation has a destination; returns its box.
    @discardableResult
    mutating func citation(_ citation: Citation, x: Double, baseline: Double) -> Rect {
        let font = theme.markerFont
        let box = text(citation.marker, at: Point(x, baseline - ascent(font)), font: font, color: theme.markerColor)
        if let destination = citation.destination { items.append(.link(rect: box, destination: destination)) }
        return box
    }

    /// Width a citation marker takes after a gap, or 0 without one.
    func citationWidth(_ citation: Citation?) -> Double {
        guard let citation else { return 0 }
        return markerGap + width(citation.marker, theme.markerFont)
    }

    /// Space between a value and its source marker.
    var markerGap: Double { 2 }

    // MARK: Result

    func graphic(role: String, width: Double, height: Double) -> ChartGraphic {
        ChartGraphic(size: Size(width, height), role: role, items: items)
    }
}
