import Testing
@testable import BriefingAnalysis

/// Items packed while they wait for the merge must come back equal, byte for byte.
@Suite struct PackedItemsTests {
    static func item(_ k: Int, sentences: Int) -> FactBuilder.Item {
        let mention = Mention(document: "doc_0001_long_identifier", quote: "quote \(k) — «кавычки»",
                              sentence: "Sentence number \(k % sentences) with Cyrillic текст and café.")
        let fact = Fact(id: k % 3 == 0 ? "" : "f\(k)", kind: [.percent, .money, .count, .year][k % 4],
                        value: k % 5 == 0 ? nil : Double(k) / 3, low: k % 2 == 0 ? -0.0 : nil, high: k % 7 == 0 ? 1e300 : nil,
                        qualifier: k % 2 == 0 ? .about : .exact, unit: k % 3 == 0 ? nil : "USD", per: k % 4 == 0 ? "tonne" : nil,
                        subject: "subject \(k)", indicator: k % 2 == 0 ? "trade.turnover.growth" : nil,
                        change: k % 3 == 1 ? .down : nil, period: k % 5 == 1 ? "2024-01/2024-11" : nil,
                        discrepancyWith: k % 6 == 0 ? ["f1", "f2"] : [], mentions: k % 9 == 0 ? [mention, mention] : [mention])
        return (doc: "doc_0001_long_identifier", position: k * 17, fact: fact)
    }

    @Test(arguments: [1, 5, 80])
    func roundTrip(sentences: Int) {
        let items = (0..<120).map { Self.item($0, sentences: sentences) }
        let back = PackedItems(items).unpacked()
        #expect(back.count == items.count)
        for (a, b) in zip(items, back) {
            #expect(a.doc == b.doc && a.position == b.position && a.fact == b.fact)
            #expect(a.fact.mentions.map { Array($0.sentence.utf8) } == b.fact.mentions.map { Array($0.sentence.utf8) })
        }
    }

    @Test func emptyIsEmpty() {
        #expect(PackedItems([]).unpacked().isEmpty)
        #expect(PackedItems().count == 0)
    }
}
