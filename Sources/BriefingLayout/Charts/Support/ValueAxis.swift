/// A horizontal value axis: a nice scale mapped onto `x0...x1`, with as many ticks as fit
/// without their labels touching.
struct ValueAxis {
    var scale: NiceScale
    var x0: Double
    var x1: Double
    var labels: [String]

    /// Picks the densest nice scale over `lower...upper` whose tick labels (formatted with
    /// `unit` on the last one) fit side by side in `x0...x1`.
    init(lower: Double, upper: Double, x0: Double, x1: Double, unit: String?, canvas: ChartCanvas) {
        let font = canvas.theme.tickFont
        let locale = canvas.theme.locale
        var intervals = max(1, min(8, Int((x1 - x0) / 36)))
        while true {
            let scale = NiceScale(lower: lower, upper: upper, maxIntervals: intervals)
            let ticks = scale.ticks
            let labels = ticks.enumerated().map { i, v in
                let n = locale.number(v, decimals: scale.decimals)
                return i == ticks.count - 1 ? locale.withUnit(n, unit: unit) : n
            }
            let widest = labels.map { canvas.width($0, font) }.max() ?? 0
            let spacing = (x1 - x0) / Double(max(1, ticks.count - 1))
            if widest + 6 <= spacing || intervals == 1 {
                self.scale = scale; self.x0 = x0; self.x1 = x1; self.labels = labels
                return
            }
            intervals -= 1
        }
    }

    /// The x of `value`.
    func x(_ value: Double) -> Double { x0 + scale.fraction(value) * (x1 - x0) }

    /// Vertical grid lines from `top` to `bottom` (the zero line darker) and tick labels
    /// under `bottom`, kept inside `0...frameWidth`; returns the bottom of the labels.
    func draw(on canvas: inout ChartCanvas, top: Double, bottom: Double, frameWidth: Double) -> Double {
        let theme = canvas.theme
        let font = theme.tickFont
        for (value, label) in zip(scale.ticks, labels) {
            let x = self.x(value)
            let isZero = abs(value) < 1e-12
            canvas.line(Point(x, top), Point(x, bottom), isZero ? theme.axisColor : theme.gridColor,
                        width: isZero ? 0.9 : 0.6)
            let w = canvas.width(label, font)
            let left = min(max(x - w / 2, 0), frameWidth - w)
            canvas.text(label, at: Point(left, bottom + 3), font: font, color: theme.mutedColor)
        }
        return bottom + 3 + canvas.textHeight(font)
    }
}
