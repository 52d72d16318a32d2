/// Optional words around a chart: a title above it and a caption (note, unit, source
/// line) below it.
public struct ChartLabels: Hashable, Sendable {
    public var title: String?
    public var caption: String?
    public init(title: String? = nil, caption: String? = nil) { self.title = title; self.caption = caption }
}
