import Testing
@testable import BriefingAnalysis

/// Merging, indicators, antecedents, discrepancies, time facts and stable ids.
struct FactBuilderTests {
    static func document(_ id: String, _ language: Language, _ text: String, translationOf: String? = nil) -> Document {
        Document(id: id, fileName: id + ".txt", language: language, title: "", translationOf: translationOf, text: text)
    }

    /// Figures of every line of a document, as the analyzer would pass them (one sentence per line).
    static func figures(_ d: Document, times: [TimeExpression] = []) -> [Figure] {
        var offset = 0
        var result: [Figure] = []
        for line in d.text.split(separator: "\n", omittingEmptySubsequences: false) {
            let s = Sentence(document: d.id, text: String(line), offset: offset)
            result += FigureFinder.find(in: s, of: d, times: times.filter { $0.sentence == s })
            offset += line.unicodeScalars.count + 1
        }
        return result
    }

    static func facts(_ docs: [Document], times: [TimeExpression] = []) -> [Fact] {
        FactBuilder.facts(from: docs.flatMap { figures($0, times: times) }, times: times, documents: docs)
    }

    @Test func sameFigureInOneDocumentIsOneFact() {
        let d = Self.document("001", .en, """
        Over the past year, the trade turnover between our regions has grown by a quarter.
        At the end of 2022, the trade turnover of the region with Belarus increased by 25%.
        """)
        let second = "At the end of 2022, the trade turnover of the region with Belarus increased by 25%."
        let sentence = Sentence(document: "001", text: second, offset: 83)
        let time = TimeExpression(sentence: sentence, quote: "At the end of 2022", offset: 0, value: TimeValue(year: 2022, modifier: .end))
        let facts = Self.facts([d], times: [time])
        let growth = facts.filter { $0.kind == .percent }
        #expect(growth.count == 1)
        #expect(growth.first?.mentions.map(\.quote) == ["by a quarter", "by 25%"])
        #expect(growth.first?.indicator == "trade.turnover.growth")
        #expect(growth.first?.period == "2022")
        #expect(growth.first?.change == .up)
        #expect(facts.contains { $0.kind == .year && $0.value == 2022 && $0.period == "2022" })
        for f in facts { for m in f.mentions { #expect(d.text.contains(m.quote)) } }
    }

    @Test func translationsShareFacts() {
        let en = Self.document("000", .en, "For instance, about 25-30% of the equipment we purchase is Belarusian.", translationOf: "002")
        let ru = Self.document("002", .ru, "Например, из техники, которую мы закупаем, примерно 25-30 % это техника белорусская.", translationOf: "000")
        let facts = Self.facts([en, ru])
        #expect(facts.count == 1)
        #expect(facts.first?.indicator == "share.belarusian.machinery")
        #expect(facts.first?.mentions.map(\.document) == ["000", "002"])
    }

    @Test func differentSourcesDisagree() {
        let a = Self.document("a", .en, "The trade turnover with Belarus increased by 25% last year.")
        let b = Self.document("b", .en, "Trade turnover grew by 30% compared with the previous year.")
        let facts = Self.facts([a, b])
        #expect(facts.map(\.id) == ["f1", "f2"])
        #expect(facts.map(\.discrepancyWith) == [["f2"], ["f1"]])
    }

    @Test func untranslatedDocumentsDoNotMerge() {
        let a = Self.document("a", .en, "The region plans to buy 52 water treatment stations.")
        let b = Self.document("b", .en, "The region plans to buy 52 water treatment stations.")
        #expect(Self.facts([a, b]).count == 2)
    }

    @Test func suchObjectsTakeTheirAntecedent() {
        let d = Self.document("003", .en, """
        He noted that the construction of water treatment plants is among them.
        Thirty-seven turnkey facilities already operate in the region.
        You have prepared a programme for the construction of more than 100 such objects.
        """)
        let counts = Self.facts([d]).filter { $0.kind == .count }
        #expect(counts.map(\.subject) == ["water treatment plants", "water treatment plants"])
        #expect(counts.map(\.indicator) == ["water.stations.built", "water.stations.programme"])
        #expect(counts.last?.low == 100 && counts.last?.qualifier == .moreThan)
    }

    @Test func indicatorsFromTheCatalogue() {
        func indicator(_ text: String, _ language: Language) -> String? {
            Self.facts([Self.document("x", language, text)]).first { $0.kind != .duration }?.indicator
        }
        #expect(indicator("Belarus took 1st place in imports.", .en) == "rank.import")
        #expect(indicator("Belarus took 2nd place in exports.", .en) == "rank.export")
        #expect(indicator("По промышленным инвестициям мы вообще регион номер один.", .ru) == "rank.investment")
        #expect(indicator("A school for 825 pupils is being built.", .en) == "school.capacity")
        #expect(indicator("В ближайшие три года мы закупим еще 52 водоочистные станции.", .ru) == "water.stations.planned")
        #expect(indicator("Стоимость одного квадратного метра жилья составляет 32 тыс. рублей.", .ru) == "housing.cost.per.m2")
        #expect(indicator("The weather was nice and 25 people came.", .en) == nil)
    }

    /// A figure after its verb takes its indicator from the clause subject; shares, ranks and
    /// rows with two stem groups read their own words.
    @Test func indicatorsFromTheClause() {
        func indicators(_ text: String, _ language: Language) -> [String?] {
            Self.facts([Self.document("x", language, text)]).filter { $0.kind != .duration }.map(\.indicator)
        }
        #expect(indicators("In 2021, trade between the regions totalled $1.2 billion, up 18% year-on-year.", .en)
                == ["trade.turnover.value", "trade.turnover.growth"])
        #expect(indicators("Товарооборот области вырос на 12,5% и составил 1,2 млрд долларов.", .ru)
                == ["trade.turnover.growth", "trade.turnover.value"])
        #expect(indicators("Vitebsk Oblast ranked first among Belarusian regions in trade with Pskov Region.", .en) == ["rank.trade"])
        #expect(indicators("Область занимает третье место среди российских регионов во внешней торговле.", .ru) == ["rank.trade"])
        #expect(indicators("Belarusian buses account for around 40% of the passenger fleet.", .en) == ["share.belarusian.machinery"])
        #expect(indicators("Доля белорусской техники в тракторном парке региона составляет 70%.", .ru) == ["share.belarusian.machinery"])
        #expect(indicators("Стоимость квадратного метра жилья составит около 45 тыс. рублей.", .ru) == ["housing.cost.per.m2"])
        #expect(indicators("The project is expected to create 180 jobs.", .en) == ["jobs.count"])
        #expect(indicators("Будет создано не менее 150 рабочих мест.", .ru) == ["jobs.count"])
        #expect(indicators("The plant will buy 20 trolleybuses.", .en) == ["machinery.supplied"])
        // Negatives: a percent range is never a count indicator; seats are not jobs; the
        // clause subject is not used for counts.
        #expect(indicators("Доля российских гостей среди туристов составляет от 15 до 20 процентов.", .ru) == [nil])
        #expect(indicators("The hall has 150 seats.", .en) == [nil])
        #expect(indicators("Сальдо торговли сложилось положительным в сумме 1,8 млрд российских рублей.", .ru) == [nil])
        #expect(indicators("The trade surplus reached $50 million.", .en) == [nil])
        #expect(indicators("The trade turnover reached $50 million.", .en) == ["trade.turnover.value"])
        #expect(indicators("Trade fairs attracted 300 visitors from Minsk.", .en) != ["trade.turnover.value"])
        #expect(indicators("The weather in the region was warm and 25% of the fields were sown.", .en) == [nil])
    }

    /// The same value in a title and the body of one document is one fact; different indicators are not.
    @Test func titleAndBodyMerge() {
        let d = Self.document("t", .en, """
        Belarus and Tyumen Oblast intend to bring trade to $300m
        Belarus and Tyumen Oblast intend to bring their mutual trade to $300 million, the Prime Minister said.
        """)
        let money = Self.facts([d]).filter { $0.kind == .money }
        #expect(money.count == 1)
        #expect(money.first?.mentions.count == 2)
        let e = Self.document("u", .en, "Exports to the region grew by 10% last year.\nImports from the region grew by 10% as well.")
        #expect(Self.facts([e]).filter { $0.kind == .percent }.count == 2)
    }

    /// A span said right after a figure in its clause is its period; not across a comma.
    @Test func followingDurationIsThePeriod() {
        let d = Self.document("p", .en, "MTZ has supplied more than 300 tractors to Tula farms over the past five years.")
        #expect(Self.facts([d]).first { $0.kind == .count }?.period == "P5Y")
        let r = Self.document("q", .ru, "Сейчас в регионе работают 11 дилерских центров, а срок доставки сократился с семи до двух дней.")
        #expect(Self.facts([r]).first { $0.kind == .count }?.period == nil)
    }

    @Test func catalogueParsesEveryRow() throws {
        let catalogue = IndicatorCatalogue.bundled
        #expect(catalogue.rows.count >= 20)
        #expect(Set(catalogue.rows).count == catalogue.rows.count)
        #expect(catalogue.rows.allSatisfy { !$0.subject.isEmpty })
    }

    @Test func datesBecomeDateFacts() {
        let text = "The meeting took place on 9 November 2012."
        let s = Sentence(document: "d", text: text, offset: 0)
        let day = TimeExpression(sentence: s, quote: "9 November 2012", offset: 26, value: TimeValue(year: 2012, month: 11, day: 9))
        let facts = FactBuilder.facts(from: [], times: [day], documents: [Self.document("d", .en, text)])
        #expect(facts.map(\.kind) == [.date])
        #expect(facts.first?.period == "2012-11-09")
        #expect(facts.first?.value == nil)
    }

    @Test func idsFollowDocumentsThenPositions() {
        let b = Self.document("b", .en, "Sales grew by 10% and 30 new shops opened.")
        let a = Self.document("a", .en, "Exports fell by 5% while 12 dealers closed.")
        let facts = Self.facts([b, a])
        #expect(facts.map { $0.mentions[0].quote } == ["by 5%", "12 dealers", "by 10%", "30 new shops"])
        #expect(facts.map(\.id) == ["f1", "f2", "f3", "f4"])
    }
}

/// The merge key is written without `String(Double)` for whole numbers; it must be the
/// very bytes the interpolated string gives, or facts would merge differently.
@Suite struct MergeKeyTests {
    static func interpolated(_ f: Fact) -> String {
        func n(_ v: Double?) -> String { v.map { String($0) } ?? "-" }
        var key = "\(f.kind.rawValue)|\(n(f.value))|\(n(f.low))|\(n(f.high))|\(f.unit ?? "-")|\(f.per ?? "-")"
        key += "|\(f.change?.rawValue ?? "-")"
        if f.kind == .date || f.kind == .year { key += "|" + (f.period ?? "") }
        return key
    }

    @Test func keyIsTheInterpolatedString() {
        let values: [Double?] = [nil, 0, -0.0, 1, 25, -3, 0.5, 2.75, 1e6, 123_456_789, 999_999_999_999_999, 1e15, 9.99e15, 1e20, 0.1 + 0.2]
        for value in values {
            for kind in [FactKind.percent, .money, .year] {
                let fact = Fact(id: "", kind: kind, value: value, low: value.map { $0 / 2 }, high: nil, unit: kind == .money ? "USD" : nil,
                                subject: "s", change: value == 25 ? .up : nil, period: kind == .year ? "2024" : nil, mentions: [])
                #expect(String(decoding: Merger.valueKey(fact), as: UTF8.self) == Self.interpolated(fact))
            }
        }
    }
}
