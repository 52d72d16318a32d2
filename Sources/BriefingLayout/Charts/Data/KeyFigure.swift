/// A key-figure tile: the number as it should read ("+37 %", "100+"), what it measures,
/// the period it covers and its source.
public struct KeyFigure: Hashable, Sendable {
    public var value: String
    public var caption: String
    public var period: String?
    public var citation: Citation?

    public init(value: String, caption: String, period: String? = nil, citation: Citation? = nil) {
        self.value = value; self.caption = caption; self.period = period; self.citation = citation
    }
}
