import Testing
@testable import BriefingLayout

@Suite struct TimelineTests {
    let measurer = ChartFixtures.measurer

    @Test func calendarArithmetic() {
        #expect(TimelineDate.days(1970, 1, 1) == 0)
        #expect(TimelineDate.days(2000, 3, 1) - TimelineDate.days(2000, 2, 1) == 29)
        for day in stride(from: -800_000, through: 800_000, by: 997) {
            let c = TimelineDate.civil(day)
            #expect(TimelineDate.days(c.year, c.month, c.day) == day)
        }
        #expect(TimelineDate(year: 2024, month: 2).endDay - TimelineDate(year: 2024, month: 2).startDay == 29)
        #expect(TimelineDate(year: 2023, month: 14, day: 40) == TimelineDate(year: 2023, month: 12, day: 31))
    }

    /// Deterministic pseudo-random anchors and widths: no two labels in a lane touch, no
    /// leader crosses a label below its own, and no label covers a leader from above.
    @Test func lanesNeverCollide() {
        var seed: UInt64 = 42
        func next() -> Double { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Double(seed >> 11) / Double(1 << 53) }
        for _ in 0..<40 {
            let n = 1 + Int(next() * 30)
            let anchors = (0..<n).map { _ in next() * 400 }
            let widths = (0..<n).map { _ in 20 + next() * 140 }
            let placed = TimelineLanes.place(anchors: anchors, widths: widths, maxLanes: 4, x0: 0, x1: 400)
            let boxes = placed.enumerated().compactMap { i, p in p.map { (i: i, p: $0) } }
            for a in boxes {
                #expect(a.p.minX >= -0.01 && a.p.maxX <= 400.01)
                #expect(a.p.minX - 0.01 <= anchors[a.i] && anchors[a.i] <= a.p.maxX + 0.01)
                for b in boxes where b.i != a.i {
                    if a.p.lane == b.p.lane { #expect(a.p.maxX <= b.p.minX || b.p.maxX <= a.p.minX) }
                    // b's leader runs through lanes below b: a box there must not cover it.
                    if a.p.lane < b.p.lane { #expect(!(anchors[b.i] > a.p.minX && anchors[b.i] < a.p.maxX)) }
                }
            }
        }
    }

    @Test func crowdedTimelineCountsWhatItCouldNotLabel() {
        let g = TimelineChart.layout(ChartFixtures.crowdedEvents, theme: .default, width: 420, measurer: measurer)
        let texts = SceneProbe(g.scene(), measurer: measurer).texts.map(\.text)
        let more = texts.filter { $0.hasPrefix("+") && $0.hasSuffix("more") }
            .map { Int($0.dropFirst().split(separator: " ")[0])! }.reduce(0, +)
        let labelled = texts.filter { $0.first?.isNumber == true && $0.contains(" 2024") }.count
        #expect(more > 0)
        #expect(more + labelled == ChartFixtures.crowdedEvents.count)
    }

    @Test func axisTicksFollowTheSpan() {
        let canvas = ChartCanvas(theme: .default, measurer: measurer)
        func labels(_ events: [TimelineEvent]) -> [String] {
            TimeAxis(events: events, x0: 0, x1: 400, canvas: canvas).ticks.map(\.label)
        }
        let months = labels([TimelineEvent(date: TimelineDate(year: 2024, month: 3, day: 1), label: ""),
                             TimelineEvent(date: TimelineDate(year: 2024, month: 8, day: 1), label: "")])
        #expect(months.first == "Mar 2024" && months.contains("Jun"))
        let years = labels([TimelineEvent(date: TimelineDate(year: 2010), label: ""),
                            TimelineEvent(date: TimelineDate(year: 2024), label: "")])
        #expect(years.allSatisfy { Int($0) != nil })
        let single = labels([TimelineEvent(date: TimelineDate(year: 2025, month: 9, day: 29), label: "")])
        #expect(!single.isEmpty)
    }

    @Test func plannedEventsAreHollowAndSaySo() {
        let g = TimelineChart.layout([TimelineEvent(date: TimelineDate(year: 2025, month: 9, day: 29), label: "Visit", planned: true)],
                                     theme: .default, width: 300, measurer: measurer)
        let dump = g.scene().dump()
        #expect(dump.contains("29 Sep 2025 · planned"))
        #expect(dump.contains("fill #FFFFFF stroke"))
        #expect(dump.contains("dash 2,1.5"))
    }
}
