import Foundation
import Testing

/// The layering STYLE.md asks for: one Swift target talks to C, analysis and layout are pure.
struct ArchitectureTests {
    func swiftFiles(under folder: String) -> [URL] {
        let root = CLIRunner.packageRoot.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
    }

    @Test func onlyTheRenderTargetImportsTheCModule() throws {
        let importers = try swiftFiles(under: "Sources").filter {
            try String(contentsOf: $0, encoding: .utf8).contains("import CCairoPango")
        }
        #expect(!importers.isEmpty)
        for file in importers {
            #expect(file.path.contains("/Sources/BriefingRender/"), "\(file.lastPathComponent) imports CCairoPango")
        }
    }

    @Test func analysisAndLayoutDoNotDependOnRendering() throws {
        for folder in ["Sources/BriefingAnalysis", "Sources/BriefingLayout"] {
            for file in swiftFiles(under: folder) {
                let text = try String(contentsOf: file, encoding: .utf8)
                #expect(!text.contains("import BriefingRender"), "\(file.lastPathComponent)")
                #expect(!text.contains("cairo_") && !text.contains("pango_"), "\(file.lastPathComponent) calls C")
            }
        }
        for file in swiftFiles(under: "Sources/BriefingAnalysis") {
            #expect(!(try String(contentsOf: file, encoding: .utf8)).contains("import BriefingLayout"))
        }
    }
}
