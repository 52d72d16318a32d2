/// How one bar is drawn for its qualifier: solid (exact, about), solid with a hatched
/// tail and an arrow (open-ended), or a hatched outline (upper bound).
struct BarShape {
    enum Kind { case solid, openEnded, upperBound }
    var kind: Kind

    init(_ qualifier: ValueQualifier) {
        kind = qualifier.isOpenEnded ? .openEnded : qualifier.isUpperBound ? .upperBound : .solid
    }

    /// Extra room an open end takes after the bar's value (the tail is inside the scale,
    /// the arrow just past it).
    var endAllowance: Double { kind == .openEnded ? 6 : 0 }

    /// Draws the bar from `base` to `end` centred on `midY`; the open tail runs on towards
    /// `limit`. Returns the right edge of what was drawn.
    func draw(from base: Double, to end: Double, midY: Double, limit: Double, thickness: Double? = nil,
              on canvas: inout ChartCanvas) -> Double {
        let theme = canvas.theme
        let h = thickness ?? theme.barThickness
        let left = min(base, end), right = max(base, end)
        let box = Rect(x: left, y: midY - h / 2, width: right - left, height: h)
        switch kind {
        case .solid:
            if box.width > 0 { canvas.rect(box, fill: theme.accent) }
            return max(right, base)
        case .upperBound:
            canvas.rect(box, fill: theme.accent.withAlpha(0.12))
            canvas.add(ChartShapes.hatch(box, color: theme.accent.withAlpha(0.7), spacing: 3))
            canvas.rect(box.insetBy(dx: 0.4, dy: 0.4), fill: nil, stroke: Stroke(color: theme.accent, width: 0.8))
            return max(right, base)
        case .openEnded:
            if box.width > 0 { canvas.rect(box, fill: theme.accent) }
            let tailLength = max(0, min(max(14, (limit - base) * 0.08), limit - right))
            let tail = Rect(x: right, y: box.minY, width: tailLength, height: h)
            canvas.rect(tail, fill: theme.accent.withAlpha(0.15))
            canvas.add(ChartShapes.hatch(tail, color: theme.accent.withAlpha(0.8), spacing: 2.5))
            let tip = Point(tail.maxX + endAllowance - 1, midY)
            canvas.add(ChartShapes.chevron(tip: tip, size: h * 0.4, color: theme.accent))
            return tip.x + 1
        }
    }
}
