/// An interval such as 25–30 %, or a point when `low == high`.
public struct RangeDatum: Hashable, Sendable {
    public var label: String
    public var low: Double
    public var high: Double
    public var citation: Citation?

    public init(label: String, low: Double, high: Double, citation: Citation? = nil) {
        self.label = label; self.low = min(low, high); self.high = max(low, high); self.citation = citation
    }
    /// A single value drawn as a point.
    public init(label: String, value: Double, citation: Citation? = nil) {
        self.init(label: label, low: value, high: value, citation: citation)
    }
    public var isPoint: Bool { low == high }
}
