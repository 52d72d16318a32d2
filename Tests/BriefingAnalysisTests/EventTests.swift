import Testing
@testable import BriefingAnalysis

@Suite struct EventTests {
    func events(_ text: String, date: TimeValue? = nil, language: Language = .en, id: String = "d") -> [Event] {
        let document = Document(id: id, fileName: id + ".txt", language: language, title: "", date: date, text: text)
        let (sentences, times) = Analyzer.readSentences(document)
        return EventExtractor.events(in: [document], sentences: [sentences], times: [times.flatMap { $0 }])
    }

    // MARK: - Positive

    @Test func datedMeetingWithParticipants() throws {
        let found = events("The issues were discussed at a meeting between President of Belarus Alexander Lukashenko and Governor of Leningrad Oblast Alexander Drozdenko on 9 November.",
                           date: TimeValue(year: 2012, month: 11, day: 9))
        let event = try #require(found.first)
        #expect(found.count == 1)
        #expect(event.date.value == "2012-11-09" && event.kind == .meeting && !event.planned)
        #expect(event.participants == ["President of Belarus Alexander Lukashenko", "Governor of Leningrad Oblast Alexander Drozdenko"])
    }

    @Test func twoPlannedEventsInOneSentence() {
        let found = events("The parties agreed that the dialogue will continue in June 2023, in the Leningrad region at the XI joint meeting of the working group and in September in Minsk, where it is planned to sign the Agreement between the two governments.")
        #expect(found.map(\.date.value) == ["2023-06", "2023-09"])
        #expect(found.map(\.kind) == [.meeting, .agreement])
        #expect(found.map(\.planned) == [true, true])
        #expect(found.map(\.place) == ["Leningrad region", "Minsk"])
        #expect(found.first?.title == "XI joint meeting of the working group")
    }

    @Test func todaysMeetingTakesTheDocumentDate() {
        let found = events("It was noted by the President, Aleksandr Lukashenko, during his today's meeting with the Governor of the Region, Ivan Petrov.",
                           date: TimeValue(year: 2023, month: 9, day: 26))
        #expect(found.map(\.date.value) == ["2023-09-26"])
        #expect(found.first?.mentions.first?.quote == "today's meeting")
        #expect(found.first?.participants == ["President, Aleksandr Lukashenko", "Governor of the Region, Ivan Petrov"])
    }

    @Test func russianExhibitionHostedNow() throws {
        let found = events("Минск в эти дни принимает международную выставку \"ИННОПРОМ. Беларусь\".", date: TimeValue(year: 2025, month: 9, day: 29), language: .ru)
        let event = try #require(found.first)
        #expect(event.kind == .exhibition && event.place == "Минск" && event.date.value == "2025-09-29")
        #expect(event.title == "Международную выставку \"ИННОПРОМ. Беларусь\"")
    }

    @Test func russianPlannedSigningAndVisit() {
        let found = events("В октябре 2024 года планируется подписать соглашение о сотрудничестве в Гродно. Визит губернатора Ленинградской области Александра Дрозденко состоялся 5 марта 2024 года.", language: .ru)
        #expect(found.map(\.date.value) == ["2024-03-05", "2024-10"])
        #expect(found.map(\.kind) == [.visit, .agreement])
        #expect(found.map(\.planned) == [false, true])
        #expect(found.first?.participants == ["губернатора Ленинградской области Александра Дрозденко"])
        #expect(found.last?.place == "Гродно")
    }

    @Test func futureDateIsPlannedPastDateIsNot() {
        let reference = TimeValue(year: 2023, month: 5, day: 1)
        #expect(events("The forum of regions takes place in June 2023.", date: reference).map(\.planned) == [true])
        #expect(events("The forum of regions took place in March 2023.", date: reference).map(\.planned) == [false])
    }

    @Test func translationsMergeIntoOneEvent() {
        let en = Document(id: "a", fileName: "a.txt", language: .en, title: "", date: TimeValue(year: 2025, month: 9, day: 29),
                          text: "Minsk currently hosts the international exhibition \"INNOPROM\" Belarus.")
        let ru = Document(id: "b", fileName: "b.txt", language: .ru, title: "", date: TimeValue(year: 2025, month: 9, day: 29),
                          text: "Минск в эти дни принимает международную выставку \"ИННОПРОМ. Беларусь\".")
        let parts = [en, ru].map(Analyzer.readSentences)
        let merged = EventExtractor.events(in: [en, ru], sentences: parts.map(\.sentences), times: parts.map { $0.times.flatMap { $0 } })
        #expect(merged.count == 1)
        #expect(merged.first?.mentions.map(\.document) == ["a", "b"])
        #expect(merged.first?.place == "Minsk")
    }

    // MARK: - Negative

    @Test(arguments: [
        "We've signed an agreement, and companies are starting to work.",  // no date
        "Trade under the agreement grew by 25% in 2022.",                   // agreement cited, not signed
        "Prospects were discussed at the meeting by the Governor.",         // no date, no document date
        "The parties agreed in 2021 to keep trading.",                      // "agreed" is not an agreement
        "At the end of 2022, the trade turnover increased by 25%.",         // a date without an event
    ])
    func noEvent(text: String) {
        #expect(events(text).isEmpty, "\(text)")
    }

    @Test func nowWithoutDocumentDateGivesNoEvent() {
        #expect(events("Minsk currently hosts the international exhibition.").isEmpty)
    }

    @Test func participantsAsWritten() {
        let scan = TokenScan("Alexander Drozdenko, Governor of the Leningrad Region in Russia, met Deputy Prime Minister of the Republic of Belarus Leonid Zayats and Mr. Smith.")
        #expect(ParticipantFinder.participants(in: scan) == [
            "Alexander Drozdenko, Governor of the Leningrad Region",
            "Deputy Prime Minister of the Republic of Belarus Leonid Zayats", "Mr. Smith",
        ])
        let russian = TokenScan("Александр Дрозденко, губернатор Ленинградской области России, отметил рост.")
        #expect(ParticipantFinder.participants(in: russian) == ["Александр Дрозденко, губернатор Ленинградской области России"])
        #expect(ParticipantFinder.participants(in: TokenScan("The Head of State thanked the Russian Federation.")).isEmpty)
    }
}
