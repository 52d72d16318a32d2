/// Horizontal bar chart: one row per datum, its label on the left (wrapped, never
/// rotated), the bar, then its value and source marker. Open-ended values ("more than
/// 100") get a hatched tail and an arrow and read "100+"; ceilings ("up to 100") are
/// hatched outlines; "about" values read "≈120".
public enum BarChart {
    public static let role = "chart:bar"

    /// Lays the bars out into `width` points; the height follows from the rows.
    /// - Parameter unit: printed after values and on the last tick, e.g. "%" or "t".
    public static func layout(_ data: [BarDatum], unit: String? = nil, labels: ChartLabels = ChartLabels(),
                              theme: ChartTheme = .default, width: Double,
                              measurer: any TextMeasurer) -> ChartGraphic {
        guard !data.isEmpty else {
            return ChartCanvas.empty(role: role, labels: labels, theme: theme, width: width, measurer: measurer)
        }
        var canvas = ChartCanvas(theme: theme, measurer: measurer)
        let top = canvas.header(labels, width: width)
        let texts = data.map { valueText($0, unit: unit, locale: theme.locale) }
        let reserve = zip(data, texts).map { datum, text in
            BarShape(datum.qualifier).endAllowance + labelGap + canvas.width(text, theme.valueFont)
                + canvas.citationWidth(datum.citation)
        }.max() ?? 0

        var column = CategoryColumn(labels: data.map(\.label), frameWidth: width, canvas: canvas)
        if width - reserve - column.width - theme.gap * 1.5 < width * 0.3 {
            column = CategoryColumn(labels: data.map(\.label), frameWidth: width, maxShare: 0.25, canvas: canvas)
        }
        let values = data.map { $0.value.isFinite ? $0.value : 0 }
        let upper = zip(data, values).map { $0.qualifier.isOpenEnded ? $1 * 1.12 : $1 }.max() ?? 0
        let axis = ValueAxis(lower: min(0, values.min() ?? 0), upper: max(0, upper),
                             x0: column.width + theme.gap * 1.5, x1: width - reserve, unit: unit, canvas: canvas)

        // Rows first, so the grid can be drawn underneath the bars.
        let (mids, rowsBottom) = column.rowCentres(top: top, minimum: theme.barThickness + theme.gap, canvas: canvas)
        var bottom = axis.draw(on: &canvas, top: top, bottom: rowsBottom, frameWidth: width)
        for i in data.indices {
            column.draw(i, midY: mids[i], on: &canvas)
            let end = BarShape(data[i].qualifier).draw(from: axis.x(0), to: axis.x(values[i]), midY: mids[i],
                                                        limit: axis.x1, on: &canvas)
            drawValue(texts[i], citation: data[i].citation, x: end + labelGap, midY: mids[i], on: &canvas)
        }
        bottom = canvas.legend(legendEntries(for: data, theme: theme), y: bottom, width: width)
        let height = canvas.footer(labels, y: bottom, width: width)
        return canvas.graphic(role: role, width: width, height: height)
    }

    /// "≈120 %", "100+", "≤5 t" in the theme's language.
    public static func valueText(_ datum: BarDatum, unit: String?, locale: ChartLocale) -> String {
        locale.withUnit(datum.qualifier.decorate(locale.number(datum.value)), unit: unit)
    }

    static let labelGap = 4.0

    static func drawValue(_ text: String, citation: Citation?, x: Double, midY: Double, on canvas: inout ChartCanvas) {
        let font = canvas.theme.valueFont
        let box = canvas.text(text, at: Point(x, midY - canvas.textHeight(font) / 2), font: font,
                              color: canvas.theme.textColor)
        if let citation {
            canvas.citation(citation, x: box.maxX + canvas.markerGap, baseline: box.minY + canvas.ascent(font))
        }
    }

    static func legendEntries(for data: [BarDatum], theme: ChartTheme) -> [LegendEntry] {
        var entries: [LegendEntry] = []
        if data.contains(where: { $0.qualifier.isOpenEnded }) {
            entries.append(LegendEntry(label: theme.locale.openEnded) { canvas, box in
                _ = BarShape(.moreThan).draw(from: box.minX, to: box.minX + 3, midY: box.midY, limit: box.maxX - 4,
                                             thickness: box.height, on: &canvas)
            })
        }
        if data.contains(where: { $0.qualifier.isUpperBound }) {
            entries.append(LegendEntry(label: theme.locale.upperBound) { canvas, box in
                _ = BarShape(.upTo).draw(from: box.minX, to: box.maxX, midY: box.midY, limit: box.maxX,
                                         thickness: box.height, on: &canvas)
            })
        }
        return entries
    }
}
