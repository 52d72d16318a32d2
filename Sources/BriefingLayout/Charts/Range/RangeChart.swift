/// Range bars: each row shows the whole scale as a faint track (0–100 % for percentages),
/// an interval such as 25–30 % as a bar on it, or a single value as a round point, with
/// the value and source marker in an aligned column on the right.
public enum RangeChart {
    public static let role = "chart:range"

    /// Lays the ranges out into `width`.
    /// - Parameters:
    ///   - unit: printed after values; "%" also makes the default domain 0...100.
    ///   - domain: the full scale; by default 0...100 for "%", else a nice scale over the data and zero.
    public static func layout(_ data: [RangeDatum], unit: String? = "%", domain: ClosedRange<Double>? = nil,
                              labels: ChartLabels = ChartLabels(), theme: ChartTheme = .default, width: Double,
                              measurer: any TextMeasurer) -> ChartGraphic {
        guard !data.isEmpty else {
            return ChartCanvas.empty(role: role, labels: labels, theme: theme, width: width, measurer: measurer)
        }
        var canvas = ChartCanvas(theme: theme, measurer: measurer)
        let top = canvas.header(labels, width: width)
        let texts = data.map { valueText($0, unit: unit, locale: theme.locale) }
        let valueColumn = zip(data, texts).map { datum, text in
            canvas.width(text, theme.valueFont) + canvas.citationWidth(datum.citation)
        }.max() ?? 0
        var column = CategoryColumn(labels: data.map(\.label), frameWidth: width, canvas: canvas)
        if width - valueColumn - column.width - theme.gap * 3 < width * 0.3 {
            column = CategoryColumn(labels: data.map(\.label), frameWidth: width, maxShare: 0.25, canvas: canvas)
        }
        let lows = data.map(\.low).filter(\.isFinite), highs = data.map(\.high).filter(\.isFinite)
        var full = domain ?? (unit == "%" ? 0...100 : min(0, lows.min() ?? 0)...max(0, highs.max() ?? 1))
        full = min(full.lowerBound, lows.min() ?? 0)...max(full.upperBound, highs.max() ?? 0)
        let valueX = width - valueColumn
        let axis = ValueAxis(lower: full.lowerBound, upper: full.upperBound, x0: column.width + theme.gap * 1.5,
                             x1: valueX - theme.gap * 1.5, unit: unit, canvas: canvas)

        let (mids, rowsBottom) = column.rowCentres(top: top, minimum: theme.barThickness + theme.gap, canvas: canvas)
        var bottom = axis.draw(on: &canvas, top: top, bottom: rowsBottom, frameWidth: width)
        for (i, datum) in data.enumerated() {
            column.draw(i, midY: mids[i], on: &canvas)
            let track = Rect(x: axis.x(axis.scale.lower), y: mids[i] - 1.5, width: axis.x1 - axis.x0, height: 3)
            canvas.rect(track, fill: theme.gridColor, radius: 1.5)
            drawMark(datum, axis: axis, midY: mids[i], on: &canvas)
            BarChart.drawValue(texts[i], citation: datum.citation, x: valueX, midY: mids[i], on: &canvas)
        }
        let hasPoints = data.contains(where: \.isPoint), hasRanges = data.contains { !$0.isPoint }
        if hasPoints && hasRanges {
            bottom = canvas.legend([
                LegendEntry(label: theme.locale.point) { canvas, box in
                    canvas.add(pointMark(center: Point(box.midX, box.midY), theme: canvas.theme))
                },
                LegendEntry(label: theme.locale.range) { canvas, box in
                    canvas.rect(box.insetBy(dx: 0, dy: 0.5), fill: canvas.theme.accent, radius: 2)
                },
            ], y: bottom, width: width)
        }
        let height = canvas.footer(labels, y: bottom, width: width)
        return canvas.graphic(role: role, width: width, height: height)
    }

    /// "25–30 %" for an interval, "41 %" for a point, in the theme's language.
    public static func valueText(_ datum: RangeDatum, unit: String?, locale: ChartLocale) -> String {
        let text = datum.isPoint ? locale.number(datum.low)
            : locale.number(datum.low) + "–" + locale.number(datum.high)
        return locale.withUnit(text, unit: unit)
    }

    static func drawMark(_ datum: RangeDatum, axis: ValueAxis, midY: Double, on canvas: inout ChartCanvas) {
        let theme = canvas.theme
        if datum.isPoint {
            canvas.add(pointMark(center: Point(axis.x(datum.low), midY), theme: theme))
            return
        }
        let h = theme.barThickness * 0.8
        var left = axis.x(datum.low), right = axis.x(datum.high)
        if right - left < h / 2 { let mid = (left + right) / 2; left = mid - h / 4; right = mid + h / 4 }
        canvas.rect(Rect(x: left, y: midY - h / 2, width: right - left, height: h), fill: theme.accent, radius: 2)
    }

    /// A round point with a white ring, so it reads apart from a (square-ended) interval.
    static func pointMark(center: Point, theme: ChartTheme) -> SceneItem {
        ChartShapes.marker(.circle, center: center, radius: theme.barThickness * 0.42, fill: theme.accent,
                           stroke: Stroke(color: .white, width: 1.2))
    }
}
