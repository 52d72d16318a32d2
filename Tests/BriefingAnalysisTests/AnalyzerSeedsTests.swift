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
