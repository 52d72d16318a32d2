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
    /// Area key (e.g. `energy`, `water`) → weight in 0...1.
    public var areas: [String: Double]
    public init(document: String, areas: [String: Double]) { self.document = document; self.areas = areas }
}
