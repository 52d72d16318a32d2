import Foundation
import Testing
@testable import BriefingAnalysis

/// End-to-end over the five seed articles: what issue 3 says the seeds must give.
@Suite struct AnalyzerSeedsTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path

    static let analysis: Analysis? = try? Analyzer().analyze(folder: seeds)

    func document(_ prefix: String) throws -> Document {
        try #require(Self.analysis?.documents.first { $0.id.hasPrefix(prefix) })
    }

    @Test func documents() throws {
        let analysis = try #require(Self.analysis)
        #expect(analysis.documents.map { String($0.id.prefix(3)) } == ["000", "001", "002", "003", "004"])
        #expect(analysis.documents.map { $0.date?.value } == ["2025-09-29", nil, "2025-09-29", "2023-09-26", "2012-11-09"])
        #expect(analysis.documents.map(\.language) == [.en, .en, .ru, .en, .en])
        #expect(try document("000").translationOf == (try document("002").id))
        #expect(try document("002").translationOf == (try document("000").id))
        #expect(analysis.documents.filter { $0.translationOf != nil }.count == 2)
        #expect(try document("004").title == "Belarus, Leningrad Oblast to cooperate in construction, agriculture, high technology")
        #expect(try document("004").publisher == "Lepel Regional Executive Committee")
        #expect(try document("001").publisher == "Investment portal of leningrad region")
        #expect(try document("002").title == "Губернатор Ленинградской области назвал новые направления сотрудничества с Беларусью")
    }

    @Test func chromeIsGone() throws {
        let analysis = try #require(Self.analysis)
        #expect(analysis.documents.map(\.droppedLines) == [3, 1, 1, 0, 8])
        for d in analysis.documents {
            for chrome in ["BYN", "Font settings", "Times New Roman", "on black", "← News", "To the list of news"] {
                #expect(!d.text.contains(chrome), "\(d.id): \(chrome)")
            }
        }
    }

    @Test func events() throws {
        let events = try #require(Self.analysis?.events)
        let summary = events.map { "\($0.date.value) \($0.kind.rawValue)\($0.planned ? " planned" : "")\($0.place.map { " in " + $0 } ?? "")" }
        #expect(summary == [
            "2012-11-09 meeting", "2023-06 meeting planned in Leningrad region", "2023-09 agreement planned in Minsk",
            "2023-09-26 meeting", "2025-09-29 exhibition in Minsk",
        ])
        let exhibition = try #require(events.last)
        #expect(Set(exhibition.mentions.map { String($0.document.prefix(3)) }) == ["000", "002"])
        #expect(exhibition.title.contains("INNOPROM"))
    }

    @Test func everyQuoteIsInItsDocument() throws {
        let analysis = try #require(Self.analysis)
        let texts = Dictionary(uniqueKeysWithValues: analysis.documents.map { ($0.id, $0.text) })
        for mention in analysis.events.flatMap(\.mentions) + analysis.facts.flatMap(\.mentions) {
            #expect(texts[mention.document]?.contains(mention.quote) == true, "\(mention.quote)")
            #expect(texts[mention.document]?.contains(mention.sentence) == true)
        }
        for document in analysis.documents {
            for (sentence, times) in zip(Analyzer.readSentences(document).sentences, Analyzer.readSentences(document).times) {
                let scalars = Array(document.text.unicodeScalars)
                #expect(String(String.UnicodeScalarView(scalars[sentence.offset..<(sentence.offset + sentence.text.unicodeScalars.count)])) == sentence.text)
                for time in times {
                    let inner = Array(sentence.text.unicodeScalars)
                    #expect(String(String.UnicodeScalarView(inner[time.offset..<(time.offset + time.quote.unicodeScalars.count)])) == time.quote)
                }
            }
        }
    }

    @Test func datesOfTheSeeds() throws {
        let analysis = try #require(Self.analysis)
        let values = Set(analysis.documents.flatMap { Analyzer.readSentences($0).times.flatMap { $0 } }.map { $0.value.value + ($0.value.modifier.map { "@" + $0.rawValue } ?? "") })
        #expect(values == ["2023-06", "2023-09", "2022@end", "2023-09-26", "2012-11-09", "2008"])
    }

    @Test func topicsOfTheSeeds() throws {
        let topics = try #require(Self.analysis?.topics)
        func top(_ prefix: String) -> String? { topics.first { $0.document.hasPrefix(prefix) }?.areas.first { $0.value == 1 }?.key }
        #expect(top("000") == "energy")
        #expect(top("002") == "energy")
        #expect(top("003") == "construction")
        let all = topics.first { $0.document.hasPrefix("004") }?.areas ?? [:]
        #expect(all["agriculture"] != nil && all["construction"] != nil && all["industry"] != nil)
    }

    @Test func dump() throws {
        let analysis = try #require(Self.analysis)
        guard ProcessInfo.processInfo.environment["DUMP"] != nil else { return }
        for d in analysis.documents {
            print("DOC", d.id, d.language, d.date?.value ?? "-", d.publisher ?? "-", d.translationOf ?? "-", d.droppedLines, "|", d.title)
            let (sentences, times) = Analyzer.readSentences(d)
            for (s, t) in zip(sentences, times) {
                if ProcessInfo.processInfo.environment["DUMP"] == "2" { print("  S", s.offset, s.paragraph, s.text.prefix(100)) }
                for e in t { print("    T", e.quote, "=>", e.value.value, e.value.modifier?.rawValue ?? "") }
            }
        }
        print(TranslationLinker.similarity(analysis.documents).map { $0.map { String(format: "%.2f", $0) }.joined(separator: " ") }.joined(separator: "\n"))
        for d in analysis.documents { print(d.id.prefix(3), TranslationLinker.signals(d).sorted().joined(separator: ",")) }
        for e in analysis.events {
            print("EV", e.date.value, e.date.modifier?.rawValue ?? "", e.kind, e.planned, e.title, "|", e.participants, "|", e.place ?? "-", "|", e.mentions.map { "\($0.document.prefix(3)): \($0.quote)" })
        }
        for t in analysis.topics { print("TOP", t.document.prefix(3), t.areas.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")) }
    }
}
