import BriefingAnalysis
import Foundation
import Testing
@testable import BriefingLayout

/// The composed briefing of the real seeds: sections in order, links that land, nothing
/// outside the page and no text on top of other text.
struct ComposerTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path
    let measurer = FixedAdvanceMeasurer()

    func compose(_ language: Language, style: Style = .defaults) throws -> SceneDocument {
        let analysis = try Analyzer().analyze(folder: Self.seeds)
        return BriefingComposer(style: style, measurer: measurer, language: language, creator: "test")
            .compose(analysis, creationDate: "2025-09-29T00:00:00Z")
    }

    @Test(arguments: [Language.en, .ru]) func sectionsComeInOrderWithOutline(_ language: Language) throws {
        let document = try compose(language)
        let anchors = document.outline.map(\.destination)
        let expected = ["title", "key-figures", "indicators", "timeline", "areas", "digest", "notes", "sources"]
        #expect(anchors == expected.filter(anchors.contains))
        #expect(anchors.contains("sources") && anchors.contains("digest") && anchors.contains("key-figures"))
        #expect(document.metadata.creator == "test")
        #expect(document.metadata.creationDate == "2025-09-29T00:00:00Z")
    }

    @Test func everyLinkLandsOnAnAnchor() throws {
        let document = try compose(.en)
        var anchors = Set<String>(), links: [String] = []
        for page in document.pages {
            let probe = SceneProbe(page, measurer: measurer)
            links += probe.links.map(\.destination)
            anchors.formUnion(page.items.flatMap(\.anchorNames))
        }
        #expect(!links.isEmpty)
        for link in links { #expect(anchors.contains(link), "dangling link \(link)") }
        // Each source has its entry.
        #expect(anchors.filter { $0.hasPrefix("source-") }.count == 5)
    }

    @Test(arguments: ["default", "memo", "print"]) func nothingLeavesThePageOrOverlaps(_ name: String) throws {
        let styles = URL(fileURLWithPath: Self.seeds).deletingLastPathComponent().appendingPathComponent("styles").path
        let style = try StyleCatalog(directory: styles).load(name)
        for language in [Language.en, .ru] {
            let document = try compose(language, style: style)
            for (number, page) in document.pages.enumerated() {
                let probe = SceneProbe(page, measurer: measurer)
                let bounds = Rect(x: 0, y: 0, width: page.size.width, height: page.size.height)
                for box in probe.texts {
                    #expect(bounds.contains(box.rect), "\(name) \(language) page \(number + 1): text outside: \(box.text)")
                }
                // Running text (outside charts, which check their own labels) never overlaps.
                let texts = probe.texts
                for i in texts.indices {
                    for j in texts.indices where j > i && texts[i].rect.insetBy(dx: 0.5, dy: 0.5).intersects(texts[j].rect.insetBy(dx: 0.5, dy: 0.5)) {
                        Issue.record("\(name) \(language) page \(number + 1): '\(texts[i].text)' overlaps '\(texts[j].text)'")
                    }
                }
            }
        }
    }

    /// The seeds copied `copies` times under new ids: a large corpus with the seeds' shapes.
    static func replicated(_ analysis: Analysis, copies: Int) -> Analysis {
        func renamed(_ id: String, _ copy: Int) -> String { "c\(copy)-" + id }
        var documents: [Document] = [], facts: [Fact] = [], events: [Event] = [], topics: [DocumentTopics] = []
        for copy in 0..<copies {
            for var document in analysis.documents {
                document.id = renamed(document.id, copy)
                document.fileName = renamed(document.fileName, copy)
                document.translationOf = document.translationOf.map { renamed($0, copy) }
                document.droppedLines = 1 + copy % 4
                documents.append(document)
            }
            func moved(_ mentions: [Mention]) -> [Mention] {
                mentions.map { Mention(document: renamed($0.document, copy), quote: $0.quote, sentence: $0.sentence) }
            }
            for var fact in analysis.facts {
                fact.id = renamed(fact.id, copy)
                fact.discrepancyWith = fact.discrepancyWith.map { renamed($0, copy) }
                fact.mentions = moved(fact.mentions)
                facts.append(fact)
            }
            for var event in analysis.events {
                event.mentions = moved(event.mentions)
                events.append(event)
            }
            for topic in analysis.topics {
                topics.append(DocumentTopics(document: renamed(topic.document, copy), areas: topic.areas))
            }
        }
        return Analysis(documents: documents, facts: facts, events: events, topics: topics)
    }

    /// A corpus of hundreds of articles: the body (everything before the numbered source
    /// list) stays a few pages, the notes summarise instead of listing every article, and
    /// the source list names the sources the briefing cites.
    @Test func largeCorpusKeepsTheBodyShort() throws {
        let analysis = Self.replicated(try Analyzer().analyze(folder: Self.seeds), copies: 120)
        let document = BriefingComposer(style: .defaults, measurer: measurer, language: .en, creator: "test")
            .compose(analysis, creationDate: "2025-09-29T00:00:00Z")
        let sourcesPage = try #require(document.pages.firstIndex { $0.items.flatMap(\.anchorNames).contains("sources") })
        #expect(sourcesPage <= 20, "body of \(sourcesPage) pages for 600 articles")
        // The source list names the cited sources only, and every citation still lands.
        var anchors = Set<String>(), links: [String] = []
        for page in document.pages {
            links += SceneProbe(page, measurer: measurer).links.map(\.destination)
            anchors.formUnion(page.items.flatMap(\.anchorNames))
        }
        let entries = anchors.filter { $0.hasPrefix("source-") }.count
        #expect(entries > 10 && entries < 600)
        for link in Set(links) { #expect(anchors.contains(link), "dangling link \(link)") }
        #expect(document.pages.count < sourcesPage + 10)
        let texts = document.pages.prefix(sourcesPage + 1).flatMap { SceneProbe($0, measurer: measurer).texts.map(\.text) }
        #expect(texts.contains { $0.contains("from 600 of 600 articles") })
        // Each citation list is cut short ("[1, 3, 5, …, +140 more]"): none names more than eight sources.
        let body = texts.joined(separator: " ")
        for list in body.split(separator: "[").dropFirst().map({ $0.prefix { $0 != "]" } }) {
            let numbers = list.split(separator: ",").filter { Int($0.trimmingCharacters(in: .whitespaces)) != nil }
            #expect(numbers.count <= 8, "long citation: [\(list)]")
        }
    }

    @Test func russianBriefingUsesRussianWordsAndDates() throws {
        let document = try compose(.ru)
        let texts = document.pages.flatMap { SceneProbe($0, measurer: measurer).texts.map(\.text) }
        #expect(texts.contains("Справка о сотрудничестве"))
        #expect(texts.contains { $0.contains("29 сентября 2025 г.") })
        #expect(texts.contains { $0.contains("25–30\u{A0}%") })
        #expect(document.outline.map(\.title).contains("Источники"))
    }
}

extension SceneItem {
    var anchorNames: [String] {
        switch self {
        case .anchor(let name, _): return [name]
        case .group(let g): return g.items.flatMap(\.anchorNames)
        default: return []
        }
    }
}
