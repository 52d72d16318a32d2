import Testing
@testable import BriefingLayout

@Suite struct ChartSupportTests {
    let measurer = ChartFixtures.measurer
    let font = FontSpec(family: "PT Sans", size: 10)

    @Test func fittingWrapsThenEllipsises() {
        let lines = TextFitter.fit(ChartFixtures.longRussian, font: font, width: 60, maxLines: 2, measurer: measurer)
        #expect(lines.count == 2)
        #expect(lines[1].hasSuffix("…"))
        #expect(lines.allSatisfy { measurer.width(of: $0, font: font) <= 60 })
        #expect(TextFitter.truncate("short", font: font, width: 60, measurer: measurer) == "short")
        #expect(TextFitter.truncate("abcdefghijklmnop", font: font, width: 20, measurer: measurer) == "abc…")
    }

    @Test func numbersFollowTheLanguage() {
        #expect(ChartLocale.english.number(1_844_036.5) == "1,844,036.5")
        #expect(ChartLocale.russian.number(1_844_036.5) == "1\u{A0}844\u{A0}036,5")
        #expect(ChartLocale.english.number(2024) == "2024")
        #expect(ChartLocale.english.number(-3.0) == "\u{2212}3")
        #expect(ChartLocale.russian.value(25, unit: "%") == "25\u{A0}%")
        #expect(ChartLocale.russian.date(year: 2025, month: 9, day: 29) == "29 сент. 2025")
        #expect(ChartLocale.russian.date(year: 2025, month: 3, day: nil) == "март 2025")
    }

    /// Series colours must stay apart in grey, so colour is never the only cue.
    @Test(arguments: [ChartTheme.default, ChartTheme.greyscale])
    func paletteLightnessIsSpread(_ theme: ChartTheme) {
        let lightness = theme.palette.map(\.luminance).sorted()
        for (a, b) in zip(lightness, lightness.dropFirst()) { #expect(b - a >= 0.1) }
        #expect(Set(theme.markers).count == theme.palette.count)
        #expect(Set(theme.patterns).count == theme.palette.count)
    }

    @Test func tilesWrapIntoRows() {
        let four = KeyFigureTiles.layout(ChartFixtures.figures, theme: .default, width: 420, measurer: measurer)
        let two = KeyFigureTiles.layout(Array(ChartFixtures.figures.prefix(2)), theme: .default, width: 420, measurer: measurer)
        #expect(four.size.height > two.size.height * 1.5)
        let narrow = KeyFigureTiles.layout(ChartFixtures.figures, theme: .default, width: 140, measurer: measurer)
        #expect(narrow.size.height > four.size.height)
    }

    @Test func chartsPlaceAsOneGroupWithTheirRole() {
        let g = RangeChart.layout(ChartFixtures.ranges, theme: .default, width: 300, measurer: measurer)
        guard case .group(let group) = g.placed(at: Point(10, 20)) else { Issue.record("not a group"); return }
        #expect(group.role == "chart:range")
        #expect(group.transform == .translation(10, 20))
    }
}
