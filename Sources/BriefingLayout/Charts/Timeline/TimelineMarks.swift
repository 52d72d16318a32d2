/// How events sit on the axis: a day is a marker, a month or a year a band with a marker
/// at its middle; the marker's shape and colour follow the event kind, planned events are
/// hollow with dashed bands and leaders.
struct TimelineMarks {
    static let radius = 3.6
    static let bandHeight = 7.0

    var theme: ChartTheme
    /// Event kinds in order of first appearance; their index picks colour and shape.
    var kinds: [String]

    func style(_ event: TimelineEvent) -> Int { event.kind.flatMap { kinds.firstIndex(of: $0) } ?? 0 }

    /// Draws the band (for month and year dates) and the marker at `anchor` on the axis at `y`.
    func draw(_ event: TimelineEvent, axis: TimeAxis, anchor: Double, y: Double, on canvas: inout ChartCanvas) {
        let i = style(event)
        let color = theme.color(i)
        if event.date.precision != .day {
            let band = Rect(x: axis.x(event.date.startDay), y: y - Self.bandHeight / 2,
                            width: axis.x(event.date.endDay) - axis.x(event.date.startDay), height: Self.bandHeight)
            if event.planned {
                canvas.rect(band, fill: Color.white, stroke: Stroke(color: outline(color), width: 0.8, dash: [2, 1.5]))
            } else {
                canvas.rect(band, fill: color.withAlpha(0.3), stroke: Stroke(color: color.withAlpha(0.8), width: 0.5))
            }
        }
        canvas.add(marker(shape: theme.marker(i), color: color, planned: event.planned, center: Point(anchor, y)))
    }

    /// A filled marker (pale colours get a thin dark rim), or a hollow one when planned.
    func marker(shape: MarkerShape, color: Color, planned: Bool, center: Point) -> SceneItem {
        if planned {
            return ChartShapes.marker(shape, center: center, radius: Self.radius, fill: .white,
                                      stroke: Stroke(color: outline(color), width: 1.2))
        }
        let rim = color.luminance > 0.55 ? Stroke(color: theme.mutedColor, width: 0.6) : Stroke(color: .white, width: 0.8)
        return ChartShapes.marker(shape, center: center, radius: Self.radius, fill: color, stroke: rim)
    }

    private func outline(_ color: Color) -> Color { color.luminance > 0.55 ? theme.mutedColor : color }

    /// Legend: one entry per named kind, and "planned" when some events are planned.
    func legend(for events: [TimelineEvent]) -> [LegendEntry] {
        var entries: [LegendEntry] = []
        if kinds.count > 1 || events.contains(where: { $0.planned }) {
            for (i, kind) in kinds.enumerated() {
                entries.append(LegendEntry(label: kind) { canvas, box in
                    canvas.add(marker(shape: theme.marker(i), color: theme.color(i), planned: false,
                                      center: Point(box.midX, box.midY)))
                })
            }
        }
        if events.contains(where: { $0.planned }) {
            entries.append(LegendEntry(label: theme.locale.planned) { canvas, box in
                canvas.add(marker(shape: .circle, color: theme.textColor, planned: true, center: Point(box.midX, box.midY)))
            })
        }
        return entries
    }
}
