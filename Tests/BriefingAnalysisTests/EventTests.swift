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

    @Test func signingDuringAVisitIsOneAgreement() {
        let english = events("The agreement was signed in Minsk on 11 April during a visit of the Kazan delegation.", date: TimeValue(year: 2023, month: 4, day: 12))
        #expect(english.map(\.kind) == [.agreement])
        let russian = events("Соглашение подписано 13 марта в Калининграде в ходе визита делегации.", date: TimeValue(year: 2024, month: 3, day: 14), language: .ru)
        #expect(russian.map(\.kind) == [.agreement])
        // Without a signing the visit is the event, and its object is the place.
        let visit = events("The delegation paid a working visit to Mogilev on 11 April.", date: TimeValue(year: 2023, month: 4, day: 12))
        #expect(visit.map(\.kind) == [.visit])
        #expect(visit.first?.place == "Mogilev")
    }

    @Test func planSpansAndDeadlinesDoNotDateTheSigning() {
        let english = events("An agreement on cooperation until 2028 is planned to be signed at the XI Forum of Regions in Vitebsk in June.", date: TimeValue(year: 2024, month: 3, day: 14))
        #expect(english.map(\.date.value) == ["2024-06"])
        #expect(english.map(\.kind) == [.agreement] && english.first?.planned == true && english.first?.place == "Vitebsk")
        let russian = events("Соглашение на 2024–2026 годы планируется подписать в Екатеринбурге в июле, во время выставки «ИННОПРОМ».", date: TimeValue(year: 2024, month: 3, day: 18), language: .ru)
        #expect(russian.map(\.date.value) == ["2024-07"])
        #expect(russian.map(\.kind) == [.agreement])
        // A span the agreement was signed in is its date.
        #expect(events("The roadmap was signed in 2021 by the two governors.", date: TimeValue(year: 2021, month: 11, day: 2)).map(\.date.value) == ["2021"])
    }

    @Test func aStatisticYearDoesNotDateTheMeetingOfTheDateline() {
        let found = events("MINSK, 17 October (BelTA) – Trade grew by 5% in 2018 and will reach $300 million by 2021, Prime Minister Sergei Rumas said at a meeting with Governor Alexander Moor in Minsk.",
                           date: TimeValue(year: 2019, month: 10, day: 17))
        #expect(found.map(\.date.value) == ["2019-10-17"])
        #expect(found.first?.planned == false && found.first?.place == "Minsk")
        let russian = events("МИНСК, 18 марта (БЕЛТА) – Товарооборот в 2023 году вырос на 12,5% и составил 1,2 млрд долларов, сообщил заместитель председателя облисполкома Игорь Маркевич на встрече с делегацией в Минске.",
                             date: TimeValue(year: 2024, month: 3, day: 18), language: .ru)
        #expect(russian.map(\.date.value) == ["2024-03-18"])
        // A year right by the trigger still dates it.
        #expect(events("In 2012 the council met for the first time.", date: TimeValue(year: 2025, month: 2, day: 14)).map(\.date.value) == ["2012"])
    }

    @Test func visitorCountsAreNotVisits() {
        #expect(events("В 2021 году регион посетили более 12 тыс. туристов.", date: TimeValue(year: 2022, month: 6, day: 5), language: .ru).isEmpty)
        #expect(events("In 2021 the region was visited by 12,000 tourists.", date: TimeValue(year: 2022, month: 6, day: 5)).isEmpty)
        #expect(events("В 2021 году делегация посетила Псков.", date: TimeValue(year: 2022, month: 6, day: 5), language: .ru).map(\.kind) == [.visit])
    }

    @Test func forumsAreExhibitionsAndPlannedOpeningsAreEvents() {
        let forum = events("X Форум регионов прошел 28–30 июня в Москве.", date: TimeValue(year: 2023, month: 6, day: 30), language: .ru)
        #expect(forum.map(\.kind) == [.exhibition] && forum.first?.date.value == "2023-06-28/2023-06-30")
        let opening = events("At the end of 2010 a joint trade house is to open in Kaluga.", date: TimeValue(year: 2010, month: 8, day: 9))
        #expect(opening.map(\.kind) == [.other] && opening.first?.planned == true && opening.first?.place == "Kaluga")
        let completion = events("Строительство планируется завершить в конце 2026 года.", date: TimeValue(year: 2023, month: 12, day: 7), language: .ru)
        #expect(completion.map(\.date.value) == ["2026"] && completion.first?.planned == true)
        // An opening that is not planned is not an event by itself.
        #expect(events("The plant was opened in 2010.", date: TimeValue(year: 2023, month: 12, day: 7)).isEmpty)
        #expect(events("Завод открыт в 2010 году.", date: TimeValue(year: 2023, month: 12, day: 7), language: .ru).isEmpty)
    }

    @Test func scheduledDatesTheEventItFollows() {
        let meeting = events("A working group meeting is scheduled for the second half of 2023 in Tver.", date: TimeValue(year: 2023, month: 5, day: 17))
        #expect(meeting.map(\.kind) == [.meeting] && meeting.first?.planned == true)
        let russian = events("Первое заседание оргкомитета форума запланировано на сентябрь текущего года.", date: TimeValue(year: 2023, month: 6, day: 30), language: .ru)
        #expect(russian.map(\.kind) == [.meeting] && russian.first?.date.value == "2023-09")
        // With no other event, "scheduled" is a planned event of its own.
        let phase = events("Its second phase is scheduled for early 2026.", date: TimeValue(year: 2025, month: 2, day: 14))
        #expect(phase.map(\.kind) == [.other] && phase.first?.planned == true)
    }

    @Test func aNearerTriggerClaimsTheDate() {
        let found = events("Рустам Минниханов провел переговоры с Романом Головченко, который находится в республике с официальным визитом 9–10 ноября.",
                           date: TimeValue(year: 2023, month: 11, day: 10), language: .ru)
        #expect(found.map(\.kind) == [.visit])
        let festival = events("Стороны примут участие в Международном фестивале искусств, который пройдет с 14 по 18 июля.", date: TimeValue(year: 2022, month: 6, day: 5), language: .ru)
        #expect(festival.map(\.date.value) == ["2022-07-14/2022-07-18"])
        #expect(festival.first?.place == nil) // an adjective is not a place
        let place = events("В Витебске 3 июня прошло заседание рабочей группы.", date: TimeValue(year: 2022, month: 6, day: 5), language: .ru)
        #expect(place.first?.place == "Витебске")
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
