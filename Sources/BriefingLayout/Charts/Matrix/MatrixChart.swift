/// Matrix / heat map: rows (areas of cooperation) × columns (documents or years). Each
/// cell is shaded by its strength and carries a dot whose area grows with it, so the
/// reading survives greyscale print; a small legend runs from weaker to stronger.
/// Column headings wrap into their cell width and link to their sources.
public enum MatrixChart {
    public static let role = "chart:matrix"

    /// Lays the matrix out into `width`; cells are at most `maxCell` points wide.
    public static func layout(_ data: MatrixData, labels: ChartLabels = ChartLabels(), theme: ChartTheme = .default,
                              width: Double, maxCell: Double = 44, measurer: any TextMeasurer) -> ChartGraphic {
        guard !data.isEmpty else {
            return ChartCanvas.empty(role: role, labels: labels, theme: theme, width: width, measurer: measurer)
        }
        var canvas = ChartCanvas(theme: theme, measurer: measurer)
        let top = canvas.header(labels, width: width)
        let count = Double(data.columns.count)
        var column = CategoryColumn(labels: data.rows, frameWidth: width, maxShare: 0.4, canvas: canvas)
        let minCell = 16.0
        if width - column.width - theme.gap - count * minCell < 0 {
            column = CategoryColumn(labels: data.rows, frameWidth: width,
                                    maxShare: max(0.15, (width - theme.gap - count * minCell) / width), canvas: canvas)
        }
        let gridX = column.width + theme.gap
        let cellWidth = max(8, min(maxCell, (width - gridX) / count))
        let cellHeight = min(cellWidth, 22)
        let headings = MatrixHeadings(data.columns, cellWidth: cellWidth, canvas: canvas)
        headings.draw(x: gridX, y: top, on: &canvas)

        var y = top + headings.height + 4
        for (r, _) in data.rows.enumerated() {
            let rowHeight = max(cellHeight, canvas.blockHeight(column.lines[r].count, theme.labelFont) + 4)
            column.draw(r, midY: y + rowHeight / 2, on: &canvas)
            for c in data.columns.indices {
                let cell = Rect(x: gridX + Double(c) * cellWidth, y: y, width: cellWidth, height: rowHeight)
                drawCell(cell.insetBy(dx: 1, dy: 1), value: data.value(row: r, column: c), on: &canvas)
            }
            y += rowHeight
        }
        let bottom = drawLegend(y: y + theme.gap, on: &canvas)
        let height = canvas.footer(labels, y: bottom, width: width)
        return canvas.graphic(role: role, width: width, height: height)
    }

    /// A cell: a tint that deepens with `value` and a dot with area proportional to it.
    static func drawCell(_ cell: Rect, value: Double, on canvas: inout ChartCanvas) {
        let theme = canvas.theme
        canvas.rect(cell, fill: value > 0 ? theme.accent.withAlpha(0.06 + 0.2 * value) : theme.panelColor)
        guard value > 0 else { return }
        canvas.add(dot(value, center: Point(cell.midX, cell.midY), maxRadius: min(cell.width, cell.height) / 2 - 2,
                       theme: theme))
    }

    static func dot(_ value: Double, center: Point, maxRadius: Double, theme: ChartTheme) -> SceneItem {
        ChartShapes.marker(.circle, center: center, radius: max(1, maxRadius * value.squareRoot()), fill: theme.accent)
    }

    /// "weaker ● ● ● stronger"; returns the bottom.
    static func drawLegend(y: Double, on canvas: inout ChartCanvas) -> Double {
        let theme = canvas.theme
        let font = theme.noteFont
        let height = max(canvas.textHeight(font), 10)
        var x = canvas.text(theme.locale.weaker, at: Point(0, y + (height - canvas.textHeight(font)) / 2), font: font,
                            color: theme.mutedColor).maxX + 4
        for value in [0.25, 0.5, 1] {
            canvas.add(dot(value, center: Point(x + 5, y + height / 2), maxRadius: 5, theme: theme))
            x += 12
        }
        canvas.text(theme.locale.stronger, at: Point(x + 2, y + (height - canvas.textHeight(font)) / 2), font: font,
                    color: theme.mutedColor)
        return y + height
    }
}
