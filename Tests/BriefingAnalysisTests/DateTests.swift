import Testing
@testable import BriefingAnalysis

/// Duckling-style corpora: each positive example with the value it must give, each
/// negative example must give no date at all.
@Suite struct DateTests {
    static let reference = TimeValue(year: 2023, month: 9, day: 26)

    static func values(_ text: String, reference: TimeValue? = DateTests.reference) -> [String] {
        let sentence = Sentence(document: "d", text: text, offset: 0)
        return TimeExpressionFinder.find(in: sentence, language: .en, reference: reference).map { expression in
            expression.value.value + (expression.value.modifier.map { "@\($0.rawValue)" } ?? "")
        }
    }

    @Test(arguments: [
        ("on 9 November 2012 they met", "2012-11-09"),
        ("Posted: 26.09.2023 13:00:00", "2023-09-26"),
        ("date 2025-09-29", "2025-09-29"),
        ("November 9, 2012", "2012-11-09"),
        ("the 9th of November 2012", "2012-11-09"),
        ("in June 2023", "2023-06"),
        ("в июне 2023 года", "2023-06"),
        ("9 ноября 2012 года", "2012-11-09"),
        ("с 1 января 2024 г.", "2024-01-01"),
        ("at the end of 2022", "2022@end"),
        ("в конце 2022 года", "2022@end"),
        ("in early 2023", "2023@start"),
        ("mid-2021", "2021@mid"),
        ("в середине 2021 года", "2021@mid"),
        ("в начале марта 2020 года", "2020-03@start"),
        ("January-July 2010", "2010-01/2010-07"),
        ("в январе-июле 2010 года", "2010-01/2010-07"),
        ("in 2012–13", "2012/2013"),
        ("between 2010 and 2015", "2010/2015"),
        ("с 2010 по 2012 год", "2010/2012"),
        ("the pre-crisis level of 2008 has not", "2008"),
        ("в 2022 году", "2022"),
        ("in the first quarter of 2023", "2023-01/2023-03"),
        ("в I квартале 2023 года", "2023-01/2023-03"),
        ("в первом полугодии 2022 года", "2022-01/2022-06"),
        ("on 9 November", "2023-11-09"),
        ("in September", "2023-09"),
        ("в сентябре", "2023-09"),
        ("last year", "2022"),
        ("в прошлом году", "2022"),
        ("by the end of the year", "2023@end"),
        ("9-11 November 2012", "2012-11-09/2012-11-11"),
        ("in May 2021", "2021-05"),
    ])
    func positive(text: String, value: String) {
        #expect(Self.values(text) == [value], "\(text)")
    }

    @Test(arguments: [
        "13:00:00", "at 20:15 local time", "call +375 17 222-33-44", "220030, Minsk, 2012 Lenin St", "id 2012345",
        "https://news.example.com/2023/12345", "Российский промышленник-2006", "ИННОПРОМ-2025", "version 2.2012.1",
        "825 pupils", "52 water treatment stations", "3.64 BYN", "2000 tonnes of grain", "RUB32,000", "over the past year",
        "we may sign", "march forward", "a 2,012 km road", "25-30%", "1st place", "the 2012 5 vehicles",
        "room 1999/2", "1.844.036.360,12",
    ])
    func negative(text: String) {
        #expect(Self.values(text).isEmpty, "\(text)")
    }

    @Test func bareMonthTakesTheYearWrittenEarlierInTheSentence() {
        let text = "The dialogue will continue in June 2023 in the region and in September in Minsk."
        #expect(Self.values(text, reference: nil) == ["2023-06", "2023-09"])
    }

    @Test func yearCarriesAcrossSentencesOfAParagraphOnly() {
        var finder = TimeExpressionFinder(reference: TimeValue(year: 2030))
        let first = finder.find(in: Sentence(document: "d", text: "Trade grew in 2012.", offset: 0, paragraph: 0))
        let second = finder.find(in: Sentence(document: "d", text: "In March it fell.", offset: 20, paragraph: 0))
        let third = finder.find(in: Sentence(document: "d", text: "In April it rose.", offset: 40, paragraph: 1))
        #expect(first.map(\.value.value) == ["2012"])
        #expect(second.map(\.value.value) == ["2012-03"])
        #expect(third.map(\.value.value) == ["2030-04"])
    }

    @Test(arguments: [
        ("held in Yekaterinburg from 8 to 11 July", "2023-07-08/2023-07-11"),
        ("который пройдет с 14 по 18 июля", "2023-07-14/2023-07-18"),
        ("from 8 to 11 July 2024", "2024-07-08/2024-07-11"),
        ("запланировано на сентябрь текущего года", "2023-09"),
        ("in September this year", "2023-09"),
        ("в декабре прошлого года", "2022-12"),
        ("за девять месяцев 2023 года", "2023-01/2023-09"),
        ("in the first nine months of 2023", "2023-01/2023-09"),
        ("за 9 месяцев 2023 года", "2023-01/2023-09"),
    ])
    func spansAndRelativeYears(text: String, value: String) {
        #expect(Self.values(text) == [value], "\(text)")
    }

    @Test(arguments: [
        ("from 8 to 11 participants", [String]()), // no month after the second day: not a span
        ("on the 11th of this month", [String]()),
        ("nine months later", [String]()),
        ("за девять месяцев работы", [String]()),
        ("сентябрь текущего года", ["2023"]), // a month without a preposition is not a date; the year is
        ("12 months of 2023", ["2023"]),
    ])
    func spansAndRelativeYearsNegative(text: String, values: [String]) {
        #expect(Self.values(text) == values, "\(text)")
    }

    @Test func planSpansAndTargetYearsDoNotDateABareMonth() {
        let reference = TimeValue(year: 2024, month: 3, day: 14)
        #expect(Self.values("An agreement until 2028 is planned to be signed in Vitebsk in June.", reference: reference) == ["2028", "2024-06"])
        #expect(Self.values("Дорожную карту на 2022–2024 годы планируется подписать в декабре.", reference: TimeValue(year: 2021, month: 11, day: 2))
                == ["2022/2024", "2021-12"])
        #expect(Self.values("Trade is to reach $300 million by 2021 and a mission will come in May.", reference: TimeValue(year: 2019, month: 10, day: 17))
                == ["2021", "2020-05"])
        // A year the paragraph speaks of still dates a month that follows it.
        #expect(Self.values("In 2012 trade grew and in May it fell.", reference: reference) == ["2012", "2012-05"])
    }

    @Test func aDayNearTheDocumentDateTakesTheDocumentYear() {
        let reference = TimeValue(year: 2024, month: 3, day: 14)
        #expect(Self.values("Trade grew in 2023, he said at the meeting in Gomel on 14 March.", reference: reference) == ["2023", "2024-03-14"])
        #expect(Self.values("Товарооборот в 2023 году вырос, сообщил он на встрече 12 марта.", reference: reference) == ["2023", "2024-03-12"])
        // Far from the document date, the paragraph's year stands.
        #expect(Self.values("In 2019 the plant opened on 9 November.", reference: reference) == ["2019", "2019-11-09"])
        #expect(Self.values("В 2019 году завод открылся 9 ноября.", reference: reference) == ["2019", "2019-11-09"])
    }

    @Test func aPlannedMonthAlreadyPastIsNextYear() {
        let reference = TimeValue(year: 2023, month: 11, day: 10)
        #expect(Self.values("The agreement will be signed in February.", reference: reference) == ["2024-02"])
        #expect(Self.values("Соглашение планируется подписать в феврале.", reference: reference) == ["2024-02"])
        #expect(Self.values("Exports grew in February.", reference: reference) == ["2023-02"])
        #expect(Self.values("В феврале экспорт вырос.", reference: reference) == ["2023-02"])
    }

    @Test func bareDatesWithoutAnyYearAreDropped() {
        #expect(Self.values("in September in Minsk", reference: nil).isEmpty)
    }

    @Test func quoteAndOffsetPointIntoTheSentence() {
        let text = "Рост, в конце 2022 года, составил 25%."
        let found = TimeExpressionFinder.find(in: Sentence(document: "d", text: text, offset: 0), language: .ru, reference: nil)
        #expect(found.map(\.quote) == ["конце 2022 года"])
        let scalars = Array(text.unicodeScalars)
        let expression = found[0]
        let slice = String(String.UnicodeScalarView(scalars[expression.offset..<(expression.offset + expression.quote.unicodeScalars.count)]))
        #expect(slice == expression.quote)
    }

    @Test func severalDatesInOneSentence() {
        #expect(Self.values("Between 9 November 2012 and in 2015, then at the end of 2022.") == ["2012-11-09", "2015", "2022@end"])
    }
}
