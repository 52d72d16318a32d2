/// A calendar date known to the day, the month or the year.
public struct TimelineDate: Hashable, Sendable, Comparable {
    public enum Precision: String, Hashable, Sendable { case day, month, year }

    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month.map { min(max($0, 1), 12) }
        self.day = self.month == nil ? nil : day.map { min(max($0, 1), TimelineDate.daysIn(year, self.month!)) }
    }

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    /// Start of the period as days since 1970-01-01.
    public var startDay: Double { Double(Self.days(year, month ?? 1, day ?? 1)) }
    /// End (exclusive) of the period as days since 1970-01-01.
    public var endDay: Double {
        switch precision {
        case .day: return startDay + 1
        case .month: return month! == 12 ? Double(Self.days(year + 1, 1, 1)) : Double(Self.days(year, month! + 1, 1))
        case .year: return Double(Self.days(year + 1, 1, 1))
        }
    }

    public static func < (a: TimelineDate, b: TimelineDate) -> Bool {
        (a.startDay, a.endDay) < (b.startDay, b.endDay)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
    static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The (year, month, day) of a day count since 1970-01-01 (H. Hinnant's civil_from_days).
    public static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysIn(_ year: Int, _ month: Int) -> Int {
        (month == 12 ? days(year + 1, 1, 1) : days(year, month + 1, 1)) - days(year, month, 1)
    }
}
