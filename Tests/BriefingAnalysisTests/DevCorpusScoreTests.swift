import Foundation
import Testing
import BriefingAnalysis

/// Scores the analysis on the development corpus (`DevCorpus/articles`, gold in `DevCorpus/gold`):
/// precision, recall and F1 per fact kind, for events, document fields and topics. It asserts only
/// a low floor; the point is the table and the report of misses and false positives.
///
/// Run:
///   DEV_REPORT=/tmp/dev-report.txt swift test --scratch-path .build-dev --filter DevCorpusScoreTests 2>&1 | grep -A40 'Dev corpus'
/// The held-out corpus (`DevCorpus/heldout/`) is scored by the same test; its report goes to
/// `$DEV_REPORT.heldout`.
struct DevCorpusScoreTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("DevCorpus")

    /// "" is the first corpus (the rules were tuned on it); "heldout" is a second corpus of other
    /// sources and styles written after the tuning, to tell how the rules generalise.
    @Test(arguments: ["", "heldout"]) func scoreDevCorpus(corpus: String) throws {
        let folder = corpus.isEmpty ? Self.root : Self.root.appendingPathComponent(corpus)
        let analysis = try Analyzer(skipBad: true).analyze(folder: folder.appendingPathComponent("articles").path)
        let gold = try DevGold.load(folder: folder.appendingPathComponent("gold"))
        #expect(gold.count >= (corpus.isEmpty ? 16 : 10))
        var scorer = DevCorpusScorer(analysis: analysis, gold: gold)
        scorer.run()

        let overall = scorer.sections.filter { ["facts (all)", "events (date+sentence)", "document fields"].contains($0.name) }
            .map(\.tally).reduce(DevTally(), +)
        let table = (corpus.isEmpty ? "" : "[\(corpus)] ")
            + Self.table(scorer, overall: overall, documents: analysis.documents.count, skipped: analysis.skipped)
        print(table)
        if var path = ProcessInfo.processInfo.environment["DEV_REPORT"], !path.isEmpty {
            if !corpus.isEmpty { path += "." + corpus }
            var text = table + "\n"
            for (heading, lines) in scorer.report {
                text += "\n== \(heading) (\(lines.count))\n" + lines.joined(separator: "\n") + "\n"
            }
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            print("Dev corpus report written to \(path)")
        }
        #expect(overall.f1 >= 0.3, "overall F1 \(overall.f1) fell below the floor")
    }

    static func table(_ scorer: DevCorpusScorer, overall: DevTally, documents: Int, skipped: [AnalysisError]) -> String {
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        func pct(_ d: Double) -> String { String(format: "%.2f", d) }
        var lines = ["Dev corpus: \(documents) documents analysed" + (skipped.isEmpty ? "" : ", skipped: \(skipped.map(\.description))"),
                     pad("section", 26) + lpad("gold", 6) + lpad("pred", 6) + lpad("tp", 6) + lpad("P", 7) + lpad("R", 7) + lpad("F1", 7)]
        for (name, t) in scorer.sections + [(name: "OVERALL (facts+events+docs)", tally: overall)] {
            lines.append(pad(name, 26) + lpad(String(t.tp + t.fn), 6) + lpad(String(t.tp + t.fp), 6) + lpad(String(t.tp), 6)
                         + lpad(pct(t.precision), 7) + lpad(pct(t.recall), 7) + lpad(pct(t.f1), 7))
        }
        lines.append("attributes of matched items (right/total):")
        lines.append(scorer.attributes.map { "\($0.name) \($0.right)/\($0.total)" }.joined(separator: "  "))
        return lines.joined(separator: "\n")
    }
}
