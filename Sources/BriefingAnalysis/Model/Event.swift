/// What kind of dated happening an event is.
public enum EventKind: String, Hashable, Sendable, Codable { case meeting, visit, exhibition, agreement, other }

/// A dated meeting, visit, exhibition or agreement for the timeline.
public struct Event: Hashable, Sendable, Codable {
    public var date: TimeValue
    public var title: String
    public var kind: EventKind
    /// True for announced or intended events ("it is planned to sign").
    public var planned: Bool
    /// Titles and names as written.
    public var participants: [String]
    public var place: String?
    public var mentions: [Mention]

    public init(date: TimeValue, title: String, kind: EventKind, planned: Bool = false,
                participants: [String] = [], place: String? = nil, mentions: [Mention]) {
        self.date = date; self.title = title; self.kind = kind; self.planned = planned
        self.participants = participants; self.place = place; self.mentions = mentions
    }
}

/// Areas of cooperation a document speaks of, with a weight per area key.
public struct DocumentTopics: Hashable, Sendable, Codable {
    public var document: String
    /// The areas sorted by key. A short array rather than a dictionary per document: the
    /// dictionaries were a tenth of the memory of a large corpus's analysis.
    public private(set) var weights: [AreaWeight]

    public init(document: String, areas: [String: Double]) {
        self.document = document
        weights = Self.sorted(areas)
    }

    /// Weights already sorted by area and distinct (the topic classifier writes them in that
    /// order, with no dictionary to sort).
    init(document: String, sortedWeights: [AreaWeight]) {
        self.document = document
        weights = sortedWeights
    }

    /// Area key (e.g. `energy`, `water`) → weight in 0...1.
    public var areas: [String: Double] {
        get { Dictionary(uniqueKeysWithValues: weights.map { ($0.area, $0.weight) }) }
        set { weights = Self.sorted(newValue) }
    }

    /// The weights replaced by the pool's equal array (documents that speak alike share one).
    mutating func intern(into pool: inout StringPool) { weights = pool.intern(weights) }

    /// The weight of one area, or nil when the document does not speak of it.
    public func weight(of area: String) -> Double? { weights.first { $0.area == area }?.weight }

    private static func sorted(_ areas: [String: Double]) -> [AreaWeight] {
        areas.map { AreaWeight(area: $0.key, weight: $0.value) }.sorted { $0.area < $1.area }
    }

    private enum CodingKeys: String, CodingKey { case document, areas }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(document: try container.decode(String.self, forKey: .document),
                  areas: try container.decode([String: Double].self, forKey: .areas))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encode(areas, forKey: .areas)
    }
}

/// One area of a document's topics and its weight in 0...1.
public struct AreaWeight: Hashable, Sendable {
    public var area: String
    public var weight: Double
}
