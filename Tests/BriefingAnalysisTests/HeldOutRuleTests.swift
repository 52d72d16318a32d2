import Testing
@testable import BriefingAnalysis

/// Rules added after scoring the held-out corpus (`DevCorpus/heldout`): each with positive and
/// negative examples in English and Russian.
@Suite struct HeldOutRuleTests {
    // MARK: - Percentage points

    @Test func russianPercentagePointsArePercentChanges() {
        #expect(FigureTestSupport.signatures("Доля области выросла на 1,8 п.п. за год.", .ru) == ["percent 1.8 % up «на 1,8 п.п.»"])
        #expect(FigureTestSupport.signatures("Доля снизилась на 2 процентных пункта.", .ru) == ["percent 2 % down «на 2 процентных пункта»"])
        #expect(FigureTestSupport.signatures("The share rose by 3 percentage points.", .en) == ["percent 3 % up «by 3 percentage points»"])
        // "п. 3" is an item of a document, not a unit.
        #expect(FigureTestSupport.signatures("Согласно п. 3 соглашения стороны обменяются делегациями.", .ru).allSatisfy { !$0.hasPrefix("percent") })
        #expect(FigureTestSupport.signatures("See point 3 of the agreement.", .en).allSatisfy { !$0.hasPrefix("percent") })
    }

    // MARK: - A day of a month is not a count

    @Test func dayOfMonthWithoutAYearIsNotACount() {
        #expect(FigureTestSupport.signatures("В Минске 18 ноября состоялось совещание специалистов.", .ru).isEmpty)
        #expect(FigureTestSupport.signatures("The meeting took place on 18 November in Minsk.", .en).isEmpty)
        // Counts stay counts.
        #expect(FigureTestSupport.signatures("Область закупит 18 автобусов.", .ru) == ["count 18 «18 автобусов»"])
        #expect(FigureTestSupport.signatures("The region will buy 18 buses.", .en) == ["count 18 «18 buses»"])
    }

    // MARK: - Quarter codes

    static func values(_ text: String, _ language: Language) -> [String] {
        TimeExpressionFinder.find(in: Sentence(document: "d", text: text, offset: 0), language: language,
                                  reference: TimeValue(year: 2024, month: 10, day: 1)).map(\.value.value)
    }

    @Test func quarterCodesWithTheirYear() {
        #expect(Self.values("In Q3 2024, the company opened two warehouses.", .en) == ["2024-07/2024-09"])
        #expect(Self.values("Sales grew in H1 2023.", .en) == ["2023-01/2023-06"])
        #expect(Self.values("В Q1 2024 года экспорт вырос.", .ru) == ["2024-01/2024-03"])
        // Without a year, or out of range, no date.
        #expect(Self.values("The Q3 results were good.", .en).isEmpty)
        #expect(Self.values("The Q7 2024 plan.", .en).isEmpty)
    }

    // MARK: - Datelines

    @Test func fullDateClosedByAFullStopIsADateline() throws {
        let english = try #require(Dateline.parse("KAZAN, 22 October 2024. Shipments of dairy products reached 41 thousand tonnes."))
        #expect(english.date.value == "2024-10-22" && english.place == "KAZAN")
        let russian = try #require(Dateline.parse("КАЗАНЬ, 22 октября 2024 г. Поставки молочной продукции выросли."))
        #expect(russian.date.value == "2024-10-22")
        // Without a year a full stop is not enough; nor is a list of cities.
        #expect(Dateline.parse("Minsk, 22 October. The delegation arrived.") == nil)
        #expect(Dateline.parse("Minsk, Moscow and Kazan are large cities.") == nil)
    }

    // MARK: - The date in the words beats the dateline

    func events(_ text: String, date: TimeValue, language: Language = .en) -> [Event] {
        let document = Document(id: "d", fileName: "d.txt", language: language, title: "", date: date, text: text)
        let (sentences, times) = Analyzer.readSentences(document)
        return EventExtractor.events(in: [document], sentences: [sentences], times: [times.flatMap { $0 }])
    }

    @Test func dateInTheSentenceBeatsTheDateline() {
        let date = TimeValue(year: 2024, month: 6, day: 27)
        let english = events("MINSK, 27 June (BelTA) - The Prime Minister held talks with the Governor of Leningrad Oblast on 26 June.", date: date)
        #expect(english.map(\.date.value) == ["2024-06-26"])
        let russian = events("МИНСК, 27 июня (БЕЛТА) - Премьер-министр провел переговоры с губернатором Ленинградской области 26 июня.",
                             date: date, language: .ru)
        #expect(russian.map(\.date.value) == ["2024-06-26"])
        // Without another date the dateline still dates the meeting.
        let dateline = events("MINSK, 27 June (BelTA) - The Prime Minister held talks with the Governor of Leningrad Oblast.", date: date)
        #expect(dateline.map(\.date.value) == ["2024-06-27"])
        let datelineRu = events("МИНСК, 27 июня (БЕЛТА) - Премьер-министр провел переговоры с губернатором области.", date: date, language: .ru)
        #expect(datelineRu.map(\.date.value) == ["2024-06-27"])
    }

    // MARK: - Durations with a comparator or a verb of lasting

    @Test func durationsAfterAComparatorOrALastingVerb() {
        #expect(FigureTestSupport.signatures("The regions have cooperated for more than fifteen years.", .en) == ["duration 15.. moreThan year «for more than fifteen years»"])
        #expect(FigureTestSupport.signatures("The programme lasts three weeks.", .en) == ["duration 3 week «three weeks»"])
        #expect(FigureTestSupport.signatures("Стажировка длится три недели.", .ru) == ["duration 3 week «три недели»"])
        #expect(FigureTestSupport.signatures("Регионы сотрудничают уже в течение более пятнадцати лет.", .ru).contains { $0.hasPrefix("duration 15.. moreThan year") })
        // A point in time, a count of years as a noun, no cue: no duration.
        #expect(FigureTestSupport.signatures("More than fifteen years ago the plant was built.", .en).allSatisfy { !$0.hasPrefix("duration") })
        #expect(FigureTestSupport.signatures("Более пяти лет назад завод был построен.", .ru).allSatisfy { !$0.hasPrefix("duration") })
    }

    // MARK: - Top groups

    @Test func topGroupsAreRanksOfAtMostThatPlace() {
        #expect(FigureTestSupport.signatures("Belarus ranked among the top three foreign suppliers of cheese.", .en) == ["rank ..3 upTo «among the top three»"])
        #expect(FigureTestSupport.signatures("The region is in the top 10 partners of Belarus.", .en) == ["rank ..10 upTo «in the top 10»"])
        #expect(FigureTestSupport.signatures("Область входит в тройку крупнейших партнеров.", .ru) == ["rank ..3 upTo «в тройку»"])
        #expect(FigureTestSupport.signatures("Область вошла в первую пятерку регионов.", .ru) == ["rank ..5 upTo «в первую пятерку»"])
        // "top" without a number, a "тройка" not joined by "в": no rank.
        #expect(FigureTestSupport.signatures("Top officials met in Minsk.", .en).isEmpty)
        #expect(FigureTestSupport.signatures("The top three managers resigned.", .en).allSatisfy { !$0.hasPrefix("rank") })
        #expect(FigureTestSupport.signatures("Тройка лидеров не изменилась.", .ru).allSatisfy { !$0.hasPrefix("rank") })
    }

    // MARK: - The year of a dateline without one

    @Test func datelineYearPrefersDatesWithAMonth() {
        #expect(DocumentProfiler.latestYear(in: ["Supplies of combines are planned in 2025.", "Trade in January-April 2024 grew by 6%."]) == 2024)
        #expect(DocumentProfiler.latestYear(in: ["Поставки запланированы на 2025 год.", "В январе–апреле 2024 года товарооборот вырос."]) == 2024)
        // Only bare years: the latest of them.
        #expect(DocumentProfiler.latestYear(in: ["Trade grew in 2023 and will grow in 2024."]) == 2024)
        #expect(DocumentProfiler.latestYear(in: ["Без дат."]) == nil)
    }

    // MARK: - Short statistical lines, tonnes, spans across months, long publisher lines

    @Test func shortLinesWithAScaleAreProseNotChrome() {
        #expect(FigureTestSupport.signatures("Экспорт – 215,2 млн долл.", .ru) == ["money 215200000 USD «215,2 млн долл.»"])
        #expect(FigureTestSupport.signatures("Exports: USD 96.5 mln.", .en) == ["money 96500000 USD «USD 96.5 mln.»"])
        // Tickers stay chrome.
        #expect(FigureTestSupport.signatures("USD 3,2630 EUR 3,5480", .ru).isEmpty)
        #expect(FigureTestSupport.signatures("USD 3.24 EUR 3.51", .en).isEmpty)
    }

    @Test func abbreviatedTonnesAreCounted() {
        #expect(FigureTestSupport.signatures("Экспорт молочной продукции составил 312,5 тыс. т на сумму 1,1 млрд долл.", .ru).first == "count 312500 «312,5 тыс. т»")
        #expect(FigureTestSupport.signatures("За неделю хозяйство отгрузило 40 т молока.", .ru) == ["count 40 «40 т»"])
        // "т. е." / "т. д." after a number are not tonnes.
        #expect(FigureTestSupport.signatures("Работают 3 т. е. три смены.", .ru).allSatisfy { !$0.contains("«3 т") })
        #expect(FigureTestSupport.signatures("Delivered 40 t of milk.", .en).allSatisfy { !$0.hasPrefix("count 40") })
    }

    @Test func daySpansAcrossMonths() {
        #expect(Self.values("The Days were held from 29 March to 2 April 2023.", .en) == ["2023-03-29/2023-04-02"])
        #expect(Self.values("The Days were held from 29 March to 2 April.", .en) == ["2024-03-29/2024-04-02"])
        #expect(Self.values("Дни прошли с 29 марта по 2 апреля 2023 года.", .ru) == ["2023-03-29/2023-04-02"])
        // Two dates that are not one span: the month goes back, or no joiner.
        #expect(Self.values("It opened on 29 March, and on 2 April it closed.", .en) == ["2024-03-29", "2024-04-02"])
        #expect(Self.values("С 29 декабря по 2 января офис закрыт.", .ru).count != 1 || Self.values("С 29 декабря по 2 января офис закрыт.", .ru) != ["2024-12-29/2024-01-02"])
    }

    @Test func publisherLinesUpToTenWords() {
        #expect(DocumentProfiler.isPublisherLine("Trade Mission of the Republic of Belarus in Kazan"))
        #expect(DocumentProfiler.isPublisherLine("Торговое представительство Республики Беларусь в Российской Федерации"))
        #expect(!DocumentProfiler.isPublisherLine("The committee of the two regions will meet again in Minsk next spring to sign"))
        #expect(!DocumentProfiler.isPublisherLine("Совет директоров собрался на заседание."))
    }

    // MARK: - Indices

    @Test func indicesToALevelArePercentChanges() {
        #expect(FigureTestSupport.signatures("Оборот составил 3 480,6 млн долл. США, или 104,3 % к уровню января–сентября 2023 г.", .ru)
            .contains("percent 4.3 % up «104,3 %»"))
        #expect(FigureTestSupport.signatures("Производство молока составило 96,5 % к соответствующему периоду прошлого года.", .ru)
            .contains("percent 3.5 % down «96,5 %»"))
        #expect(FigureTestSupport.signatures("Industrial output was 102.5% of the 2023 level in the region.", .en)
            .contains("percent 2.5 % up «102.5%»"))
        // A share or a change written as such stays as it is.
        #expect(FigureTestSupport.signatures("Доля России в экспорте области составила 80,5 %.", .ru) == ["percent 80.5 % «80,5 %»"])
        #expect(FigureTestSupport.signatures("Экспорт вырос на 4,1 % к уровню прошлого года.", .ru) == ["percent 4.1 % up «на 4,1 %»"])
        #expect(FigureTestSupport.signatures("The plant reached 85% of the design capacity.", .en) == ["percent 85 % «85%»"])
    }

    // MARK: - Comparisons with another level; footers of links

    @Test func multipliersOfAComparisonArePercentChanges() {
        #expect(FigureTestSupport.signatures("The region bought eleven harvesters this year, twice as many as a year earlier.", .en)
            .contains { $0.hasPrefix("percent 100 % up «twice") })
        #expect(FigureTestSupport.signatures("В этом году закуплено вдвое больше комбайнов, чем годом ранее.", .ru)
            .contains { $0.hasPrefix("percent 100 % up «вдвое больше") })
        #expect(FigureTestSupport.signatures("Поставки оказались в 2 раза меньше, чем планировалось.", .ru)
            .contains { $0.hasPrefix("percent 50 % down") })
        // No comparison, no change: nothing.
        #expect(FigureTestSupport.signatures("The delegation visited the plant twice during the visit.", .en).allSatisfy { !$0.hasPrefix("percent") })
        #expect(FigureTestSupport.signatures("Комиссия собиралась вдвое чаще обычного в этом месяце.", .ru).allSatisfy { !$0.hasPrefix("percent") })
    }

    @Test func readMoreLinesAreChrome() {
        #expect(ChromeStripper.isChrome(Substring("Read more: Trade Mission newsletter No. 8 (September 2024)")))
        #expect(ChromeStripper.isChrome(Substring("Читайте также: Гродно и Калуга обсудили поставки (май 2024)")))
        #expect(!ChromeStripper.isChrome(Substring("Read the full text of the agreement: it was published on 5 May 2024 in Minsk.")))
        #expect(!ChromeStripper.isChrome(Substring("See the parties agreed to meet again in June 2024 in Smolensk.")))
    }

    @Test func titleOverADatelineEndsARelatedBlock() {
        let english = "Most read:\nLukashenko meets with Governor of Primorye - 12:05\nNovosibirsk delegation to visit Minsk\nMINSK, 9 December (BelTA) - A delegation of Novosibirsk Oblast will visit Minsk on 12-13 December."
        #expect(ChromeStripper.strip(english).text.hasPrefix("Novosibirsk delegation to visit Minsk\nMINSK, 9 December"))
        let russian = "Самое читаемое\nЛукашенко встретился с губернатором - 12:05\nДелегация Новосибирской области посетит Минск\nМИНСК, 9 декабря (БЕЛТА) - Делегация Новосибирской области посетит Минск 12-13 декабря."
        #expect(ChromeStripper.strip(russian).text.hasPrefix("Делегация Новосибирской области посетит Минск\nМИНСК"))
        // Related headlines followed by an ordinary line stay dropped.
        let footer = "Article text ends here with a full sentence.\nRelated news\nBelarus and Tula sign a roadmap\nMogilev hosts a forum"
        #expect(ChromeStripper.strip(footer).text == "Article text ends here with a full sentence.")
    }

    @Test func publisherOfAnOfficialWebsiteLine() {
        #expect(DocumentProfiler.publisherName("Официальный сайт Правительства Курской области") == "Правительство Курской области")
        #expect(DocumentProfiler.publisherName("Official website of the Government of Tula Region") == "Government of Tula Region")
        #expect(DocumentProfiler.isPublisherLine("Официальный сайт Правительства Курской области"))
        // Other lines are kept as they are.
        #expect(DocumentProfiler.publisherName("Брестский областной исполнительный комитет") == "Брестский областной исполнительный комитет")
        #expect(DocumentProfiler.publisherName("Official Kazan") == "Official Kazan")
    }

    @Test func todayInANameDoesNotDateAnEvent() {
        let date = TimeValue(year: 2023, month: 9, day: 5)
        #expect(events("The governor answered questions from Belarus Today ahead of the Forum of Regions.", date: date).isEmpty)
        #expect(events("Губернатор ответил на вопросы «Минской Правды Сегодня» накануне форума.", date: date, language: .ru).isEmpty)
        // "today" as a word still dates the meeting.
        #expect(events("The meeting of the working group is held today in Minsk.", date: date).map(\.date.value) == ["2023-09-05"])
        #expect(events("Сегодня в Минске проходит заседание рабочей группы.", date: date, language: .ru).map(\.date.value) == ["2023-09-05"])
    }

    // MARK: - The base of a comparison is not a figure's period

    func periods(_ text: String, _ language: Language, date: TimeValue = TimeValue(year: 2024, month: 10, day: 22)) -> [String: String?] {
        let d = Document(id: "d", fileName: "d.txt", language: language, title: "", date: date, text: text)
        let (sentences, times) = Analyzer.readSentences(d)
        let all = times.flatMap { $0 }
        let figures = sentences.flatMap { s in FigureFinder.find(in: s, of: d, times: all.filter { $0.sentence == s }) }
        var result: [String: String?] = [:]
        for f in FactBuilder.facts(from: figures, times: all, documents: [d]) where f.kind != .date && f.kind != .year {
            result[f.mentions.first?.quote ?? ""] = f.period
        }
        return result
    }

    /// The period of the fact whose first quote contains `needle`; "absent" when there is none.
    func period(_ text: String, _ language: Language, of needle: String) -> String {
        guard let entry = periods(text, language).first(where: { $0.key.contains(needle) }) else { return "absent" }
        return entry.value ?? "nil"
    }

    @Test func comparisonBaseIsNotThePeriod() {
        #expect(period("Supplies totalled USD 96.5 mln, up 7.2 per cent on the same period of 2023.", .en, of: "7.2") == "nil")
        #expect(period("Оборот в январе–сентябре 2024 г. составил 3 480,6 млн долл. США и вырос на 4,3 % по сравнению с аналогичным периодом 2023 г.", .ru, of: "4,3")
            == "2024-01/2024-09")
        // A date after the figure that is not a base is still its period.
        #expect(period("Supplies totalled USD 96.5 mln in January-August 2024.", .en, of: "96.5") == "2024-01/2024-08")
        #expect(period("Поставки составили 96,5 млн долларов США в январе–августе 2024 года.", .ru, of: "96,5") == "2024-01/2024-08")
    }

    @Test func dollarsOfTheUSAContinueTheSentence() {
        let russian = SentenceSplitter.split("Оборот составил 3 480,6 млн долл. США и вырос на 4,3 %.", document: "d")
        #expect(russian.count == 1)
        // "долл." at the end of a sentence still ends it; other abbreviations are unchanged.
        #expect(SentenceSplitter.split("Экспорт составил 215,2 млн долл. Импорт вырос.", document: "d").count == 2)
        #expect(SentenceSplitter.split("Exports reached USD 5 mln. The USA is a partner.", document: "d").count == 2)
    }

    // MARK: - Catalogue rows: people employed, plants

    func indicator(_ text: String, _ language: Language, of needle: String) -> String {
        let d = Document(id: "d", fileName: "d.txt", language: language, title: "", date: TimeValue(year: 2024, month: 1, day: 1), text: text)
        let (sentences, times) = Analyzer.readSentences(d)
        let all = times.flatMap { $0 }
        let figures = sentences.flatMap { s in FigureFinder.find(in: s, of: d, times: all.filter { $0.sentence == s }) }
        guard let fact = FactBuilder.facts(from: figures, times: all, documents: [d]).first(where: { $0.mentions.first?.quote.contains(needle) == true })
        else { return "absent" }
        return fact.indicator ?? "nil"
    }

    @Test func peopleEmployedAndPlantsHaveIndicators() {
        #expect(indicator("The plant will employ about 150 people.", .en, of: "150") == "jobs.count")
        #expect(indicator("На предприятии будут трудоустроены 150 человек.", .ru, of: "150") == "jobs.count")
        #expect(indicator("Representatives of twelve Belarusian dairy plants will take part in the fair.", .en, of: "twelve") == "companies.count")
        #expect(indicator("В выставке участвуют 12 белорусских заводов.", .ru, of: "12") == "companies.count")
        // People who are not employed: no jobs indicator.
        #expect(indicator("More than 2,000 people attended the opening weekend.", .en, of: "2,000") != "jobs.count")
        #expect(indicator("Выставку посетили 500 человек.", .ru, of: "500") != "jobs.count")
    }
}
