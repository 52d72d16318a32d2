import Testing
@testable import BriefingLayout

@Suite struct BarChartTests {
    let measurer = ChartFixtures.measurer

    func texts(_ graphic: ChartGraphic) -> [String] {
        SceneProbe(graphic.scene(), measurer: measurer).texts.map(\.text)
    }

    @Test func qualifiersDecorateValues() {
        let locale = ChartLocale.english
        #expect(BarChart.valueText(BarDatum(label: "", value: 100, qualifier: .moreThan), unit: nil, locale: locale) == "100+")
        #expect(BarChart.valueText(BarDatum(label: "", value: 120, qualifier: .about), unit: "%", locale: locale) == "≈120%")
        #expect(BarChart.valueText(BarDatum(label: "", value: 3.64), unit: "%", locale: .russian) == "3,64\u{A0}%")
        #expect(BarChart.valueText(BarDatum(label: "", value: 816_000), unit: nil, locale: .russian) == "816\u{A0}000")
    }

    @Test func openEndedBarIsDrawnDifferentlyFromAnExactOne() {
        func bar(_ q: ValueQualifier) -> ChartGraphic {
            BarChart.layout([BarDatum(label: "A", value: 100, qualifier: q)], theme: .default, width: 300, measurer: measurer)
        }
        let exact = bar(.exact), open = bar(.moreThan)
        #expect(texts(exact).contains("100") && texts(open).contains("100+"))
        func shapes(_ g: ChartGraphic) -> Int {
            g.items.filter { if case .text = $0 { false } else { true } }.count
        }
        // The open bar adds a tail, hatching and an arrow, plus a legend entry.
        #expect(shapes(open) > shapes(exact) + 3)
        #expect(texts(open).contains(ChartLocale.english.openEnded))
        #expect(!texts(exact).contains(ChartLocale.english.openEnded))
    }

    @Test func longLabelsWrapInsideTheirColumn() {
        let g = BarChart.layout([BarDatum(label: ChartFixtures.longRussian, value: 5)], theme: .default, width: 260,
                                measurer: measurer)
        let lines = texts(g).filter { $0.first?.isLetter == true }
        #expect(lines.count >= 2)
        #expect(lines.joined(separator: " ").hasPrefix("Доля белорусской"))
    }

    @Test func emptySeriesSaysNoData() {
        let g = BarChart.layout([], theme: .default, width: 300, measurer: measurer)
        #expect(texts(g) == ["No data"])
    }
}
