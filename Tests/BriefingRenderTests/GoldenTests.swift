import BriefingLayout
import Foundation
import Testing
@testable import BriefingRender

/// A few small PNG goldens, compared with a tolerance; a diff image is written on failure.
struct GoldenTests {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
    let renderer = DocumentRenderer(fonts: RenderFixtures.fonts)

    func assertGolden(_ png: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Self.goldens.appendingPathComponent(name + ".png")
        guard ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != "1",
              let expected = try? Data(contentsOf: url) else {
            try Data(png).write(to: url)
            Issue.record("Recorded golden \(name); run again to compare.", sourceLocation: sourceLocation)
            return
        }
        let result = try ImageComparison.compare(png, Array(expected), tolerance: 24)
        // Antialiasing may move a little with library versions: allow a few stray pixels.
        if !result.sizesMatch || result.differingPixels > 12 {
            let failures = Self.goldens.deletingLastPathComponent().appendingPathComponent("Failures")
            try FileManager.default.createDirectory(at: failures, withIntermediateDirectories: true)
            try Data(result.diffPNG).write(to: failures.appendingPathComponent(name + "-diff.png"))
            try Data(png).write(to: failures.appendingPathComponent(name + "-actual.png"))
            Issue.record("\(name): \(result.differingPixels) pixels differ (max \(result.maxDifference)); see Failures/\(name)-diff.png",
                         sourceLocation: sourceLocation)
        }
    }

    @Test func sampleSceneAt144dpi() throws {
        try assertGolden(try renderer.png([RenderFixtures.sample], dpi: 144), named: "sample-144")
    }

    @Test func comparisonSeesARealChange() throws {
        var changed = RenderFixtures.sample
        changed.items.append(.rect(RectItem(rect: Rect(x: 120, y: 20, width: 20, height: 20), fill: .black)))
        let a = try renderer.png([RenderFixtures.sample], dpi: 72), b = try renderer.png([changed], dpi: 72)
        let result = try ImageComparison.compare(a, b, tolerance: 24)
        #expect(result.differingPixels >= 300)
        #expect(try ImageComparison.compare(a, a, tolerance: 0).differingPixels == 0)
    }
}
