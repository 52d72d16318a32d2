/// Where a figure or event was read: the document, the exact words, and their sentence.
public struct Mention: Hashable, Sendable, Codable {
    public var document: String
    /// Exact substring of the document's cleaned `text`.
    public var quote: String
    public var sentence: String
    public init(document: String, quote: String, sentence: String) {
        self.document = document; self.quote = quote; self.sentence = sentence
    }
}

/// What kind of figure a fact is.
public enum FactKind: String, Hashable, Sendable, Codable {
    case percent, range, count, money, rank, duration, date, year
}

/// How a value relates to the truth: "more than 100" is `.moreThan` with `low = 100`.
public enum Qualifier: String, Hashable, Sendable, Codable {
    case exact, about, moreThan, atLeast, lessThan, upTo
}

/// Direction of a change ("increased by 25%" → `.up`).
public enum Change: String, Hashable, Sendable, Codable { case up, down }

/// A figure with its meaning and every place it was mentioned.
public struct Fact: Hashable, Sendable, Codable {
    public var id: String
    public var kind: FactKind
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var qualifier: Qualifier
    /// `%`, an ISO 4217 code, `year`, or nil.
    public var unit: String?
    /// Per-unit of a rate ("square meter").
    public var per: String?
    /// What is counted or measured, in the words of the text ("water treatment stations").
    public var subject: String
    /// Key of the matching catalogue indicator, if any.
    public var indicator: String?
    public var change: Change?
    /// For dates and years the normalised value; otherwise the time the figure refers to.
    public var period: String?
    /// Facts of the same indicator with a different value in other sources.
    public var discrepancyWith: [String]
    public var mentions: [Mention]

    public init(id: String, kind: FactKind, value: Double? = nil, low: Double? = nil, high: Double? = nil,
                qualifier: Qualifier = .exact, unit: String? = nil, per: String? = nil, subject: String,
                indicator: String? = nil, change: Change? = nil, period: String? = nil,
                discrepancyWith: [String] = [], mentions: [Mention]) {
        self.id = id; self.kind = kind; self.value = value; self.low = low; self.high = high
        self.qualifier = qualifier; self.unit = unit; self.per = per; self.subject = subject
        self.indicator = indicator; self.change = change; self.period = period
        self.discrepancyWith = discrepancyWith; self.mentions = mentions
    }
}
