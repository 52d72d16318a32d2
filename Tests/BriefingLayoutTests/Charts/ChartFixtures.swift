@testable import BriefingLayout

/// Sample chart inputs shared by snapshot and property tests.
enum ChartFixtures {
    static let measurer = FixedAdvanceMeasurer()
    static let longRussian = "Доля белорусской техники в закупках Ленинградской области"

    static let bars: [BarDatum] = [
        BarDatum(label: "Trade turnover growth", value: 37, citation: Citation(marker: "[1]", destination: "source-1")),
        BarDatum(label: longRussian, value: 64.5, qualifier: .about, citation: Citation(marker: "[2]", destination: "source-2")),
        BarDatum(label: "Water treatment stations", value: 100, qualifier: .moreThan, citation: "[3]"),
        BarDatum(label: "Joint ventures", value: 12, qualifier: .upTo),
    ]

    static let manyBars: [BarDatum] = (1...24).map {
        BarDatum(label: "Region \($0) " + String(repeating: "long name ", count: $0 % 4), value: Double($0 * 37 % 101),
                 citation: Citation(marker: "[\($0 % 7 + 1)]", destination: "source-\($0 % 7 + 1)"))
    }

    static let ranges: [RangeDatum] = [
        RangeDatum(label: longRussian, low: 25, high: 30, citation: Citation(marker: "[2]", destination: "source-2")),
        RangeDatum(label: "Machinery share", value: 41, citation: "[1]"),
        RangeDatum(label: "Localisation", low: 50, high: 70),
    ]

    static let figures: [KeyFigure] = [
        KeyFigure(value: "+37 %", caption: "Growth of trade turnover", period: "Jan–Jun 2024",
                  citation: Citation(marker: "[1]", destination: "source-1")),
        KeyFigure(value: "100+", caption: "Water treatment stations built", period: "2010–2024", citation: "[3]"),
        KeyFigure(value: "25–30 %", caption: longRussian, period: "2023"),
        KeyFigure(value: "1,844,036,360.12 BYN", caption: "A figure too long for its tile", period: nil),
    ]

    static let matrix = MatrixData(
        rows: ["Energy", "Agriculture and food", longRussian, "Education"],
        columns: [MatrixData.Column(label: "[1]", citation: Citation(marker: "[1]", destination: "source-1")),
                  "[2]", "[3]", "BelTA 12.03"],
        values: [[1, 0.5, 0, 0.25], [0.2, 0, 0.8, 1], [0.6, 0.6, 0.1], [0, 0, 0, 0]])

    static let events: [TimelineEvent] = [
        TimelineEvent(date: TimelineDate(year: 2024, month: 3, day: 12), label: "Intergovernmental commission meeting",
                      kind: "meeting", citation: Citation(marker: "[1]", destination: "source-1")),
        TimelineEvent(date: TimelineDate(year: 2024, month: 6), label: "Exhibition \"Belarus — Leningrad Region\"",
                      kind: "exhibition", citation: "[2]"),
        TimelineEvent(date: TimelineDate(year: 2025), label: "Roadmap for 2025", kind: "agreement"),
        TimelineEvent(date: TimelineDate(year: 2025, month: 9, day: 29), label: "Visit of the governor", planned: true,
                      kind: "visit", citation: "[3]"),
    ]

    /// Twenty events within a few weeks: forces lanes and "+N more".
    static let crowdedEvents: [TimelineEvent] = (0..<20).map { i in
        TimelineEvent(date: TimelineDate(year: 2024, month: 5 + i / 10, day: 1 + (i * 3) % 28),
                      label: i % 3 == 0 ? longRussian : "Meeting number \(i + 1)", planned: i % 4 == 3,
                      kind: ["meeting", "visit", "exhibition", "agreement"][i % 4],
                      citation: Citation(marker: "[\(i % 5 + 1)]", destination: "source-\(i % 5 + 1)"))
    }
}
