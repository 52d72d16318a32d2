/// One bar: a labelled value, how precisely it is known, and its source marker.
public struct BarDatum: Hashable, Sendable {
    public var label: String
    public var value: Double
    public var qualifier: ValueQualifier
    public var citation: Citation?

    public init(label: String, value: Double, qualifier: ValueQualifier = .exact, citation: Citation? = nil) {
        self.label = label; self.value = value; self.qualifier = qualifier; self.citation = citation
    }
}
