/// Granularity of a date (TIMEX3 "grain").
public enum DatePrecision: String, Hashable, Sendable, Codable { case day, month, year }

/// Part of a period a date points at ("at the end of 2022" → `.end`), TIMEX3 `mod`.
public enum DateModifier: String, Hashable, Sendable, Codable { case start, mid, end }

/// A normalised calendar date or span, TIMEX3 style.
///
/// `value` is `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; spans are `start/end` such as
/// `2010-01/2010-07`.
public struct TimeValue: Hashable, Sendable, Codable, Comparable {
    public var year: Int
    public var month: Int?
    public var day: Int?
    public var modifier: DateModifier?
    /// End of a span ("January–July 2010"), nil for a point.
    public var end: TimeValueBound?

    public init(year: Int, month: Int? = nil, day: Int? = nil, modifier: DateModifier? = nil, end: TimeValueBound? = nil) {
        self.year = year; self.month = month; self.day = day; self.modifier = modifier; self.end = end
    }

    public var precision: DatePrecision { day != nil ? .day : (month != nil ? .month : .year) }

    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `start/end` for a span.
    public var value: String {
        let start = TimeValueBound(year: year, month: month, day: day).value
        if let end { return start + "/" + end.value }
        return start
    }

    public static func < (lhs: TimeValue, rhs: TimeValue) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }
}

/// One end of a date span.
public struct TimeValueBound: Hashable, Sendable, Codable {
    public var year: Int
    public var month: Int?
    public var day: Int?
    public init(year: Int, month: Int? = nil, day: Int? = nil) { self.year = year; self.month = month; self.day = day }

    public var value: String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var s = String(year)
        if let month { s += "-" + two(month) }
        if let month, let day { _ = month; s += "-" + two(day) }
        return s
    }
}
