/// A laid-out chart: its items in its own coordinates (top-left at 0,0) and its size.
/// Pages place it with `placed(at:)`; `scene` makes a stand-alone picture of it.
public struct ChartGraphic: Hashable, Sendable {
    public var size: Size
    /// Role for snapshots and tagging, e.g. "chart:bar".
    public var role: String
    public var items: [SceneItem]

    public init(size: Size, role: String, items: [SceneItem]) {
        self.size = size; self.role = role; self.items = items
    }

    /// The chart as one group translated to `origin`.
    public func placed(at origin: Point) -> SceneItem {
        .group(GroupItem(transform: origin == .zero ? .identity : .translation(origin.x, origin.y),
                         items: items, role: role))
    }

    /// The chart alone on a scene of its own size, with an optional margin around it.
    public func scene(margin: Double = 0, background: Color? = .white) -> Scene {
        Scene(size: Size(size.width + 2 * margin, size.height + 2 * margin), background: background,
              items: [placed(at: Point(margin, margin))])
    }
}
