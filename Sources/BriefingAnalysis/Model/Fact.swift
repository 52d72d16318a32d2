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
///
/// Laid out compactly (a large corpus keeps 140,000 of them): the numbers are stored as plain
/// doubles with a bit each for "present" instead of three `Double?` (which pad to 16 bytes
/// each), and the one-byte fields last: 144 bytes instead of 176.
public struct Fact: Hashable, Sendable, Codable {
    public var id: String
    /// What is counted or measured, in the words of the text ("water treatment stations").
    public var subject: String
    /// `%`, an ISO 4217 code, `year`, or nil.
    public var unit: String?
    /// Per-unit of a rate ("square meter").
    public var per: String?
    /// Key of the matching catalogue indicator, if any.
    public var indicator: String?
    /// For dates and years the normalised value; otherwise the time the figure refers to.
    public var period: String?
    /// Facts of the same indicator with a different value in other sources.
    public var discrepancyWith: [String]
    public var mentions: [Mention]
    /// `value`, `low` and `high`; 0 when absent, so that equal facts are equal field by field.
    private var storedValue = 0.0, storedLow = 0.0, storedHigh = 0.0
    public var kind: FactKind
    public var qualifier: Qualifier
    public var change: Change?
    /// Which of the numbers are present: bit 0 `value`, bit 1 `low`, bit 2 `high`.
    private var present: UInt8 = 0

    public var value: Double? {
        get { present & 1 != 0 ? storedValue : nil }
        set { Self.store(newValue, in: &storedValue, bit: 1, of: &present) }
    }
    public var low: Double? {
        get { present & 2 != 0 ? storedLow : nil }
        set { Self.store(newValue, in: &storedLow, bit: 2, of: &present) }
    }
    public var high: Double? {
        get { present & 4 != 0 ? storedHigh : nil }
        set { Self.store(newValue, in: &storedHigh, bit: 4, of: &present) }
    }

    private static func store(_ number: Double?, in slot: inout Double, bit: UInt8, of present: inout UInt8) {
        if let number { slot = number; present |= bit } else { slot = 0; present &= ~bit }
    }

    public init(id: String, kind: FactKind, value: Double? = nil, low: Double? = nil, high: Double? = nil,
                qualifier: Qualifier = .exact, unit: String? = nil, per: String? = nil, subject: String,
                indicator: String? = nil, change: Change? = nil, period: String? = nil,
                discrepancyWith: [String] = [], mentions: [Mention]) {
        self.id = id; self.kind = kind; self.qualifier = qualifier; self.unit = unit; self.per = per
        self.subject = subject; self.indicator = indicator; self.change = change; self.period = period
        self.discrepancyWith = discrepancyWith; self.mentions = mentions
        // Stored directly (the setters' read-modify-write made the initialiser copy the fact).
        storedValue = value ?? 0; storedLow = low ?? 0; storedHigh = high ?? 0
        present = (value == nil ? 0 : 1) | (low == nil ? 0 : 2) | (high == nil ? 0 : 4)
    }

    // MARK: - Codable, with the keys and order of the public fields

    private enum CodingKeys: String, CodingKey {
        case id, kind, value, low, high, qualifier, unit, per, subject, indicator, change, period, discrepancyWith, mentions
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), kind: try c.decode(FactKind.self, forKey: .kind),
                  value: try c.decodeIfPresent(Double.self, forKey: .value),
                  low: try c.decodeIfPresent(Double.self, forKey: .low),
                  high: try c.decodeIfPresent(Double.self, forKey: .high),
                  qualifier: try c.decode(Qualifier.self, forKey: .qualifier),
                  unit: try c.decodeIfPresent(String.self, forKey: .unit),
                  per: try c.decodeIfPresent(String.self, forKey: .per),
                  subject: try c.decode(String.self, forKey: .subject),
                  indicator: try c.decodeIfPresent(String.self, forKey: .indicator),
                  change: try c.decodeIfPresent(Change.self, forKey: .change),
                  period: try c.decodeIfPresent(String.self, forKey: .period),
                  discrepancyWith: try c.decode([String].self, forKey: .discrepancyWith),
                  mentions: try c.decode([Mention].self, forKey: .mentions))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(value, forKey: .value)
        try c.encodeIfPresent(low, forKey: .low)
        try c.encodeIfPresent(high, forKey: .high)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encodeIfPresent(unit, forKey: .unit)
        try c.encodeIfPresent(per, forKey: .per)
        try c.encode(subject, forKey: .subject)
        try c.encodeIfPresent(indicator, forKey: .indicator)
        try c.encodeIfPresent(change, forKey: .change)
        try c.encodeIfPresent(period, forKey: .period)
        try c.encode(discrepancyWith, forKey: .discrepancyWith)
        try c.encode(mentions, forKey: .mentions)
    }
}
