import Testing
@testable import BriefingAnalysis

@Suite struct TopicTests {
    func areas(_ text: String, language: Language = .en) -> [String: Double] {
        let document = Document(id: "d", fileName: "d.txt", language: language, title: "", text: text)
        return TopicClassifier.topics(of: document, sentences: SentenceSplitter.split(text, document: "d")).areas
    }

    func areas(title: String, body: String, language: Language = .en) -> [String: Double] {
        let text = title + "\n" + body
        let document = Document(id: "d", fileName: "d.txt", language: language, title: title, text: text)
        return TopicClassifier.topics(of: document, sentences: SentenceSplitter.split(text, document: "d")).areas
    }

    @Test func theTitleWeighsLikeASentenceOfTheBody() {
        let english = areas(title: "Trade between the regions grew", body: "Trade grew. The parties discussed agriculture and farm machinery supplies.")
        #expect(english["trade"] == 1 && (english["agriculture"] ?? 0) >= 0.5)
        let russian = areas(title: "Товарооборот регионов вырос", body: "Товарооборот вырос. Стороны обсудили сельское хозяйство и поставки сельхозтехники.", language: .ru)
        #expect(russian["trade"] == 1 && (russian["agriculture"] ?? 0) >= 0.5)
        // The body still decides: a title word alone does not make the main area.
        let body = areas(title: "Trade news", body: "Farmers bought grain harvesters. Dairy farms grew. Crops were good.")
        #expect(body["agriculture"] == 1 && (body["trade"] ?? 0) < 0.5)
    }

    @Test func bundledLexiconLoadsCleanly() {
        #expect(TopicLexicon.bundled.problems.isEmpty)
        #expect(TopicLexicon.bundled.entries.count > 200)
        #expect(TopicLexicon.bundled.entries.allSatisfy { (0...1).contains($0.weight) })
    }

    @Test func malformedLinesAreReportedWithTheirNumber() {
        let lexicon = TopicLexicon(text: "# comment\nenergy\ten\tgas$\t1.0\nwater\tde\twasser\t1\nfarm\ten\tcrop\t7")
        #expect(lexicon.entries.count == 1)
        #expect(lexicon.problems.map(\.description) == ["topics.tsv:3: unknown language de", "topics.tsv:4: weight must be a number in 0...1"])
    }

    @Test(arguments: [
        ("Belarusian companies build gas pipelines and boiler houses.", "energy"),
        ("Мы закупим еще 52 водоочистные станции.", "water"),
        ("The region breeds livestock and develops poultry farming.", "agriculture"),
        ("Строительство жилья и цементного завода.", "construction"),
        ("The purchase of forestry equipment and timber.", "forestry"),
        ("Поставки тракторов и комбайнов, сервисное обслуживание техники.", "machinery"),
        ("Культурный обмен и туризм.", "culture"),
        ("The trade turnover and exports grew.", "trade"),
    ])
    func mainArea(text: String, area: String) {
        let found = areas(text, language: text.unicodeScalars.contains { ScalarClass.isCyrillic($0) } ? .ru : .en)
        #expect(found[area] == 1.0, "\(text): \(found)")
    }

    @Test(arguments: ["Газета вышла в понедельник.", "The plan was discussed with the delegation.", "Водитель приехал вовремя."])
    func noArea(text: String) {
        #expect(areas(text, language: text.unicodeScalars.contains { ScalarClass.isCyrillic($0) } ? .ru : .en).isEmpty, "\(text)")
    }

    @Test func phrasesCountOnceAndWeightsAreInRange() {
        let found = areas("Water treatment plants. Water treatment plants. Industrial plant.")
        #expect(found["water"] == 1.0)
        #expect(found.values.allSatisfy { (0...1).contains($0) })
    }
}
