/// A dated happening on the timeline: a day is a dot, a month or a year a span; planned
/// events are hollow. `kind` (meeting, visit…) picks the marker shape and colour, and is
/// named in the legend.
public struct TimelineEvent: Hashable, Sendable {
    public var date: TimelineDate
    public var label: String
    public var planned: Bool
    public var kind: String?
    public var citation: Citation?

    public init(date: TimelineDate, label: String, planned: Bool = false, kind: String? = nil,
                citation: Citation? = nil) {
        self.date = date; self.label = label; self.planned = planned; self.kind = kind; self.citation = citation
    }
}
