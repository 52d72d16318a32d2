/// An event's label block: the date (with the source marker after it) over the label
/// wrapped into `maxLines` lines.
struct TimelineLabel {
    var date: String
    var lines: [String]
    var citation: Citation?
    var width: Double
    var height: Double

    init(_ event: TimelineEvent, maxWidth: Double, maxLines: Int = 2, canvas: ChartCanvas) {
        let theme = canvas.theme
        let d = event.date
        let dateText = theme.locale.date(year: d.year, month: d.month, day: d.day)
        date = event.planned ? dateText + " · " + theme.locale.planned : dateText
        date = TextFitter.truncate(date, font: theme.tickFont, width: maxWidth - canvas.citationWidth(event.citation),
                                   measurer: canvas.measurer)
        citation = event.citation
        lines = TextFitter.fit(event.label, font: theme.labelFont, width: maxWidth, maxLines: maxLines, measurer: canvas.measurer)
        let dateWidth = canvas.width(date, theme.tickFont) + canvas.citationWidth(citation)
        width = max(dateWidth, lines.map { canvas.width($0, theme.labelFont) }.max() ?? 0)
        height = canvas.textHeight(theme.tickFont) + 1.5 + canvas.blockHeight(lines.count, theme.labelFont)
    }

    func draw(at origin: Point, on canvas: inout ChartCanvas) {
        let theme = canvas.theme
        let box = canvas.text(date, at: origin, font: theme.tickFont, color: theme.mutedColor)
        if let citation {
            canvas.citation(citation, x: box.maxX + canvas.markerGap, baseline: origin.y + canvas.ascent(theme.tickFont))
        }
        canvas.lines(lines, at: Point(origin.x, box.maxY + 1.5), font: theme.labelFont, color: theme.textColor)
    }
}
