// MARK: - Text dump for snapshot tests

extension Scene {
    /// A stable, line-per-item text rendering of the scene, for snapshot tests and diffs.
    public func dump() -> String {
        var out = "scene \(formatNumber(size.width))x\(formatNumber(size.height))"
        if let background { out += " bg \(background.hex)" }
        out += "\n"
        for item in items { item.dump(into: &out, indent: 1) }
        return out
    }
}

extension SceneItem {
    func dump(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent)
        func n(_ v: Double) -> String { formatNumber(v) }
        func r(_ rect: Rect) -> String { "[\(n(rect.x)) \(n(rect.y)) \(n(rect.width))x\(n(rect.height))]" }
        func p(_ point: Point) -> String { "(\(n(point.x)) \(n(point.y)))" }
        func s(_ stroke: Stroke?) -> String {
            guard let stroke else { return "" }
            return " stroke \(stroke.color.hex) \(n(stroke.width))" + (stroke.dash.isEmpty ? "" : " dash \(stroke.dash.map(n).joined(separator: ","))")
        }
        func f(_ fill: Color?) -> String { fill.map { " fill \($0.hex)" } ?? "" }
        switch self {
        case .group(let g):
            var line = "\(pad)group"
            if let role = g.role { line += " \(role)" }
            if !g.transform.isIdentity {
                let t = g.transform
                line += " transform \(n(t.a)) \(n(t.b)) \(n(t.c)) \(n(t.d)) \(n(t.tx)) \(n(t.ty))"
            }
            if let clip = g.clip { line += " clip \(r(clip))" }
            out += line + "\n"
            for item in g.items { item.dump(into: &out, indent: indent + 1) }
        case .rect(let item):
            out += "\(pad)rect \(r(item.rect))\(f(item.fill))\(s(item.stroke))"
                + (item.cornerRadius > 0 ? " radius \(n(item.cornerRadius))" : "") + "\n"
        case .path(let item):
            let d = item.elements.map { element -> String in
                switch element {
                case .move(let a): return "M\(n(a.x)),\(n(a.y))"
                case .line(let a): return "L\(n(a.x)),\(n(a.y))"
                case .curve(let a, let b, let c):
                    return "C\(n(a.x)),\(n(a.y)) \(n(b.x)),\(n(b.y)) \(n(c.x)),\(n(c.y))"
                case .close: return "Z"
                }
            }.joined(separator: " ")
            out += "\(pad)path \(d)\(f(item.fill))\(s(item.stroke))\n"
        case .line(let from, let to, let stroke):
            out += "\(pad)line \(p(from))-\(p(to))\(s(stroke))\n"
        case .text(let t):
            var line = "\(pad)text \(p(t.origin)) \(t.font.summary) \(t.color.hex)"
            if let w = t.width { line += " w\(n(w)) \(t.alignment.rawValue)" }
            line += " \"\(t.text)\""
            for span in t.spans {
                line += " span[\(span.start)..<\(span.end)\(span.bold ? " bold" : "")"
                    + (span.color.map { " \($0.hex)" } ?? "") + (span.background.map { " bg \($0.hex)" } ?? "") + "]"
            }
            out += line + "\n"
        case .link(let rect, let destination):
            out += "\(pad)link \(r(rect)) -> \(destination)\n"
        case .anchor(let name, let at):
            out += "\(pad)anchor \(name) \(p(at))\n"
        }
    }
}
