/// The label column of a row chart: each label wrapped into a shared width, and the
/// height each row needs for it.
struct CategoryColumn {
    var width: Double
    var lines: [[String]]

    /// Sizes the column to the widest label, but never above `maxShare` of `frameWidth`;
    /// labels then wrap into up to `maxLines` lines and end with "…" beyond that.
    init(labels: [String], frameWidth: Double, maxShare: Double = 0.4, maxLines: Int = 3, canvas: ChartCanvas) {
        let font = canvas.theme.labelFont
        let natural = labels.map { canvas.width($0.trimmingSpaces, font) }.max() ?? 0
        let cap = max(frameWidth * maxShare, min(natural, 60))
        width = min(natural, cap).rounded(.up)
        let w = width
        lines = labels.map { TextFitter.fit($0, font: font, width: w, maxLines: maxLines, measurer: canvas.measurer) }
    }

    /// Height of row `i`: its label lines or `minimum`, whichever is more.
    func rowHeight(_ i: Int, minimum: Double, canvas: ChartCanvas) -> Double {
        max(minimum, canvas.blockHeight(lines[i].count, canvas.theme.labelFont))
    }

    /// Vertical centres of the rows stacked from `top` (rows at least `minimum` high,
    /// half a gap apart), and the bottom of the last row.
    func rowCentres(top: Double, minimum: Double, canvas: ChartCanvas) -> (mids: [Double], bottom: Double) {
        var mids: [Double] = []
        var y = top + canvas.theme.gap / 2
        for i in lines.indices {
            let h = rowHeight(i, minimum: minimum, canvas: canvas)
            mids.append(y + h / 2)
            y += h + canvas.theme.gap / 2
        }
        return (mids, y)
    }

    /// Draws row `i`'s label right-aligned to the column and centred on `midY`.
    func draw(_ i: Int, midY: Double, on canvas: inout ChartCanvas) {
        let font = canvas.theme.labelFont
        let height = canvas.blockHeight(lines[i].count, font)
        canvas.lines(lines[i], at: Point(0, midY - height / 2), font: font, color: canvas.theme.textColor,
                     width: width, alignment: .left)
    }
}
