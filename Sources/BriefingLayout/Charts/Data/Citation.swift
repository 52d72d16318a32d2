/// A source marker printed next to a figure, e.g. "[3]", and the anchor it links to
/// (the entry in the sources list). Without a destination the marker is plain text.
public struct Citation: Hashable, Sendable, ExpressibleByStringLiteral {
    public var marker: String
    public var destination: String?
    public init(marker: String, destination: String? = nil) {
        self.marker = marker; self.destination = destination
    }
    public init(stringLiteral marker: String) { self.init(marker: marker) }
}
