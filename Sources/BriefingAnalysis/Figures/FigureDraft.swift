/// A figure a rule has read, before it is turned into a `Figure` with its quote and period.
struct FigureDraft: Hashable, Sendable {
    var kind: FactKind
    /// First token of the quote.
    var start: Int
    /// Token after the quote.
    var end: Int
    var value: Double?
    var low: Double?
    var high: Double?
    var qualifier: Qualifier = .exact
    var unit: String?
    var per: String?
    var change: Change?
    var subject = ""
    /// The counted noun is generic or anaphoric ("such objects"): its subject is looked up earlier.
    var needsAntecedent = false
    /// Normalised duration ("P3Y") for durations, used as the period of neighbours without a date.
    var duration: String?

    /// Applies a comparator: "more than 100" keeps 100 as the open lower bound.
    mutating func qualify(_ q: Qualifier) {
        qualifier = q
        guard kind != .range, let v = value else { return }
        switch q {
        case .moreThan, .atLeast: low = v; value = nil
        case .upTo, .lessThan: high = v; value = nil
        case .exact, .about: break
        }
    }
}

/// What a rule says about the tokens at a position.
enum RuleOutcome: Hashable, Sendable {
    /// A figure was read.
    case figure(FigureDraft)
    /// The tokens up to this end are a known non-figure ("2012–13", "three years ago"): skip them.
    case skip(Int)
}
