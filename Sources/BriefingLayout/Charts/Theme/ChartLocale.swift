import Foundation

/// The words, month names and number format charts print, per briefing language.
///
/// Templates use `{n}` for a number, e.g. `"+{n} more"`.
public struct ChartLocale: Hashable, Sendable {
    /// Decimal separator: "." in English, "," in Russian.
    public var decimalSeparator: String
    /// Thousands separator (a no-break space in Russian).
    public var groupingSeparator: String
    /// What goes between a number and "%": "" in English, a no-break space in Russian.
    public var percentSpacing: String
    /// Month names standing alone ("Mar", "март"), for axes and month-precision dates.
    public var months: [String]
    /// Month names after a day number ("Mar", "мар."), for day-precision dates.
    public var monthsAfterDay: [String]
    /// Shown instead of an empty chart.
    public var noData: String
    /// Label for events that did not fit, e.g. "+{n} more".
    public var moreTemplate: String
    /// Legend words.
    public var planned: String
    public var held: String
    public var point: String
    public var range: String
    /// Legend of the open-ended bar, e.g. "more than the value shown".
    public var openEnded: String
    /// Legend of an upper-bounded bar, e.g. "at most the value shown".
    public var upperBound: String
    /// Ends of the matrix dot legend.
    public var weaker: String
    public var stronger: String

    public init(decimalSeparator: String, groupingSeparator: String, percentSpacing: String,
                months: [String], monthsAfterDay: [String], noData: String, moreTemplate: String,
                planned: String, held: String, point: String, range: String, openEnded: String,
                upperBound: String, weaker: String, stronger: String) {
        self.decimalSeparator = decimalSeparator; self.groupingSeparator = groupingSeparator
        self.percentSpacing = percentSpacing; self.months = months; self.monthsAfterDay = monthsAfterDay
        self.noData = noData; self.moreTemplate = moreTemplate; self.planned = planned; self.held = held
        self.point = point; self.range = range; self.openEnded = openEnded; self.upperBound = upperBound
        self.weaker = weaker; self.stronger = stronger
    }

    /// Fills `{n}` in a template.
    public func fill(_ template: String, _ n: Int) -> String {
        template.replacingOccurrences(of: "{n}", with: String(n))
    }

    public static let english = ChartLocale(
        decimalSeparator: ".", groupingSeparator: ",", percentSpacing: "",
        months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        monthsAfterDay: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        noData: "No data", moreTemplate: "+{n} more", planned: "planned", held: "held",
        point: "point estimate", range: "range", openEnded: "more than the value shown",
        upperBound: "at most the value shown", weaker: "weaker", stronger: "stronger")

    public static let russian = ChartLocale(
        decimalSeparator: ",", groupingSeparator: "\u{A0}", percentSpacing: "\u{A0}",
        months: ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."],
        monthsAfterDay: ["янв.", "февр.", "мар.", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек."],
        noData: "Нет данных", moreTemplate: "ещё {n}", planned: "планируется", held: "состоялось",
        point: "точечная оценка", range: "диапазон", openEnded: "больше указанного значения",
        upperBound: "не больше указанного значения", weaker: "слабее", stronger: "сильнее")
}
