import Foundation
import Testing
@testable import BriefingAnalysis

/// "What the seeds must give", figures side: each fact checked by kind, value, indicator and mentions.
struct FactSeedsTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../seeds").standardized.path

    static let analysis: Analysis? = try? Analyzer().analyze(folder: seeds)

    static func fact(_ kind: FactKind, where match: (Fact) -> Bool) -> Fact? {
        analysis?.facts.first { $0.kind == kind && match($0) }
    }

    static func documents(_ f: Fact?) -> [String] {
        (f?.mentions.map { String($0.document.prefix(3)) } ?? []).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    @Test func tradeTurnoverGrewByAQuarter() {
        let f = Self.fact(.percent) { $0.value == 25 }
        #expect(f?.change == .up)
        #expect(f?.period == "2022")
        #expect(f?.indicator == "trade.turnover.growth")
        #expect(f?.mentions.map(\.quote) == ["by a quarter", "by 25%"])
        #expect(Self.documents(f) == ["001"])
    }

    @Test func shareOfBelarusianMachinery() {
        let f = Self.fact(.range) { $0.low == 25 && $0.high == 30 }
        #expect(f?.unit == "%")
        #expect(f?.indicator == "share.belarusian.machinery")
        #expect(Self.documents(f) == ["000", "002"])
    }

    @Test func waterTreatmentStations() {
        let built = Self.fact(.count) { $0.value == 37 }
        #expect(built?.mentions.first?.quote == "Thirty-seven turnkey facilities")
        #expect(built?.subject.contains("water treatment") == true)
        #expect(built?.indicator == "water.stations.built")
        #expect(Self.documents(built) == ["003"])

        let planned = Self.fact(.count) { $0.value == 52 }
        #expect(planned?.indicator == "water.stations.planned")
        #expect(Self.documents(planned) == ["000", "002"])
        #expect(Self.fact(.duration) { $0.value == 3 && $0.unit == "year" }.map(Self.documents) == ["000", "002"])

        let programme = Self.fact(.count) { $0.low == 100 }
        #expect(programme?.qualifier == .moreThan)
        #expect(programme?.value == nil)
        #expect(programme?.indicator == "water.stations.programme")
        #expect(Self.documents(programme) == ["003"])
    }

    @Test func schoolForPupils() {
        let f = Self.fact(.count) { $0.value == 825 }
        #expect(f?.indicator == "school.capacity")
        #expect(Self.documents(f) == ["003"])
    }

    @Test func housingCost() {
        let f = Self.fact(.money) { $0.value == 32_000 }
        #expect(f?.unit == "RUB")
        #expect(f?.per == "square meter")
        #expect(f?.indicator == "housing.cost.per.m2")
        #expect(Self.documents(f) == ["004"])
    }

    @Test func ranks() {
        let ranks = Self.analysis?.facts.filter { $0.kind == .rank } ?? []
        let summary = ranks.map { "\(Self.documents($0).joined(separator: "+")) \(JSONValue.format($0.value ?? 0)) \($0.indicator ?? "-")" }
        #expect(summary.contains("001 2 rank.trade"))
        #expect(summary.contains("001 1 rank.import"))
        #expect(summary.contains("001 2 rank.export"))
        #expect(summary.contains("000+002 1 rank.investment"))
        #expect(ranks.count == 4)
    }

    @Test func dateFacts() {
        let periods = Set(Self.analysis?.facts.filter { $0.kind == .date || $0.kind == .year }.compactMap(\.period) ?? [])
        #expect(periods.isSuperset(of: ["2023-06", "2022", "2023-09-26", "2012-11-09"]))
    }

    /// Nothing from tickers, the clock, chrome or years read as counts.
    @Test func noFiguresFromChrome() {
        let facts = Self.analysis?.facts ?? []
        #expect(!facts.contains { $0.mentions.contains { $0.quote.contains("BYN") || $0.quote.contains("13:00") } })
        #expect(!facts.contains { $0.kind == .money && $0.value == 3.64 })
        #expect(!facts.contains { $0.kind == .count && ($0.value ?? 0) >= 1900 && ($0.value ?? 0) <= 2100 })
        #expect(!facts.contains { $0.mentions.contains { $0.quote.localizedCaseInsensitiveContains("font") } })
    }

    @Test func everyQuoteIsInItsDocument() throws {
        let analysis = try #require(Self.analysis)
        let texts = Dictionary(uniqueKeysWithValues: analysis.documents.map { ($0.id, $0.text) })
        for fact in analysis.facts {
            for m in fact.mentions {
                #expect(texts[m.document]?.contains(m.quote) == true, "\(m.quote)")
                #expect(texts[m.document]?.contains(m.sentence) == true)
            }
        }
    }

    @Test func idsAreStableAndOrdered() throws {
        let analysis = try #require(Self.analysis)
        #expect(analysis.facts.map(\.id) == analysis.facts.indices.map { "f\($0 + 1)" })
        let again = try Analyzer().analyze(folder: Self.seeds)
        #expect(again.formatted(as: .json) == analysis.formatted(as: .json))
    }
}
