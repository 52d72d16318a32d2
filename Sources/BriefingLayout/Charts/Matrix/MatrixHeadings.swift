/// Column headings of a matrix: each label wrapped into its cell width (two lines at most,
/// then "…"), centred, with its source marker underneath (or the label itself linked when
/// it is the marker).
struct MatrixHeadings {
    var columns: [MatrixData.Column]
    var lines: [[String]]
    var cellWidth: Double
    var height: Double

    init(_ columns: [MatrixData.Column], cellWidth: Double, canvas: ChartCanvas) {
        let font = canvas.theme.tickFont
        self.columns = columns
        self.cellWidth = cellWidth
        lines = columns.map {
            $0.label == $0.citation?.marker ? []
                : TextFitter.fit($0.label, font: font, width: cellWidth - 2, maxLines: 2, measurer: canvas.measurer)
        }
        let textHeight = canvas.blockHeight(lines.map(\.count).max() ?? 0, font)
        let markerHeight = columns.contains { $0.citation != nil } ? canvas.textHeight(canvas.theme.markerFont) + 1 : 0
        height = textHeight + markerHeight
    }

    /// Draws the headings from `x` along the top at `y`, aligned to the bottom.
    func draw(x: Double, y: Double, on canvas: inout ChartCanvas) {
        let theme = canvas.theme
        for (c, column) in columns.enumerated() {
            let left = x + Double(c) * cellWidth
            let markerHeight = column.citation == nil ? 0 : canvas.textHeight(theme.markerFont)
            let blockTop = y + height - markerHeight - canvas.blockHeight(lines[c].count, theme.tickFont)
                - (column.citation == nil || lines[c].isEmpty ? 0 : 1)
            canvas.lines(lines[c], at: Point(left + 1, blockTop), font: theme.tickFont, color: theme.mutedColor,
                         width: cellWidth - 2, alignment: .center)
            guard var citation = column.citation else { continue }
            citation.marker = TextFitter.truncate(citation.marker, font: theme.markerFont, width: cellWidth - 2,
                                                  measurer: canvas.measurer)
            let w = canvas.width(citation.marker, theme.markerFont)
            canvas.citation(citation, x: left + (cellWidth - w) / 2, baseline: y + height - markerHeight
                                + canvas.ascent(theme.markerFont))
        }
    }
}
