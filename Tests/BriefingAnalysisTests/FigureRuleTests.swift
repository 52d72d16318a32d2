import Testing
@testable import BriefingAnalysis

/// Each rule's positive corpus (the figure it must read, as a signature) and negative
/// corpus (sentences where it must read nothing of its kind), in English and Russian.
struct FigureRuleTests {
    struct Example: CustomStringConvertible, Sendable {
        let text: String
        let language: Language
        let expected: String
        var description: String { text }
    }

    static func en(_ text: String, _ expected: String = "") -> Example { Example(text: text, language: .en, expected: expected) }
    static func ru(_ text: String, _ expected: String = "") -> Example { Example(text: text, language: .ru, expected: expected) }

    static let positives: [Example] = [
        // percent and change
        en("At the end of 2022, the trade turnover increased by 25%.", "percent 25 % up «by 25%»"),
        en("Over the past year, the trade turnover between our regions has grown by a quarter.", "percent 25 % up «by a quarter»"),
        en("Exports decreased by 3.5 percent last year.", "percent 3.5 % down «by 3.5 percent»"),
        en("Output rose by almost 30% in the first half.", "percent 30 about % up «by almost 30%»"),
        en("The share of exports reached 40 per cent of the total.", "percent 40 % «40 per cent»"),
        en("Sales showed a 12% increase compared with 2021.", "percent 12 % up «12% increase»"),
        ru("Товарооборот вырос на 25% по итогам года.", "percent 25 % up «на 25%»"),
        ru("Поставки выросли на четверть за год.", "percent 25 % up «на четверть»"),
        ru("Экспорт снизился на 7,5 процента в прошлом году.", "percent 7.5 % down «на 7,5 процента»"),
        ru("Объем производства увеличился почти на 30% к уровню прошлого года.", "percent 30 about % up «почти на 30%»"),
        ru("Доля белорусской техники составляет 40 %.", "percent 40 % «40 %»"),
        // ranges
        en("About 25-30% of the equipment we purchase is Belarusian.", "range 25..30 about % «About 25-30%»"),
        en("Prices went up by 25–30 % in two months.", "range 25..30 % up «by 25–30 %»"),
        en("The share will grow from 25 to 30 percent.", "range 25..30 % «from 25 to 30 percent»"),
        en("The plant will hire 200-250 workers next year.", "range 200..250 «200-250 workers»"),
        ru("Примерно 25-30 % это техника белорусская.", "range 25..30 about % «Примерно 25-30 %»"),
        ru("Доля вырастет от 25 до 30 процентов.", "range 25..30 % «от 25 до 30 процентов»"),
        ru("Стоимость составит от 5 до 7 млн рублей.", "range 5000000..7000000 RUB «от 5 до 7 млн рублей»"),
        // comparators
        en("A programme for the construction of more than 100 such objects.", "count 100.. moreThan «more than 100 such objects»"),
        en("The company employs at least 500 people.", "count 500.. atLeast «at least 500 people»"),
        en("The fund will provide up to 20 grants a year.", "count ..20 upTo/year «up to 20 grants a year»"),
        en("Nearly 40 delegations arrived.", "count 40 about «Nearly 40 delegations»"),
        en("There are fewer than 10 dealers in the region.", "count ..10 lessThan «fewer than 10 dealers»"),
        ru("В регионе работают более 100 белорусских предприятий.", "count 100.. moreThan «более 100 белорусских предприятий»"),
        ru("В выставке участвуют свыше 300 компаний.", "count 300.. moreThan «свыше 300 компаний»"),
        ru("Построено не менее 20 объектов.", "count 20.. atLeast «не менее 20 объектов»"),
        ru("Там работают около 500 человек.", "count 500 about «около 500 человек»"),
        // counts
        en("Thirty-seven turnkey facilities built using Belarusian technologies already operate.", "count 37 «Thirty-seven turnkey facilities»"),
        en("We plan to purchase an additional 52 water treatment stations.", "count 52 «52 water treatment stations»"),
        en("The construction of a school for 825 pupils has begun.", "count 825 «825 pupils»"),
        en("The company delivered 1,200 tractors to the region.", "count 1200 «1,200 tractors»"),
        ru("Мы закупим еще 52 водоочистные станции.", "count 52 «52 водоочистные станции»"),
        ru("Школа рассчитана на 825 учеников.", "count 825 «825 учеников»"),
        ru("Область получила тридцать семь новых автобусов.", "count 37 «тридцать семь новых автобусов»"),
        ru("На объекте трудятся 816 000 человек.", "count 816000 «816 000 человек»"),
        // money
        en("We have determined the cost of one square meter of housing (RUB32,000) for the program.", "money 32000 RUB/square meter «RUB32,000»"),
        en("The contract is worth $1.2 billion.", "money 1200000000 USD «$1.2 billion»"),
        en("Investments reached 3 million euros.", "money 3000000 EUR «3 million euros»"),
        en("Investments exceeded 3 million euros.", "money 3000000.. moreThan EUR «exceeded 3 million euros»"),
        en("The cost will not exceed RUB 45,000 per square metre.", "money ..45000 upTo RUB/square meter «not exceed RUB 45,000 per square metre»"),
        ru("Объем инвестиций превысит 4 млрд рублей.", "money 4000000000.. moreThan RUB «превысит 4 млрд рублей»"),
        ru("Цена не превысит 45 тыс. рублей за кв. м.", "money ..45000 upTo RUB/square meter «не превысит 45 тыс. рублей за кв. м»"),
        ru("Доля импорта превышает 40%.", "percent 40.. moreThan % «превышает 40%»"),
        // currencies with their owner or country
        ru("Проект стоимостью полтора миллиарда российских рублей.", "money 1500000000 RUB «полтора миллиарда российских рублей»"),
        ru("Сальдо составило 1.844.036.360,12 российского рубля.", "money 1844036360.12 RUB «1.844.036.360,12 российского рубля»"),
        ru("Товарооборот составил 816 000 тыс. долларов США.", "money 816000000 USD «816 000 тыс. долларов США»"),
        en("The deal is worth 5 million US dollars.", "money 5000000 USD «5 million US dollars»"),
        // multipliers as percent changes
        en("Exports grew by 1.4 times last year.", "percent 40 % up «by 1.4 times»"),
        ru("Товарооборот вырос в 1,5 раза.", "percent 50 % up «в 1,5 раза»"),
        ru("Экспорт мясной продукции увеличился вдвое.", "percent 100 % up «вдвое»"),
        ru("Импорт сократился в 2 раза.", "percent 50 % down «в 2 раза»"),
        // fractions as shares
        en("Belarusian machinery makes up a third of the harvesting fleet.", "percent 33.33 % «a third»"),
        en("Half of the combine harvesters were made in Gomel.", "percent 50 % «Half»"),
        en("A quarter of all tractors in its farms are made in Belarus.", "percent 25 % «A quarter»"),
        ru("Область обновит треть машинно-тракторного парка.", "percent 33.33 % «треть»"),
        ru("Более половины экспорта приходится на продукты питания.", "percent 50.. moreThan % «Более половины»"),
        // ranges without "from"
        en("Output will grow by 15 to 20 percent.", "range 15..20 % up «by 15 to 20 percent»"),
        ru("Цены вырастут на 15–20 процентов.", "range 15..20 % up «на 15–20 процентов»"),
        en("The housing costs RUB 32,000 per square meter.", "money 32000 RUB/square meter «RUB 32,000 per square meter»"),
        en("The bank lent more than a billion dollars.", "money 1000000000.. moreThan USD «more than a billion dollars»"),
        ru("Цена составит 32 тыс. руб. за кв. м.", "money 32000 RUB/square meter «32 тыс. руб. за кв. м»"),
        ru("Инвестиции составили 1,5 млрд рублей.", "money 1500000000 RUB «1,5 млрд рублей»"),
        ru("Товарооборот превысил более миллиарда долларов.", "money 1000000000.. moreThan USD «более миллиарда долларов»"),
        ru("Кредит составит 10 млн белорусских рублей.", "money 10000000 BYN «10 млн белорусских рублей»"),
        ru("Стоимость одного квадратного метра жилья составляет 32 тыс. рублей.", "money 32000 RUB/square meter «32 тыс. рублей»"),
        // ranks
        en("Belarus took 2nd place in terms of trade among the partners.", "rank 2 «2nd place»"),
        en("Belarus took 1st place in imports.", "rank 1 «1st place»"),
        en("In terms of industrial investments, we are number one.", "rank 1 «number one»"),
        en("The region ranked third in exports.", "rank 3 «third»"),
        en("The company took first place in the competition.", "rank 1 «first place»"),
        ru("Беларусь занимает 2-е место по товарообороту.", "rank 2 «2-е место»"),
        ru("Республика заняла первое место по импорту.", "rank 1 «первое место»"),
        ru("По промышленным инвестициям мы вообще регион номер один.", "rank 1 «номер один»"),
        ru("Область находится на втором месте по экспорту.", "rank 2 «втором месте»"),
        ru("Россия является первым торговым партнером Беларуси.", "rank 1 «первым торговым партнером»"),
        en("China is the second largest trading partner of the region.", "rank 2 «second largest trading partner»"),
        ru("Область занимает первое место по экспорту, а в импорте — второе.", "rank 2 «второе»"),
        // durations
        en("Over the next three years, we plan to purchase new stations.", "duration 3 year «Over the next three years»"),
        en("We can agree for a decade to work together.", "duration 10 year «for a decade»"),
        en("Within a year we organized relationships in veterinary medicine.", "duration 1 year «Within a year»"),
        en("The contract was signed for 5 years.", "duration 5 year «for 5 years»"),
        en("Prices rose over the past six months.", "duration 6 month «over the past six months»"),
        ru("В ближайшие три года мы закупим новые станции.", "duration 3 year «В ближайшие три года»"),
        ru("Договор заключен на 10 лет.", "duration 10 year «на 10 лет»"),
        ru("За последние пять лет объем вырос.", "duration 5 year «За последние пять лет»"),
        ru("В течение двух месяцев будет готов проект.", "duration 2 month «В течение двух месяцев»"),
        en("The share has grown from 12% to 19% in two years.", "duration 2 year «in two years»"),
        ru("Срок доставки сократился с семи до двух дней.", "duration 7 day «с семи»"),
        ru("Срок доставки сократился с семи до двух дней.", "duration 2 day «до двух дней»"),
        en("Delivery times were cut from ten to three days.", "duration 3 day «to three days»"),
        // counts said before or with "еще"
        ru("Стороны обсудили открытие еще двух сервисных центров.", "count 2 «двух сервисных центров»"),
        en("We intend to buy at least 60 more.", "count 60.. atLeast «at least 60 more»"),
        en("The republic bought 1,150 units of Belarusian machinery.", "count 1150 «1,150 units of Belarusian machinery»"),
        ru("Предприятие выпускает около 3,5 тыс. автобусов и грузовиков в год.", "count 3500 about/year «около 3,5 тыс. автобусов и грузовиков в год»"),
    ]

    @Test(arguments: positives)
    func reads(_ example: Example) {
        let found = FigureTestSupport.signatures(example.text, example.language)
        #expect(found.contains(example.expected), "\(example.text) → \(found)")
    }

    /// Sentences with the kind of figure a rule must NOT read.
    static let negatives: [(FactKind, Example)] = [
        (.percent, en("The percentage of people who agree is unknown.")),
        (.percent, en("A quarter of the year has passed.")),
        (.percent, ru("Четверть века назад они встретились.")),
        (.range, en("The 2012–13 season was the best.")),
        (.range, en("In 2012-2013 the plant was rebuilt.")),
        (.range, ru("В 2012–2013 годах завод реконструировали.")),
        (.range, en("Call 123-45-67 for details.")),
        (.range, en("The score was 30-25 in the end.")),
        (.count, en("Posted: 26.09.2023 13:00:00")),
        (.count, en("The XI joint meeting of the working group will be held.")),
        (.count, ru("Конкурс «Российский промышленник-2006» завершился в Москве.")),
        (.count, en("In 2022 exports grew, and in 2023 companies invested more.")),
        (.count, en("One of the proposals involves a new hub.")),
        (.count, en("Cooperation between the two regions is growing.")),
        (.count, ru("Сотрудничество двух регионов развивается.")),
        (.count, en("Write to info@belta.by or call +375 17 123 45 67 for news.")),
        (.count, en("See https://example.com/news/2023/12345 for the full story of cooperation.")),
        (.count, ru("Адрес: 220030, г. Минск, ул. Кирова, дом 12.")),
        (.count, en("Three years ago they met in Minsk.")),
        (.count, en("The project increased productivity 2 times over the year.")),
        (.count, en("Millions of people visited the exhibition this year.")),
        (.money, en("3.64 BYN")),
        (.money, en("USD 3.24 ↑")),
        (.money, ru("Курсы валют: 3.64 BYN 3.02 BYN")),
        (.rank, en("For the first time, the capital has become a hub.")),
        (.rank, en("He travelled first class to the meeting.")),
        (.rank, en("The second edition of the forum opened today.")),
        (.rank, en("The first deputy prime minister attended the forum.")),
        (.rank, en("In the first place, we need new machinery for the farms.")),
        (.rank, ru("Впервые столица стала центром промышленности.")),
        (.rank, ru("Первый заместитель премьер-министра посетил выставку.")),
        (.rank, ru("Второе издание книги вышло в свет.")),
        (.rank, en("A number of agreements were signed in the region.")),
        (.duration, en("Three years ago they met in Minsk.")),
        (.duration, en("The three-year programme was approved yesterday.")),
        (.duration, ru("Три года назад они встретились в Минске.")),
        (.duration, en("In September 2023 the agreement was signed.")),
        (.duration, ru("За девять месяцев 2023 года товарооборот вырос.")),
        (.duration, en("In the first nine months of 2023 exports grew.")),
        (.percent, ru("Делегация приезжала в регион 3 раза.")),
        (.percent, en("They met 3 times in Minsk last year.")),
        (.percent, en("The first half of the year was difficult.")),
        (.percent, en("The third of the forums was held in Minsk.")),
        (.percent, ru("В первой половине дня прошла встреча.")),
        (.percent, en("A quarter of a century has passed since then.")),
        (.range, en("They sold 15 to the region and 20 to Minsk.")),
        (.rank, ru("Первый партнерский форум прошел в Минске.")),
        (.rank, ru("Это второе соглашение — первое было подписано раньше.")),
        (.count, ru("Он один из двух руководителей проекта.")),
        (.count, en("Two more delegations are expected.")),
        (.money, en("Russian and US delegations met 5 times.")),
    ]

    @Test(arguments: negatives.indices)
    func doesNotRead(_ index: Int) {
        let (kind, example) = Self.negatives[index]
        let found = FigureTestSupport.figures(example.text, example.language).filter { $0.fact.kind == kind }
        #expect(found.isEmpty, "\(example.text) → \(found.map { FigureTestSupport.signature($0.fact) })")
    }

    /// Chrome and codes give no figure of any kind.
    @Test(arguments: ["3.64 BYN", "USD 3.24 ↑", "Posted: 26.09.2023 13:00:00", "Font settings", "← News",
                      "Просмотров: 1 234", "+375 (17) 123-45-67"])
    func chromeGivesNothing(_ text: String) {
        #expect(FigureTestSupport.figures(text, .en).isEmpty)
    }

    /// Verb comparators qualify what follows them, never a change read across "by" / "на".
    @Test func verbComparatorsDoNotCrossBy() {
        let found = FigureTestSupport.figures("The plan was exceeded by 5%.", .en)
        #expect(found.map { $0.fact.qualifier } == [.exact])
        let ru = FigureTestSupport.figures("План перевыполнен: он превысил прошлогодний на 5%.", .ru)
        #expect(ru.map { $0.fact.qualifier } == [.exact])
    }

    @Test func subjects() {
        func subject(_ text: String, _ language: Language) -> String { FigureTestSupport.figures(text, language).first?.fact.subject ?? "" }
        #expect(subject("Over the past year, the trade turnover between our regions has grown by a quarter.", .en) == "trade turnover")
        #expect(subject("At the end of 2022, the trade turnover of the Leningrad Region increased by 25%.", .en) == "trade turnover")
        #expect(subject("About 25-30% of the equipment we purchase is Belarusian.", .en) == "equipment")
        #expect(subject("Belarus took 2nd place in terms of trade.", .en) == "trade")
        #expect(subject("По промышленным инвестициям мы вообще регион номер один.", .ru) == "промышленным инвестициям")
        #expect(subject("Рост товарооборота на 25% обеспечили поставки.", .ru) == "товарооборота")
        #expect(subject("The region ranks third among Russian regions in trade with Belarus.", .en) == "trade")
        #expect(subject("Область занимает третье место среди российских регионов во внешней торговле.", .ru) == "внешней торговле")
        #expect(subject("Trade between the two regions in 2023 fell by 4.2%.", .en) == "Trade")
        #expect(subject("The share of Belarusian products in the purchases of electrical equipment reached 19%.", .en) == "Belarusian products")
        #expect(subject("На область приходится около 15% товарооборота республики.", .ru) == "товарооборота республики")
    }

    @Test func datesInTheSentenceAreSkippedAndGiveThePeriod() {
        let text = "At the end of 2022, the trade turnover increased by 25%."
        let sentence = Sentence(document: "doc", text: text, offset: 0)
        let time = TimeExpression(sentence: sentence, quote: "At the end of 2022", offset: 0,
                                  value: TimeValue(year: 2022, modifier: .end))
        let figures = FigureFinder.find(in: sentence, of: Document(id: "doc", fileName: "doc.txt", language: .en, title: "", text: text),
                                        times: [time])
        #expect(figures.map { $0.fact.period } == ["2022"])
        #expect(figures.map { $0.fact.kind } == [.percent])
    }

    @Test func quotesAreExactSubstrings() {
        for example in Self.positives {
            for figure in FigureTestSupport.figures(example.text, example.language) {
                #expect(example.text.contains(figure.fact.mentions[0].quote))
                let scalars = Array(example.text.unicodeScalars)
                let quote = Array(figure.fact.mentions[0].quote.unicodeScalars)
                #expect(Array(scalars[figure.offset..<(figure.offset + quote.count)]) == quote)
            }
        }
    }
}
