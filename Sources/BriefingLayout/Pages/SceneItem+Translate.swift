extension SceneItem {
    /// The item moved by `offset` (groups get a translation, the rest move their points).
    public func translated(by offset: Point) -> SceneItem {
        if offset == .zero { return self }
        switch self {
        case .group(var g):
            g.transform = Transform(a: g.transform.a, b: g.transform.b, c: g.transform.c, d: g.transform.d,
                                    tx: g.transform.tx + offset.x, ty: g.transform.ty + offset.y)
            return .group(g)
        case .rect(var r):
            r.rect = r.rect.offsetBy(dx: offset.x, dy: offset.y); return .rect(r)
        case .path(var p):
            p.elements = p.elements.map { e in
                switch e {
                case .move(let a): return .move(Point(a.x + offset.x, a.y + offset.y))
                case .line(let a): return .line(Point(a.x + offset.x, a.y + offset.y))
                case .curve(let a, let b, let c):
                    return .curve(Point(a.x + offset.x, a.y + offset.y), Point(b.x + offset.x, b.y + offset.y),
                                  Point(c.x + offset.x, c.y + offset.y))
                case .close: return .close
                }
            }
            return .path(p)
        case .line(let from, let to, let stroke):
            return .line(from: Point(from.x + offset.x, from.y + offset.y), to: Point(to.x + offset.x, to.y + offset.y), stroke: stroke)
        case .text(var t):
            t.origin = Point(t.origin.x + offset.x, t.origin.y + offset.y); return .text(t)
        case .link(let rect, let destination):
            return .link(rect: rect.offsetBy(dx: offset.x, dy: offset.y), destination: destination)
        case .anchor(let name, let at):
            return .anchor(name: name, at: Point(at.x + offset.x, at.y + offset.y))
        }
    }
}
