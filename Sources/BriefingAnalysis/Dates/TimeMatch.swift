/// A date or period recognised over tokens `first...last`, possibly still without its year.
struct TimeMatch {
    var first: Int
    var last: Int
    var year: Int?
    var month: Int?
    var day: Int?
    var modifier: DateModifier?
    /// Span end, when the expression is a period ("January–July 2010").
    var endYear: Int?
    var endMonth: Int?
    var endDay: Int?
    var isSpan = false
    /// The year was written (not taken from context).
    var explicitYear: Bool

    mutating func resolve(year: Int) {
        if self.year == nil { self.year = year }
        if isSpan, endYear == nil { endYear = self.year }
    }

    func expression(in sentence: Sentence, scan: TokenScan) -> TimeExpression? {
        guard let year else { return nil }
        var end: TimeValueBound? = nil
        if isSpan { end = TimeValueBound(year: endYear ?? year, month: endMonth, day: endDay) }
        let value = TimeValue(year: year, month: month, day: day, modifier: modifier, end: end)
        let start = scan.tokens[first].start
        let stop = scan.tokens[last].end
        return TimeExpression(sentence: sentence, quote: scan.text(start, stop), offset: start, value: value)
    }
}
