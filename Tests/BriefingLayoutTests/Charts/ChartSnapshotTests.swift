import Testing
@testable import BriefingLayout

@Suite struct ChartSnapshotTests {
    @Test(arguments: ChartGallery.cases())
    func sceneDumpMatchesSnapshot(_ chart: ChartGallery.Case) {
        assertSnapshot(chart.graphic.scene().dump(), named: chart.name)
    }
}
