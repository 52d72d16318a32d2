import Foundation
import Testing
@testable import BriefingAnalysis

/// The parallel analysis (`Analyzer+Parallel.swift`) must give exactly what the sequential
/// `analyze(files:)` gives, whatever the number of threads.
@Suite struct ParallelAnalysisTests {
    static let seedsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path

    static func seeds() throws -> [(name: String, data: Data)] {
        try FileManager.default.contentsOfDirectory(atPath: seedsFolder).filter { $0.hasSuffix(".txt") }.sorted().map {
            ($0, try Data(contentsOf: URL(fileURLWithPath: seedsFolder + "/" + $0)))
        }
    }

    /// Several copies of every seed, with a number changed per copy so that facts differ:
    /// duplicates, translation ties and undated articles all at once.
    static func copies(_ count: Int) throws -> [(name: String, data: Data)] {
        try (0..<count).flatMap { copy in
            try seeds().map { seed in
                let text = String(decoding: seed.data, as: UTF8.self).replacingOccurrences(of: "825", with: String(825 + copy))
                return ("c\(copy)_" + seed.name, Data(text.utf8))
            }
        }
    }

    @Test(arguments: [1, 2, 4])
    func seedsGiveTheSameAnalysis(threads: Int) throws {
        let files = try Self.seeds()
        let sequential = try Analyzer().analyze(files: files)
        #expect(try Analyzer().analyze(files: files, concurrency: threads) == sequential)
    }

    @Test func copiesGiveTheSameAnalysis() throws {
        let files = try Self.copies(6)
        let sequential = try Analyzer().analyze(files: files)
        let parallel = try Analyzer().analyze(files: files, concurrency: 3)
        #expect(parallel.documents == sequential.documents)
        #expect(parallel.facts == sequential.facts)
        #expect(parallel.events == sequential.events)
        #expect(parallel.topics == sequential.topics)
    }

    @Test func folderGivesTheSameAnalysis() throws {
        let analyzer = Analyzer()
        #expect(try analyzer.analyze(folder: Self.seedsFolder) == analyzer.analyzeSequentially(folder: Self.seedsFolder))
    }

    @Test func withoutTextOnlyTheTextsDiffer() throws {
        let files = try Self.seeds()
        var full = try Analyzer().analyze(files: files, concurrency: 2)
        let lean = try Analyzer().analyze(files: files, concurrency: 2, keepsText: false)
        #expect(lean.documents.allSatisfy { $0.text.isEmpty })
        for index in full.documents.indices { full.documents[index].text = "" }
        #expect(lean == full)
    }

    /// Without texts, undated articles are read again once the links give them a date: the
    /// result is the full analysis less the texts, on a corpus with many undated twins.
    @Test func leanAnalysisOfCopiesIsTheFullOneWithoutTexts() throws {
        let files = try Self.copies(4)
        var full = try Analyzer().analyze(files: files)
        for index in full.documents.indices { full.documents[index].text = "" }
        #expect(full.documents.contains { $0.translationOf != nil })
        #expect(try Analyzer().analyze(files: files, concurrency: 2, keepsText: false) == full)
    }

    /// An article that changes between its first and its second reading is an error naming it,
    /// not an analysis of two different texts.
    @Test func articleChangedBetweenReadingsIsAnError() throws {
        let files = try Self.seeds()
        let undated = try #require(files.firstIndex { try Analyzer.read($0.data, name: $0.name, path: $0.name).date == nil })
        let reads = ManagedCounter()
        let error = #expect(throws: AnalysisError.self) {
            try Analyzer().analyze(count: files.count, folder: "seeds", concurrency: 1, keepsText: false,
                                   sortsSkipped: true) { index in
                guard index == undated, reads.next() > 0 else { return files[index] }
                return (files[index].name, files[index].data + Data(" ".utf8))
            }
        }
        #expect(error?.path == "seeds/" + files[undated].name)
        #expect(error?.reason.contains("changed") == true)
    }

    @Test func badFilesAreReportedAlike() throws {
        var files = try Self.seeds()
        files.insert(("bad.txt", Data([0x41, 0x00, 0x42])), at: 2)
        files.append(("empty.txt", Data()))
        #expect(throws: AnalysisError.self) { try Analyzer().analyze(files: files, concurrency: 2) }
        let error = { (run: () throws -> Analysis) -> AnalysisError? in
            do { _ = try run(); return nil } catch { return error as? AnalysisError }
        }
        #expect(error { try Analyzer().analyze(files: files, concurrency: 2) } == error { try Analyzer().analyze(files: files) })
        let sequential = try Analyzer(skipBad: true).analyze(files: files)
        let parallel = try Analyzer(skipBad: true).analyze(files: files, concurrency: 2)
        #expect(parallel == sequential)
        #expect(parallel.skipped.map(\.path) == ["bad.txt", "empty.txt"])
    }
}

/// A counter the loader closure of a test can step (the loader must be `Sendable`).
final class ManagedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    /// The count before this call.
    func next() -> Int {
        lock.lock(); defer { lock.unlock() }
        defer { value += 1 }
        return value
    }
}
