// MARK: - Number formatting (deterministic, no system locale)

extension ChartLocale {
    /// `value` with at most `decimals` fraction digits (trailing zeros dropped), this
    /// locale's separators, a true minus sign, and grouping from 10 000 up.
    public func number(_ value: Double, decimals: Int = 2) -> String {
        let places = max(0, min(decimals, 6))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled.isFinite, scaled < 1e15 else { return value.isFinite ? String(Int(value)) : "–" }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        var fraction = String(units % Int64(scale))
        if places > 0 { fraction = String(repeating: "0", count: places - fraction.count) + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        var digits = String(whole)
        if whole >= 10_000 {
            var grouped = ""
            for (i, c) in digits.reversed().enumerated() {
                if i > 0, i % 3 == 0 { grouped = groupingSeparator + grouped }
                grouped = String(c) + grouped
            }
            digits = grouped
        }
        let sign = value < 0 && units != 0 ? "\u{2212}" : ""
        return sign + digits + (fraction.isEmpty ? "" : decimalSeparator + fraction)
    }

    /// A number with its unit: "25%" / "25 %" for percent, "120 t" for anything else.
    public func value(_ value: Double, unit: String?, decimals: Int = 2) -> String {
        withUnit(number(value, decimals: decimals), unit: unit)
    }

    /// Appends `unit` to an already formatted number.
    public func withUnit(_ text: String, unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return text }
        // "100+ %" rather than "100+%": the plus belongs to the number.
        return text + (unit == "%" && !text.hasSuffix("+") ? percentSpacing : "\u{A0}") + unit
    }

    /// A month-year or day-month-year date as printed on timelines, e.g. "12 Mar 2024".
    public func date(year: Int, month: Int?, day: Int?) -> String {
        guard let month, (1...12).contains(month) else { return String(year) }
        if let day { return "\(day) \(monthsAfterDay[month - 1]) \(year)" }
        return "\(months[month - 1]) \(year)"
    }
}
