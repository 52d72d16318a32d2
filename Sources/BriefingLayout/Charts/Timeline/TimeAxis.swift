/// The time axis of a timeline: days mapped onto `x0...x1`, ticks on month or year
/// boundaries at the finest step (1, 2, 3, 6 months; 1, 2, 5, 10… years) whose labels fit.
struct TimeAxis {
    struct Tick { var day: Double; var label: String }

    var startDay: Double
    var endDay: Double
    var x0: Double
    var x1: Double
    var ticks: [Tick] = []

    /// Pads the domain a little (and to at least two months) so marks do not sit on the ends.
    init(events: [TimelineEvent], x0: Double, x1: Double, canvas: ChartCanvas) {
        var start = events.map(\.date.startDay).min() ?? 0
        var end = events.map(\.date.endDay).max() ?? 1
        if end - start < 60 { let mid = (start + end) / 2; start = mid - 30; end = mid + 30 }
        let pad = (end - start) * 0.04
        startDay = start - pad; endDay = end + pad; self.x0 = x0; self.x1 = x1
        let font = canvas.theme.tickFont
        for step in [1, 2, 3, 6, 12, 24, 60, 120, 240, 600] {
            let candidate = makeTicks(monthStep: step, locale: canvas.theme.locale)
            let widest = candidate.map { canvas.width($0.label, font) }.max() ?? 0
            let spacing = candidate.count > 1 ? x(candidate[1].day) - x(candidate[0].day) : x1 - x0
            ticks = candidate
            if widest + 10 <= spacing { break }
        }
    }

    func x(_ day: Double) -> Double { x0 + (day - startDay) / (endDay - startDay) * (x1 - x0) }

    /// Month boundaries inside the domain whose month index is a multiple of `monthStep`;
    /// labelled by month (with the year on the first tick and on January) or by year.
    private func makeTicks(monthStep: Int, locale: ChartLocale) -> [Tick] {
        let first = TimelineDate.civil(Int(startDay.rounded(.up)))
        var index = first.year * 12 + (first.month - 1) + (first.day > 1 ? 1 : 0)
        index = (index + monthStep - 1) / monthStep * monthStep
        var ticks: [Tick] = []
        while true {
            let year = index / 12, month = index % 12 + 1
            let day = Double(TimelineDate.days(year, month, 1))
            if day > endDay { break }
            let label: String
            if monthStep >= 12 { label = String(year) } else if ticks.isEmpty || month == 1 {
                label = locale.date(year: year, month: month, day: nil)
            } else { label = locale.months[month - 1] }
            ticks.append(Tick(day: day, label: label))
            index += monthStep
        }
        return ticks
    }

    /// The axis line at `y`, tick marks and labels below it (kept inside `0...frameWidth`);
    /// returns the bottom of the labels.
    func draw(on canvas: inout ChartCanvas, y: Double, frameWidth: Double) -> Double {
        let theme = canvas.theme
        canvas.line(Point(x0, y), Point(x1, y), theme.axisColor, width: 0.8)
        let font = theme.tickFont
        var lastRight = -Double.infinity
        for tick in ticks {
            let x = self.x(tick.day)
            canvas.line(Point(x, y), Point(x, y + 3), theme.axisColor, width: 0.8)
            let w = canvas.width(tick.label, font)
            let left = min(max(x - w / 2, 0), frameWidth - w)
            guard left >= lastRight + 4 else { continue }  // a clamped end label never overlaps
            canvas.text(tick.label, at: Point(left, y + 5), font: font, color: theme.mutedColor)
            lastRight = left + w
        }
        return y + 5 + canvas.textHeight(font)
    }
}
