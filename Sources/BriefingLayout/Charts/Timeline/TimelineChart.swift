/// Timeline: a time axis with ticks on months or years, events as markers (days) or bands
/// (months, years), and their labels stacked into lanes above the axis with leader lines,
/// so crowded dates never overlap. Events for which no lane has room are counted in
/// "+N more" notes under the axis.
public enum TimelineChart {
    public static let role = "chart:timeline"

    /// Lays the events out into `width`, using at most `maxLanes` label lanes.
    public static func layout(_ events: [TimelineEvent], labels: ChartLabels = ChartLabels(),
                              theme: ChartTheme = .default, width: Double, maxLanes: Int = 4,
                              measurer: any TextMeasurer) -> ChartGraphic {
        guard !events.isEmpty else {
            return ChartCanvas.empty(role: role, labels: labels, theme: theme, width: width, measurer: measurer)
        }
        var canvas = ChartCanvas(theme: theme, measurer: measurer)
        let top = canvas.header(labels, width: width)
        let sorted = events.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        var kinds: [String] = []
        for kind in sorted.compactMap(\.kind) where !kinds.contains(kind) { kinds.append(kind) }
        let marks = TimelineMarks(theme: theme, kinds: kinds)

        let inset = TimelineMarks.radius + 2
        let axis = TimeAxis(events: sorted, x0: inset, x1: width - inset, canvas: canvas)
        let anchors = sorted.map { e in
            e.date.precision == .day ? axis.x(e.date.startDay + 0.5) : axis.x((e.date.startDay + e.date.endDay) / 2)
        }
        // A few events can afford a third line each; many need the room for lanes.
        let maxLines = sorted.count <= 4 ? 3 : 2
        let blocks = sorted.map { TimelineLabel($0, maxWidth: min(150, width * 0.45), maxLines: maxLines, canvas: canvas) }
        let placements = TimelineLanes.place(anchors: anchors, widths: blocks.map(\.width), maxLanes: maxLanes,
                                             x0: 0, x1: width)

        let laneHeight = (blocks.map(\.height).max() ?? 0) + theme.gap
        let usedLanes = (placements.compactMap { $0?.lane }.max() ?? 0) + 1
        let axisY = top + Double(usedLanes) * laneHeight + theme.gap + TimelineMarks.radius
        for (i, placement) in placements.enumerated() {
            guard let placement else { continue }
            let labelTop = top + Double(usedLanes - 1 - placement.lane) * laneHeight
            canvas.line(Point(anchors[i], labelTop), Point(anchors[i], axisY - TimelineMarks.radius - 1),
                        theme.axisColor, width: 0.5, dash: sorted[i].planned ? [2, 1.5] : [])
            blocks[i].draw(at: Point(placement.textX, labelTop), on: &canvas)
        }
        var bottom = axis.draw(on: &canvas, y: axisY, frameWidth: width)
        // Labels with no room above hang below the axis, in a second band of lanes, before
        // any event is folded into "+N more".
        let spare = placements.indices.filter { placements[$0] == nil }
        let below = TimelineLanes.place(anchors: spare.map { anchors[$0] }, widths: spare.map { blocks[$0].width },
                                        maxLanes: 2, x0: 0, x1: width)
        if below.contains(where: { $0 != nil }) {
            let bandTop = bottom + theme.gap
            for (k, placement) in below.enumerated() {
                guard let placement else { continue }
                let i = spare[k]
                let labelTop = bandTop + Double(placement.lane) * laneHeight
                canvas.line(Point(anchors[i], axisY + TimelineMarks.radius + 1), Point(anchors[i], labelTop + blocks[i].height),
                            theme.axisColor, width: 0.5, dash: sorted[i].planned ? [2, 1.5] : [])
                blocks[i].draw(at: Point(placement.textX, labelTop), on: &canvas)
            }
            let lanesBelow = (below.compactMap { $0?.lane }.max() ?? 0) + 1
            bottom = bandTop + Double(lanesBelow) * laneHeight
        }
        for (i, event) in sorted.enumerated() where event.date.precision != .day {
            marks.draw(event, axis: axis, anchor: anchors[i], y: axisY, on: &canvas)
        }
        for (i, event) in sorted.enumerated() where event.date.precision == .day {
            marks.draw(event, axis: axis, anchor: anchors[i], y: axisY, on: &canvas)
        }
        let unplaced = spare.indices.filter { below[$0] == nil }.map { anchors[spare[$0]] }
        bottom = drawOverflow(unplaced, below: bottom, width: width, on: &canvas)
        bottom = canvas.legend(marks.legend(for: sorted), y: bottom, width: width)
        let height = canvas.footer(labels, y: bottom, width: width)
        return canvas.graphic(role: role, width: width, height: height)
    }

    /// "+N more" notes under the axis for events without a label, merged with their
    /// neighbours until no two notes touch; returns the bottom.
    static func drawOverflow(_ anchors: [Double], below y: Double, width: Double, on canvas: inout ChartCanvas) -> Double {
        guard !anchors.isEmpty else { return y }
        let font = canvas.theme.noteFont.italicized()
        let locale = canvas.theme.locale
        var groups = anchors.sorted().map { [$0] }
        func box(_ group: [Double]) -> (text: String, minX: Double, maxX: Double) {
            let text = locale.fill(locale.moreTemplate, group.count)
            let w = canvas.width(text, font)
            let centre = group.reduce(0, +) / Double(group.count)
            let minX = min(max(centre - w / 2, 0), width - w)
            return (text, minX, minX + w)
        }
        var merged = true
        while merged {
            merged = false
            for i in groups.indices.dropLast() where box(groups[i]).maxX + 8 > box(groups[i + 1]).minX {
                groups[i] += groups.remove(at: i + 1)
                merged = true
                break
            }
        }
        for group in groups {
            let note = box(group)
            canvas.text(note.text, at: Point(note.minX, y + 3), font: font, color: canvas.theme.mutedColor)
        }
        return y + 3 + canvas.textHeight(font)
    }
}
