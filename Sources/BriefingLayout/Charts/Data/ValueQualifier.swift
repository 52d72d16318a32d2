/// How precisely a figure is known, as the source words it.
public enum ValueQualifier: String, Hashable, Sendable, CaseIterable {
    /// "120"
    case exact
    /// "about 120" — printed "≈120".
    case about
    /// "more than 100" — an open-ended bar, printed "100+".
    case moreThan
    /// "at least 100" — an open-ended bar, printed "≥100".
    case atLeast
    /// "up to 100" — an upper-bounded bar, printed "≤100".
    case upTo
    /// "less than 100" — an upper-bounded bar, printed "<100".
    case lessThan

    /// True when the real value may be larger than the number: the bar has an open end.
    public var isOpenEnded: Bool { self == .moreThan || self == .atLeast }
    /// True when the number is only a ceiling.
    public var isUpperBound: Bool { self == .upTo || self == .lessThan }

    /// Decorates a formatted number: "≈120", "100+", "≥100", "≤100", "<100".
    public func decorate(_ number: String) -> String {
        switch self {
        case .exact: return number
        case .about: return "≈" + number
        case .moreThan: return number + "+"
        case .atLeast: return "≥" + number
        case .upTo: return "≤" + number
        case .lessThan: return "<" + number
        }
    }
}
