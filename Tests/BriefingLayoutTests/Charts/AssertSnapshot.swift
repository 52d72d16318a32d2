import Foundation
import Testing

/// Compares `actual` with `Snapshots/NAME.txt` next to the tests. Writes the file when it
/// is missing or when the environment sets `RECORD_SNAPSHOTS=1` (then the test fails once,
/// so a recording is never mistaken for a pass). After swift-argument-parser's helper.
func assertSnapshot(_ actual: String, named name: String, filePath: String = #filePath,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    let testsFolder = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
    let url = testsFolder.appendingPathComponent("Snapshots").appendingPathComponent(name + ".txt")
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Recorded snapshot \(name); run again to compare.", sourceLocation: sourceLocation)
        } catch {
            Issue.record("Could not write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard actual != expected else { return }
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let first = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
    func line(_ lines: [Substring], _ i: Int) -> String { i < lines.count ? String(lines[i]) : "<end>" }
    Issue.record("""
        Snapshot \(name) differs at line \(first + 1) (RECORD_SNAPSHOTS=1 to accept):
          expected: \(line(e, first))
          actual:   \(line(a, first))
        """, sourceLocation: sourceLocation)
}
