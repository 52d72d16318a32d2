import BriefingPipeline
import Foundation
import Testing

/// `briefing check` on fresh, up-to-date and stale output, and the comparer's rules.
@Suite(.serialized) struct CheckCommandTests {
    @Test func freshFolderListsEveryFileAsNewThenRenderMakesItUpToDate() throws {
        let out = try CLIRunner.scratchFolder()
        let fresh = try CLIRunner.run(["check", "--format", "pdf,svg", "--output", out.path])
        #expect(fresh.status == 1)
        #expect(fresh.stdout.contains("briefing.pdf: new"))
        #expect(fresh.stdout.contains("briefing.svg: new"))
        #expect(fresh.stderr.hasPrefix("briefing: error: \(out.path): 4 files would change"), "pdf, svg, facts.json and facts.csv")
        #expect((try FileManager.default.contentsOfDirectory(atPath: out.path)).isEmpty, "check writes nothing")

        #expect(try CLIRunner.run(["--format", "pdf,svg", "--output", out.path]).status == 0)
        let same = try CLIRunner.run(["check", "--format", "pdf,svg", "--output", out.path])
        #expect(same.status == 0, "stdout: \(same.stdout) stderr: \(same.stderr)")
        #expect(same.stdout.contains("up to date"))
    }

    @Test func staleOutputNamesTheChangedFileAndWhy() throws {
        let out = try CLIRunner.scratchFolder()
        #expect(try CLIRunner.run(["--output", out.path]).status == 0)
        // Another style changes the PDF: exactly that file is reported as changed.
        let result = try CLIRunner.run(["check", "--style", "print", "--output", out.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("briefing.pdf: changed ("))
        #expect(result.stdout.contains("first difference at byte"))
    }

    @Test func badOptionsAreUsageErrors() throws {
        let result = try CLIRunner.run(["check", "--format", "docx"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("use pdf, svg or png"))
    }

    @Test func comparerReportsRemovedFilesOnlyInFoldersTheRunWrites() throws {
        let out = try CLIRunner.scratchFolder()
        let charts = out.appendingPathComponent("charts")
        try FileManager.default.createDirectory(at: charts, withIntermediateDirectories: true)
        for name in ["chart-1.svg", "chart-2.svg", "notes.txt"] {
            try Data("old".utf8).write(to: charts.appendingPathComponent(name))
        }
        try Data("mine".utf8).write(to: out.appendingPathComponent("README.md"))
        let files: [(path: String, bytes: [UInt8])] = [("briefing.pdf", Array("pdf".utf8)), ("charts/chart-1.svg", Array("old".utf8))]
        let changes = try OutputComparer(directory: out.path).changes(files)
        #expect(changes.map(\.description) == [
            "briefing.pdf: new (not in \(out.path) yet)",
            "charts/chart-2.svg: removed (no longer produced by this run)",
        ])
        // A real run removes the stale chart once the rest is in place, and nothing else.
        try OutputWriter(directory: out.path).write(files, removing: OutputComparer(directory: out.path).stalePaths(files))
        #expect(try OutputComparer(directory: out.path).changes(files).isEmpty)
        #expect(FileManager.default.fileExists(atPath: charts.appendingPathComponent("notes.txt").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("README.md").path))
    }
}
