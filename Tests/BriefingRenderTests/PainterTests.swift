import BriefingLayout
import Foundation
import Testing
@testable import BriefingRender

/// The painter: pinned fonts, literal text, clear errors, identical bytes.
@Suite(.serialized) struct PainterTests {
    let renderer = DocumentRenderer(fonts: RenderFixtures.fonts)

    @Test func onlyTheBundledFontsAreSeen() throws {
        // PT Sans / PT Serif set the text; DejaVu Sans only fills in symbols they lack (arrows, Greek).
        #expect(RenderFixtures.fonts.families == ["DejaVu Sans", "PT Sans", "PT Serif"])
        #expect(throws: RenderError.self) { try RenderFixtures.fonts.require(family: "Liberation Sans", location: "x.style:3") }
        let error = RenderError.unknownFontFamily(family: "Arial", location: "x.style:3", available: ["PT Sans"])
        #expect(error.description == "x.style:3: font 'Arial' is not available (pinned fonts: PT Sans)")
    }

    @Test func missingGlyphIsAnErrorNamingTheCodePoint() {
        let scene = Scene(size: Size(100, 40), items: [RenderFixtures.text("Карта 漢", at: Point(4, 4))])
        #expect {
            _ = try renderer.png([scene], dpi: 72)
        } throws: { error in
            guard case RenderError.missingGlyphs(let points, let text) = error else { return false }
            return points == ["U+6F22"] && text == "Карта 漢"
        }
    }

    @Test func symbolsThePTFontsLackFallBackToTheBundledDejaVu() throws {
        let scene = Scene(size: Size(200, 40), items: [RenderFixtures.text("USD 3.24 ↑ → α ☎", at: Point(4, 4))])
        #expect(try !renderer.png([scene], dpi: 72).isEmpty)
    }

    @Test func markupIsDrawnLiterally() throws {
        let literal = "<b>bold</b> &amp; %s %@"
        let scene = Scene(size: Size(300, 40), items: [RenderFixtures.text(literal, at: Point(4, 4))])
        let pdf = try renderer.pdf(SceneDocument(pages: [scene], metadata: .init(creationDate: "2000-01-01T00:00:00Z")))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("literal-\(UUID().uuidString).pdf")
        try Data(pdf).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        guard let text: String = try Self.run("pdftotext", [url.path, "-"]) else { return }
        #expect(text.contains(literal))
    }

    @Test func sameSceneGivesSameBytesInEveryOrder() throws {
        let doc = SceneDocument(pages: [RenderFixtures.sample], metadata: .init(creationDate: "2000-01-01T00:00:00Z"))
        let svgFirst = try renderer.svg(doc.pages)
        _ = try renderer.pdf(doc)
        _ = try renderer.png(doc.pages, dpi: 72)
        let svgLater = try renderer.svg(doc.pages)
        #expect(svgFirst == svgLater)
        #expect(try renderer.pdf(doc) == renderer.pdf(doc))
        #expect(try renderer.png(doc.pages, dpi: 144) == renderer.png(doc.pages, dpi: 144))
    }

    @Test func svgIdsAreRenumberedFromOne() {
        let input = Array("<use xlink:href=\"#surface57\"/><g id=\"surface57\"/><g id=\"surface60\"/>".utf8)
        #expect(String(decoding: SVGIdentifiers.renumber(input), as: UTF8.self)
                == "<use xlink:href=\"#surface1\"/><g id=\"surface1\"/><g id=\"surface2\"/>")
    }

    @Test func textSitsAtTheSameHeightInPNGAndPDF() throws {
        // A line of text at y = 10: its first inked row must be where the PDF puts it, at any dpi.
        let scene = Scene(size: Size(120, 40), background: .white, items: [RenderFixtures.text("HHHH", at: Point(10, 10))])
        var rows: [Double] = []
        for dpi in [72.0, 144, 288] {
            let image = try DecodedImage(png: try renderer.png([scene], dpi: dpi))
            var firstInk = 0
            search: for y in 0..<image.height {
                for x in 0..<image.width where image.pixels[y * image.width + x] & 0xFF < 128 {
                    firstInk = y
                    break search
                }
            }
            rows.append(Double(firstInk) * 72 / dpi)
        }
        // Cap height of PT Sans 12 pt is about 8.4 pt below a baseline at 10 + ascent.
        for row in rows { #expect(abs(row - rows[2]) < 1.2, "rows per dpi: \(rows)") }
        let metrics = PangoMeasurer(fonts: RenderFixtures.fonts).metrics(of: RenderFixtures.sans)
        let capTop = 10 + metrics.ascent - 12 * 0.7
        #expect(abs(rows[2] - capTop) < 1.5, "cap top \(rows[2]) vs expected \(capTop)")
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String? {
        let path = ["/usr/bin/", "/usr/local/bin/", "/opt/homebrew/bin/"].map { $0 + tool }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
