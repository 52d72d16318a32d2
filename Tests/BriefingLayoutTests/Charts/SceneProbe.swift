@testable import BriefingLayout

/// Flattens a scene (groups may only translate) into absolute boxes, for property checks.
struct SceneProbe {
    struct TextBox { var text: String; var rect: Rect }

    var texts: [TextBox] = []
    /// Every drawn item's bounding box (text, rects, paths, lines, links).
    var boxes: [(kind: String, rect: Rect)] = []
    var links: [(rect: Rect, destination: String)] = []
    var roles: [String] = []

    init(_ scene: Scene, measurer: any TextMeasurer) {
        for item in scene.items { visit(item, dx: 0, dy: 0, measurer: measurer) }
    }

    private mutating func visit(_ item: SceneItem, dx: Double, dy: Double, measurer: any TextMeasurer) {
        switch item {
        case .group(let g):
            precondition(g.transform.a == 1 && g.transform.d == 1 && g.transform.b == 0 && g.transform.c == 0)
            if let role = g.role { roles.append(role) }
            for child in g.items { visit(child, dx: dx + g.transform.tx, dy: dy + g.transform.ty, measurer: measurer) }
        case .rect(let r):
            let inset = (r.stroke?.width ?? 0) / 2
            boxes.append(("rect", r.rect.offsetBy(dx: dx, dy: dy).insetBy(dx: -inset, dy: -inset)))
        case .path(let p):
            let points = p.elements.flatMap { e -> [Point] in
                switch e {
                case .move(let a), .line(let a): return [a]
                case .curve(let a, let b, let c): return [a, b, c]
                case .close: return []
                }
            }
            boxes.append(("path", Self.bounds(points, pad: (p.stroke?.width ?? 0) / 2, dx: dx, dy: dy)))
        case .line(let a, let b, let stroke):
            _ = stroke
            boxes.append(("line", Self.bounds([a, b], pad: 0, dx: dx, dy: dy)))
        case .text(let t):
            let m = measurer.metrics(of: t.font)
            let w = measurer.width(of: t.text, font: t.font)
            var x = t.origin.x
            if let box = t.width, t.alignment == .center { x += (box - w) / 2 }
            if let box = t.width, t.alignment == .right { x += box - w }
            let rect = Rect(x: x + dx, y: t.origin.y + dy, width: w, height: m.ascent + m.descent)
            texts.append(TextBox(text: t.text, rect: rect))
            boxes.append(("text \"\(t.text)\"", rect))
        case .link(let rect, let destination):
            links.append((rect.offsetBy(dx: dx, dy: dy), destination))
            boxes.append(("link", rect.offsetBy(dx: dx, dy: dy)))
        case .anchor:
            break
        }
    }

    private static func bounds(_ points: [Point], pad: Double, dx: Double, dy: Double) -> Rect {
        let xs = points.map(\.x), ys = points.map(\.y)
        let minX = (xs.min() ?? 0) - pad, minY = (ys.min() ?? 0) - pad
        return Rect(x: minX + dx, y: minY + dy, width: (xs.max() ?? 0) + pad - minX, height: (ys.max() ?? 0) + pad - minY)
    }

    /// Pairs of text boxes that overlap (sharing more than a hair of area).
    var overlappingTexts: [(String, String)] {
        var pairs: [(String, String)] = []
        for i in texts.indices {
            for j in texts.indices where j > i {
                if texts[i].rect.insetBy(dx: 0.05, dy: 0.05).intersects(texts[j].rect.insetBy(dx: 0.05, dy: 0.05)) {
                    pairs.append((texts[i].text, texts[j].text))
                }
            }
        }
        return pairs
    }

    /// Items that stick out of `bounds`.
    func outside(_ bounds: Rect) -> [String] {
        boxes.filter { !bounds.contains($0.rect) }.map { "\($0.kind) \($0.rect)" }
    }
}
