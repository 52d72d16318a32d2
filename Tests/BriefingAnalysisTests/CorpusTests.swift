import Foundation
import Testing
@testable import BriefingAnalysis

@Suite struct CorpusTests {
    func temporaryFolder(_ files: [String: [UInt8]]) throws -> String {
        let folder = corpusScratchRoot.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name)) }
        return folder
    }

    // MARK: - Reading

    @Test func missingFolderIsNamed() {
        #expect { try CorpusReader.articleFiles(in: "/no/such/folder") } throws: { error in
            (error as? AnalysisError)?.description.hasPrefix("/no/such/folder: seeds folder does not exist") == true
        }
    }

    @Test func emptyFolderAndFolderWithoutArticles() throws {
        let empty = try temporaryFolder([:])
        #expect { try CorpusReader.articleFiles(in: empty) } throws: { ($0 as? AnalysisError)?.reason == "seeds folder is empty" }
        let other = try temporaryFolder(["notes.md": Array("x".utf8)])
        #expect { try CorpusReader.articleFiles(in: other) } throws: { ($0 as? AnalysisError)?.reason == "no .txt articles in the folder" }
    }

    @Test func articlesAreListedInNameOrder() throws {
        let folder = try temporaryFolder(["b.txt": [0x41], "a.txt": [0x41], "c.md": [0x41]])
        #expect(try CorpusReader.articleFiles(in: folder).map { ($0 as NSString).lastPathComponent } == ["a.txt", "b.txt"])
        #expect(try CorpusReader.articleNames(in: folder) == ["a.txt", "b.txt"])
    }

    @Test func oversizedFileIsRefusedWithTheLimit() throws {
        let folder = try temporaryFolder(["big.txt": [UInt8](repeating: 0x41, count: 3 * 1024 * 1024)])
        #expect { try CorpusReader.load(folder + "/big.txt", maximumSize: 1024 * 1024) } throws: { error in
            (error as? AnalysisError)?.reason == "file is 3 MB, over the 1 MB limit for one article"
        }
    }

    @Test func zeroByteAndChromeOnlyFilesAreErrors() throws {
        #expect(throws: AnalysisError.self) { try Analyzer().analyze(files: [("a.txt", Data())]) }
        let chrome = Data("Font settings\nFont size\n3.64 BYN\n← News\n".utf8)
        #expect { try Analyzer().analyze(files: [("a.txt", chrome)]) } throws: { error in
            (error as? AnalysisError)?.description.hasPrefix("a.txt: no article text") == true
        }
    }

    @Test func skipBadKeepsTheGoodArticles() throws {
        let analysis = try Analyzer(skipBad: true).analyze(files: [("a.txt", Data([0, 1, 2])), ("b.txt", Data("A real article about trade.".utf8))])
        #expect(analysis.documents.map(\.id) == ["b"])
        #expect(analysis.skipped.map(\.path) == ["a.txt"])
    }

    // MARK: - Chrome

    @Test(arguments: [
        "3.64 BYN", "USD 3.24 ↑", "EUR 3,54 ▼ -0.01", " date 2025-09-29 3.64 BYN", "Font settings", "Times New Roman",
        "Space between letters", "Colors scheme", "on white", "on black", "← News", "To the list of news", "Views: 1234",
        "Просмотров: 56", "Версия для слабовидящих", "Размер шрифта", "К списку новостей", "Поделиться", "13:45",
        "+5 °C", "***", "Share", "Читайте также",
    ])
    func chromeLines(line: String) {
        #expect(ChromeStripper.isChrome(Substring(line)))
    }

    @Test(arguments: [
        "Lepel Regional Executive Committee", "9 November 2012", "Posted: 26.09.2023 13:00:00", "Investment portal of leningrad region",
        "New cooperation with Belarus", "Another key area is ecology.", "The trade grew by 25% in 2022.", "Минск принимает выставку",
        "Trade in USD grew by 3.5 percent in the first half of the year.", "On the list of new projects: 52 stations",
    ])
    func articleLines(line: String) {
        #expect(!ChromeStripper.isChrome(Substring(line)))
    }

    @Test(arguments: [
        "Home | Politics | Economics | Society | Regions | World | Sport", "Главная / Новости / Новости региона",
        "Home > Press centre > News", "Главная › Регионы", "RU | BE | EN", "EN RU BA", "Weather in Minsk: +3 °C, cloudy",
        "+12 °C Gomel", "☀ Казань +4°", "Cookies: We use cookies to improve your experience. Accept | Settings",
        "Курсы валют: USD 3,2451 ↑ EUR 3,5120 ↓ RUB 3,5763 ↓", "© 1999-2024 BelTA. All rights reserved.",
        "© 2024 Minsk Oblast Executive Committee. All rights reserved.", "Related: Decree No. 415 of 03.09.2024 · Contacts: +7 (347) 280-99-11",
        "Contacts: 230023, Grodno, Ozheshko Street 3. Tel. 8 (0152) 72-30-71", "Телефон для справок: +375 17 500-12-34",
        "For media inquiries: +375 232 50-12-34, press@gomel-region.by", "Tags: Tula Oblast, MTZ, regions",
        "Адрес: 224005, г. Брест, ул. Ленина, 11.", "https://eng.belta.by/regions/view/tula-oblast-delegation-visits-mtz-162345-2024/",
        "Продукция Сервис Дилеры Карьера Контакты", "ГЛАВНАЯ ЭКОНОМИКА ПРОМЫШЛЕННОСТЬ ИНТЕРВЬЮ",
    ])
    func furnitureLines(line: String) {
        #expect(ChromeStripper.isChrome(Substring(line)), "\(line)")
    }

    @Test(arguments: [
        "Belarus - Tyumen Oblast: trade to reach $300m by 2021", "Minsk Oblast Executive Committee | Official website",
        "Суббота, 1 февраля 2025 | 10:02 | Минск −3 °C", "Пятница, 10 ноября 2023", "14.03.2024 | 12:40",
        "Trade grew by 5% in 2023 at temperatures of -20 °C, the ministry said, adding that exports of machinery and food rose.",
        "Мы используем новые технологии / подходы / решения в строительстве жилья в регионе.",
        "Tula Oblast Delegation Visits Minsk Tractor Works", "Date of publication: 21.02.2024",
        "Ways to use cookies and other baked goods in export markets were discussed at length by the two delegations in Minsk, which agreed that trade should grow.",
        "According to the source: trade grew by 5%.", "Cookies and sweets from Belarus sell well in Kazan shops", "Ufa hosted a meeting of the Bashkortostan–Belarus business council.",
    ])
    func notFurnitureLines(line: String) {
        #expect(!ChromeStripper.isChrome(Substring(line)), "\(line)")
    }

    @Test func columnMenusAndRelatedHeadlinesAreDropped() {
        let text = "Politics\nEconomics\nCulture\nTula Oblast delegation visits MTZ\nThe delegation visited the plant on 5 June.\nMost read\nLukashenko meets with Bashkortostan head\nPrices for housing in Minsk: what changed in May"
        #expect(ChromeStripper.strip(text).text == "Tula Oblast delegation visits MTZ\nThe delegation visited the plant on 5 June.")
        let russian = "Текст статьи о сотрудничестве регионов в туризме.\nЧитайте также:\nЛукашенко: форум регионов стал эффективной площадкой\nЭто предложение снова из самой статьи о туризме."
        #expect(ChromeStripper.strip(russian).text == "Текст статьи о сотрудничестве регионов в туризме.\nЭто предложение снова из самой статьи о туризме.")
    }

    @Test func twoShortLinesAreNotAColumnMenu() {
        let text = "BelTA\nOfficial site\nTula Oblast delegation visits MTZ\nThe delegation visited the plant on 5 June."
        #expect(ChromeStripper.strip(text).droppedLines == 0)
    }

    @Test func strippingCountsDroppedLinesAndKeepsParagraphs() {
        let result = ChromeStripper.strip("3.64 BYN\nTitle of the article\n\n\n\nBody text.\n← News")
        #expect(result.droppedLines == 2)
        #expect(result.text == "Title of the article\n\nBody text.")
    }

    // MARK: - Profile

    @Test func headerFormsGiveTheDate() {
        #expect(DocumentProfiler.headerDate("Posted: 26.09.2023 13:00:00")?.value == "2023-09-26")
        #expect(DocumentProfiler.headerDate(" date 2025-09-29 3.64 BYN")?.value == "2025-09-29")
        #expect(DocumentProfiler.headerDate("9 November 2012")?.value == "2012-11-09")
        #expect(DocumentProfiler.headerDate("Опубликовано: 5 октября 2023 года, 12:00")?.value == "2023-10-05")
        #expect(DocumentProfiler.headerDate("The meeting on 9 November 2012 discussed trade between the two regions") == nil)
        #expect(DocumentProfiler.headerDate("In 2012 the trade grew") == nil)
    }

    @Test func titleIsTheHeadlineAboveTheFirstParagraph() {
        let english = DocumentProfiler.profile(fileName: "e.txt", text: "Ministry of Industry\nHome | About | Activities | Contacts\nWeather in Minsk: +3 °C\nBelarusian builders to erect a quarter in Kazan\n12 April 2023\nMinsk Oblast builders will erect a residential quarter of 1 250 apartments in Kazan.")
        #expect(english.title == "Belarusian builders to erect a quarter in Kazan")
        #expect(english.date?.value == "2023-04-12")
        let russian = DocumentProfiler.profile(fileName: "r.txt", text: "ИА «Татар-информ»\nПятница, 10 ноября 2023\nГЛАВНАЯ ЭКОНОМИКА ПРОМЫШЛЕННОСТЬ ИНТЕРВЬЮ\nРустам Минниханов: товарооборот с Беларусью может вырасти\n\nКАЗАНЬ, 10 ноября. Президент Татарстана провел в Казани переговоры с делегацией.\nМатериал подготовлен пресс-службой Президента РТ")
        #expect(russian.title == "Рустам Минниханов: товарооборот с Беларусью может вырасти")
        #expect(russian.publisher == "ИА «Татар-информ»")
        #expect(russian.date?.value == "2023-11-10")
    }

    @Test func aSubheadingEndingInAFullStopIsNotTheTitle() {
        let document = DocumentProfiler.profile(fileName: "e.txt", text: "Trade pact signed\nThe two regions signed a trade pact on Monday in Minsk.\nIt covers machinery.")
        #expect(document.title == "Trade pact signed")
    }

    @Test func dateLineUnderTheTitleIsTheDate() {
        let text = "BelTA\nPolitics\nEconomics\nSociety\nRegions\nSport\nCulture\nIn Focus\nPhoto\nVideo\nSociety\nRegions\nTula Oblast delegation visits MTZ\n05.06.2024 | 16:20\nA delegation of Tula Oblast visited Minsk Tractor Works on 5 June."
        let document = DocumentProfiler.profile(fileName: "e.txt", text: text)
        #expect(document.date?.value == "2024-06-05")
        #expect(document.title == "Tula Oblast delegation visits MTZ")
        // A date in the body below the first paragraph is not the document's date.
        let late = DocumentProfiler.profile(fileName: "l.txt", text: text.replacingOccurrences(of: "05.06.2024 | 16:20\n", with: "") + "\n05.06.2024 | 16:20")
        #expect(late.date == nil)
    }

    @Test func datelineGivesPlaceDayAndAgency() throws {
        let line = try #require(Dateline.parse("MINSK, 9 November (BelTA) - Belarus and Leningrad Oblast intend to step up cooperation"))
        #expect(line.place == "MINSK")
        #expect(line.agency == "BelTA")
        #expect(line.date.month == 11 && line.date.day == 9)
        let russian = try #require(Dateline.parse("МИНСК, 9 ноября (БЕЛТА) - Беларусь и Ленинградская область"))
        #expect(russian.agency == "БЕЛТА")
        #expect(Dateline.parse("Minsk, Moscow and Kazan are large cities") == nil)
    }

    @Test func datelineYearComesFromTheText() {
        let text = "Trade news\nMOSCOW, 3 March (TASS) - Trade between the regions grew in 2021 and in 2022, officials said."
        let document = DocumentProfiler.profile(fileName: "x.txt", text: text)
        #expect(document.date?.value == "2022-03-03")
        #expect(document.publisher == "TASS")
    }

    @Test func profileFindsLanguageTitlePublisher() {
        let english = DocumentProfiler.profile(fileName: "e.txt", text: "Font size\nCity Council of Springfield\n12 May 2021\n\nSpringfield and Shelbyville sign a trade pact\n\nBody text here.")
        #expect(english.language == .en)
        #expect(english.publisher == "City Council of Springfield")
        #expect(english.title == "Springfield and Shelbyville sign a trade pact")
        #expect(english.date?.value == "2021-05-12")
        #expect(english.droppedLines == 1)
        let russian = DocumentProfiler.profile(fileName: "r.txt", text: "Губернатор назвал новые направления сотрудничества\nТекст статьи.")
        #expect(russian.language == .ru)
        #expect(russian.title == "Губернатор назвал новые направления сотрудничества")
        #expect(russian.date == nil)
    }
}

/// The folders of these tests live in one folder per test process, removed at exit.
let corpusScratchRoot: URL = {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-corpus-tests-\(getpid())")
    atexit { try? FileManager.default.removeItem(at: corpusScratchRoot) }
    return root
}()
