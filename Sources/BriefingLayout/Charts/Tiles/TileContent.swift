/// One tile's text fitted to the tile width: the number at the largest size that fits
/// (down to 60 % of the theme's size, then cut with "…"), the caption in up to three
/// lines, the period on one line before the source marker.
struct TileContent {
    static let padding = 8.0
    static let ruleWidth = 2.0

    var figure: KeyFigure
    var valueFont: FontSpec
    var value: String
    var caption: [String]
    var period: String?
    var height: Double

    init(_ figure: KeyFigure, width: Double, canvas: ChartCanvas) {
        let theme = canvas.theme
        let inner = width - 2 * Self.padding
        self.figure = figure
        var font = theme.figureFont
        let smallest = (theme.figureFont.size * 0.6).rounded()
        while font.size > smallest, canvas.width(figure.value, font) > inner { font = font.with(size: font.size - 1) }
        valueFont = font
        value = TextFitter.truncate(figure.value, font: font, width: inner, measurer: canvas.measurer)
        caption = TextFitter.fit(figure.caption, font: theme.labelFont, width: inner, maxLines: 3, measurer: canvas.measurer)
        let markerRoom = canvas.citationWidth(figure.citation)
        period = figure.period.map {
            TextFitter.truncate($0, font: theme.noteFont, width: inner - markerRoom, measurer: canvas.measurer)
        }
        var h = Self.ruleWidth + Self.padding + canvas.textHeight(valueFont)
        if !caption.isEmpty { h += 3 + canvas.blockHeight(caption.count, theme.labelFont) }
        if period != nil || figure.citation != nil { h += 4 + canvas.textHeight(theme.noteFont) }
        height = h + Self.padding
    }

    func draw(in box: Rect, on canvas: inout ChartCanvas) {
        let theme = canvas.theme
        let x = box.minX + Self.padding
        canvas.rect(box, fill: theme.panelColor)
        canvas.rect(Rect(x: box.minX, y: box.minY, width: box.width, height: Self.ruleWidth), fill: theme.accent)
        var y = box.minY + Self.ruleWidth + Self.padding
        canvas.text(value, at: Point(x, y), font: valueFont, color: theme.accent)
        y += canvas.textHeight(valueFont) + 3
        canvas.lines(caption, at: Point(x, y), font: theme.labelFont, color: theme.textColor)
        guard period != nil || figure.citation != nil else { return }
        let font = theme.noteFont
        let top = box.maxY - Self.padding - canvas.textHeight(font)
        var end = x - canvas.markerGap
        if let period { end = canvas.text(period, at: Point(x, top), font: font, color: theme.mutedColor).maxX }
        if let citation = figure.citation {
            canvas.citation(citation, x: end + canvas.markerGap, baseline: top + canvas.ascent(font))
        }
    }
}
