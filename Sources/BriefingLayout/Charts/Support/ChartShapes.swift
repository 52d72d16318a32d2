import Foundation

/// Path-building helpers for markers, hatching and arrows. All output stays inside the
/// boxes it is given, so charts need no clipping.
enum ChartShapes {
    /// A marker of `shape` centred on `center` with half-size `radius`.
    static func marker(_ shape: MarkerShape, center c: Point, radius r: Double, fill: Color?,
                       stroke: Stroke? = nil) -> SceneItem {
        let elements: [PathElement]
        switch shape {
        case .circle: elements = circle(center: c, radius: r)
        case .square:
            let s = r * 0.88
            elements = polygon([Point(c.x - s, c.y - s), Point(c.x + s, c.y - s), Point(c.x + s, c.y + s), Point(c.x - s, c.y + s)])
        case .triangle:
            elements = polygon([Point(c.x, c.y - r * 1.1), Point(c.x + r * 1.05, c.y + r * 0.8), Point(c.x - r * 1.05, c.y + r * 0.8)])
        case .diamond:
            let s = r * 1.15
            elements = polygon([Point(c.x, c.y - s), Point(c.x + s, c.y), Point(c.x, c.y + s), Point(c.x - s, c.y)])
        }
        return .path(PathItem(elements: elements, fill: fill, stroke: stroke))
    }

    /// A closed polygon through `points`.
    static func polygon(_ points: [Point]) -> [PathElement] {
        guard let first = points.first else { return [] }
        return [.move(first)] + points.dropFirst().map { .line($0) } + [.close]
    }

    /// A circle as four Bézier quarter arcs.
    static func circle(center c: Point, radius r: Double) -> [PathElement] {
        let k = 0.552_284_749_8 * r
        return [
            .move(Point(c.x + r, c.y)),
            .curve(Point(c.x + r, c.y + k), Point(c.x + k, c.y + r), Point(c.x, c.y + r)),
            .curve(Point(c.x - k, c.y + r), Point(c.x - r, c.y + k), Point(c.x - r, c.y)),
            .curve(Point(c.x - r, c.y - k), Point(c.x - k, c.y - r), Point(c.x, c.y - r)),
            .curve(Point(c.x + k, c.y - r), Point(c.x + r, c.y - k), Point(c.x + r, c.y)),
            .close,
        ]
    }

    /// 45° hatch lines (rising to the right) filling `rect`, already cut to its edges.
    static func hatch(_ rect: Rect, color: Color, spacing: Double = 3, width: Double = 0.6) -> [SceneItem] {
        guard rect.width > 0, rect.height > 0 else { return [] }
        var items: [SceneItem] = []
        var c = rect.minX - rect.height + spacing / 2
        while c < rect.maxX {
            // Line x = c + (maxY - y): from the bottom edge at x = c up to the top edge at c + h.
            let x0 = max(c, rect.minX), x1 = min(c + rect.height, rect.maxX)
            if x1 - x0 > 0.01 {
                items.append(.line(from: Point(x0, rect.maxY - (x0 - c)), to: Point(x1, rect.maxY - (x1 - c)),
                                   stroke: Stroke(color: color, width: width)))
            }
            c += spacing
        }
        return items
    }

    /// An open chevron pointing right with its tip at `tip`.
    static func chevron(tip: Point, size: Double, color: Color, width: Double = 1.2) -> SceneItem {
        .path(PathItem(elements: [.move(Point(tip.x - size * 0.6, tip.y - size)), .line(tip),
                                  .line(Point(tip.x - size * 0.6, tip.y + size))],
                       stroke: Stroke(color: color, width: width)))
    }
}
