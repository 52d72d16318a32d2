import Foundation
import Testing
@testable import BriefingAnalysis

@Suite struct CorpusTests {
    func temporaryFolder(_ files: [String: [UInt8]]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)").path
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
