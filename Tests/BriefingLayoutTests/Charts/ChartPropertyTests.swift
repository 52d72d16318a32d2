import Testing
@testable import BriefingLayout

/// Checks that hold for every chart whatever its data: no text on text, nothing outside
/// the frame, links over source markers, the role on the group, deterministic output.
@Suite struct ChartPropertyTests {
    @Test(arguments: ChartGallery.cases() + ChartGallery.cases(theme: .greyscale).prefix(2))
    func noTextBoxesOverlap(_ chart: ChartGallery.Case) {
        let probe = SceneProbe(chart.graphic.scene(), measurer: ChartFixtures.measurer)
        #expect(probe.overlappingTexts.isEmpty, "\(probe.overlappingTexts)")
    }

    @Test(arguments: ChartGallery.cases())
    func everyItemIsInsideTheFrame(_ chart: ChartGallery.Case) {
        let probe = SceneProbe(chart.graphic.scene(), measurer: ChartFixtures.measurer)
        let frame = Rect(x: 0, y: 0, width: chart.graphic.size.width, height: chart.graphic.size.height)
        #expect(probe.outside(frame).isEmpty, "\(probe.outside(frame))")
        #expect(chart.graphic.size.height > 0)
    }

    @Test(arguments: ChartGallery.cases())
    func chartGroupCarriesItsRole(_ chart: ChartGallery.Case) {
        let probe = SceneProbe(chart.graphic.scene(), measurer: ChartFixtures.measurer)
        #expect(probe.roles.first?.hasPrefix("chart:") == true)
    }

    @Test(arguments: ChartGallery.cases())
    func linksLieOverTheirMarkers(_ chart: ChartGallery.Case) {
        let probe = SceneProbe(chart.graphic.scene(), measurer: ChartFixtures.measurer)
        for link in probe.links {
            let marker = probe.texts.first { $0.rect == link.rect }
            #expect(marker?.text.hasPrefix("[") == true, "link \(link.destination) is not over a marker")
        }
    }

    @Test func layoutIsDeterministic() {
        #expect(ChartGallery.cases().map(\.graphic) == ChartGallery.cases().map(\.graphic))
    }
}
