import Testing
@testable import BriefingLayout

/// Every chart in every awkward case, laid out with the fixed-advance measurer. Snapshot
/// and property tests both walk this list, so a new case is checked both ways.
enum ChartGallery {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var graphic: ChartGraphic
        var testDescription: String { name }
    }

    static func cases(theme: ChartTheme = .default, measurer: any TextMeasurer = ChartFixtures.measurer) -> [Case] {
        typealias F = ChartFixtures
        let ru = theme.with(locale: .russian)
        let w = 420.0
        let titled = ChartLabels(title: "Indicators of cooperation", caption: "Sources: regional press, 2024.")
        return [
            Case(name: "bar-mixed", graphic: BarChart.layout(F.bars, unit: "%", labels: titled, theme: theme, width: w, measurer: measurer)),
            Case(name: "bar-open-ended", graphic: BarChart.layout(
                [BarDatum(label: "Exact", value: 100), BarDatum(label: "More than", value: 100, qualifier: .moreThan, citation: "[4]")],
                theme: theme, width: 300, measurer: measurer)),
            Case(name: "bar-single-ru", graphic: BarChart.layout(
                [BarDatum(label: F.longRussian, value: 3.64, citation: Citation(marker: "[1]", destination: "source-1"))],
                unit: "%", labels: ChartLabels(title: F.longRussian), theme: ru, width: 260, measurer: measurer)),
            Case(name: "bar-empty", graphic: BarChart.layout([], labels: titled, theme: theme, width: w, measurer: measurer)),
            Case(name: "bar-many", graphic: BarChart.layout(F.manyBars, theme: theme, width: w, measurer: measurer)),
            Case(name: "range-mixed", graphic: RangeChart.layout(F.ranges, labels: titled, theme: theme, width: w, measurer: measurer)),
            Case(name: "range-single-ru", graphic: RangeChart.layout([RangeDatum(label: F.longRussian, low: 25, high: 30)],
                                                                     theme: ru, width: 260, measurer: measurer)),
            Case(name: "range-empty", graphic: RangeChart.layout([], theme: theme, width: w, measurer: measurer)),
            Case(name: "range-many", graphic: RangeChart.layout(F.manyBars.map {
                RangeDatum(label: $0.label, low: $0.value * 0.6, high: $0.value, citation: $0.citation)
            }, unit: "t", theme: theme, width: w, measurer: measurer)),
            Case(name: "timeline", graphic: TimelineChart.layout(F.events, labels: titled, theme: theme, width: w, measurer: measurer)),
            Case(name: "timeline-crowded", graphic: TimelineChart.layout(F.crowdedEvents, theme: theme, width: w, measurer: measurer)),
            Case(name: "timeline-single-ru", graphic: TimelineChart.layout(
                [TimelineEvent(date: TimelineDate(year: 2025, month: 9, day: 29), label: F.longRussian, citation: "[1]")],
                theme: ru, width: 260, measurer: measurer)),
            Case(name: "timeline-decade", graphic: TimelineChart.layout((0..<8).map {
                TimelineEvent(date: TimelineDate(year: 2012 + $0 * 2, month: $0 % 2 == 0 ? nil : 6), label: "Agreement \($0 + 1)",
                              planned: $0 == 7)
            }, theme: theme, width: w, measurer: measurer)),
            Case(name: "timeline-empty", graphic: TimelineChart.layout([], theme: theme, width: w, measurer: measurer)),
            Case(name: "matrix", graphic: MatrixChart.layout(F.matrix, labels: titled, theme: theme, width: w, measurer: measurer)),
            Case(name: "matrix-single-ru", graphic: MatrixChart.layout(
                MatrixData(rows: [F.longRussian], columns: ["[1]"], values: [[0.7]]), theme: ru, width: 260, measurer: measurer)),
            Case(name: "matrix-many", graphic: MatrixChart.layout(MatrixData(
                rows: (1...14).map { "Area \($0)" + String(repeating: " of cooperation", count: $0 % 3) },
                columns: (1...24).map { MatrixData.Column(label: "[\($0)]", citation: Citation(marker: "[\($0)]", destination: "source-\($0)")) },
                values: (1...14).map { r in (1...24).map { c in Double((r * c) % 5) / 4 } }), theme: theme, width: w, measurer: measurer)),
            Case(name: "matrix-empty", graphic: MatrixChart.layout(MatrixData(rows: [], columns: [], values: []), theme: theme,
                                                                   width: w, measurer: measurer)),
            Case(name: "tiles", graphic: KeyFigureTiles.layout(F.figures, labels: titled, theme: theme, width: w, measurer: measurer)),
            Case(name: "tiles-single-ru", graphic: KeyFigureTiles.layout(Array(F.figures[2...2]), theme: ru, width: w, measurer: measurer)),
            Case(name: "tiles-empty", graphic: KeyFigureTiles.layout([], theme: theme, width: w, measurer: measurer)),
        ]
    }
}
