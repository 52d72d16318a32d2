import BriefingPipeline
import Foundation
import Testing

/// Nothing lost: a failed write leaves the folder as it was; an interrupted one costs a retry.
struct OutputWriterTests {
    @Test func failedWriteLeavesNoTraceNotEvenNewFolders() throws {
        let parent = try CLIRunner.scratchFolder()
        let out = parent.appendingPathComponent("new-output")
        // "charts" is taken by a plain file: the chart cannot be written after briefing.pdf
        // was already staged, and the staged PDF must not survive.
        let blocked = try CLIRunner.scratchFolder()
        try Data("x".utf8).write(to: blocked.appendingPathComponent("charts"))
        let files: [(path: String, bytes: [UInt8])] = [("briefing.pdf", [1, 2, 3]), ("charts/a.svg", [4])]
        #expect(throws: BriefingError.self) { try OutputWriter(directory: blocked.path).write(files) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: blocked.path) == ["charts"])

        // A name over 255 bytes cannot be written: fails after briefing.pdf was staged.
        let failing: [(path: String, bytes: [UInt8])] = [("briefing.pdf", [1]), ("charts/" + String(repeating: "x", count: 300), [2])]
        #expect(throws: BriefingError.self) { try OutputWriter(directory: out.path).write(failing) }
        #expect(!FileManager.default.fileExists(atPath: out.path), "the output folder this run made is gone again")
    }

    @Test func temporariesOfDeadRunsAreClearedAndLiveOnesKept() throws {
        let out = try CLIRunner.scratchFolder()
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/sh")
        finished.arguments = ["-c", "true"]
        try finished.run()
        finished.waitUntilExit()
        let dead = ".briefing.pdf.tmp-" + String(UInt32(finished.processIdentifier), radix: 16)
        let live = ".briefing.pdf.tmp-" + String(UInt32(getppid()), radix: 16)
        for name in [dead, live] { try Data("partial".utf8).write(to: out.appendingPathComponent(name)) }

        try OutputWriter(directory: out.path).write([("briefing.pdf", [1, 2, 3])])
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        #expect(names == ["briefing.pdf", live])
    }
}
