import BriefingAnalysis
import BriefingLayout
import Foundation
import Testing

/// The bars of the briefing are read from the seed texts, not written into the code.
struct ChartFromSeedsTests {
    @Test func barValuesComeFromFactsQuotedInTheSeeds() throws {
        let seeds = CLIRunner.packageRoot.appendingPathComponent("seeds").path
        let analysis = try Analyzer().analyze(folder: seeds)
        let composer = BriefingComposer(style: .defaults, measurer: FixedAdvanceMeasurer(), language: .en, creator: "test")
        let document = composer.compose(analysis, creationDate: "2000-01-01T00:00:00Z")
        let chart = document.pages.flatMap(\.items).compactMap(\.barChartGroup).first
        let bars = try #require(chart, "the briefing has a bar chart")
        let labels = bars.allTexts
        let charted = analysis.facts.filter { [.percent, .count].contains($0.kind) && ($0.value ?? $0.low) != nil }
        #expect(!charted.isEmpty)
        let texts = Dictionary(uniqueKeysWithValues: analysis.documents.map { ($0.id, $0.text) })
        for fact in charted.prefix(12) {
            let value = fact.value ?? fact.low ?? 0
            let number = value == value.rounded() ? String(Int(value)) : String(value)
            #expect(labels.contains { $0.contains(number) }, "bar label for \(number) missing")
            for mention in fact.mentions {
                #expect(texts[mention.document]?.contains(mention.quote) == true, "quote not in source: \(mention.quote)")
            }
        }
        // The trade turnover growth of the seeds: "increased by 25%".
        #expect(labels.contains { $0.contains("25") })
    }
}

extension SceneItem {
    var barChartGroup: GroupItem? {
        guard case .group(let g) = self else { return nil }
        if g.role == "chart:bar" { return g }
        return g.items.lazy.compactMap(\.barChartGroup).first
    }
}

extension GroupItem {
    var allTexts: [String] {
        items.flatMap { item -> [String] in
            switch item {
            case .text(let t): return [t.text]
            case .group(let g): return g.allTexts
            default: return []
            }
        }
    }
}
