import Foundation
import Testing

/// The CLI end to end on the real seeds: the files it writes are real PDF, SVG and PNG.
@Suite(.serialized) struct RenderCommandTests {
    @Test func pdfIsReadableA4WithEmbeddedFonts() throws {
        let out = try CLIRunner.scratchFolder()
        let result = try CLIRunner.run(["--format", "pdf", "--output", out.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let pdf = out.appendingPathComponent("briefing.pdf").path
        #expect(FileManager.default.fileExists(atPath: pdf))
        let head = try Data(contentsOf: URL(fileURLWithPath: pdf)).prefix(5)
        #expect(String(decoding: head, as: UTF8.self) == "%PDF-")

        if let info = try CLIRunner.tool("pdfinfo", [pdf]) {
            #expect(info.status == 0)
            let pages = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            let count = pages.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
            #expect(count >= 1)
            #expect(info.stdout.contains("(A4)"))
            #expect(info.stdout.contains("Tagged:          yes"))
        }
        if let fonts = try CLIRunner.tool("pdffonts", [pdf]) {
            let rows = fonts.stdout.split(separator: "\n").dropFirst(2)
            #expect(!rows.isEmpty)
            for row in rows {
                let columns = row.split(separator: " ")
                // name type encoding emb sub uni object ID: "emb" is the 4th column from the right end group.
                #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "font not embedded: \(row)")
                #expect(row.contains("PT"), "unexpected font: \(row)")
            }
        }
        if let check = try CLIRunner.tool("qpdf", ["--check", pdf]) {
            #expect(check.status == 0, "qpdf: \(check.stdout) \(check.stderr)")
            #expect(!check.stderr.contains("WARNING"))
        }
        if let text = try CLIRunner.tool("pdftotext", [pdf, "-"]) {
            // Cyrillic made it through Pango and the font subset.
            #expect(text.stdout.contains("Губернатор"))
        }
    }

    @Test func svgIsWellFormedXML() throws {
        let out = try CLIRunner.scratchFolder()
        let result = try CLIRunner.run(["--format", "svg", "--output", out.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let data = try Data(contentsOf: out.appendingPathComponent("briefing.svg"))
        let checker = XMLWellFormedness(data: data)
        #expect(checker.isWellFormed, "\(checker.error ?? "")")
        #expect(checker.rootElement == "svg")
        #expect(String(decoding: data.prefix(400), as: UTF8.self).contains("pt\""))
    }

    @Test func pngHasTheExpectedSize() throws {
        let out = try CLIRunner.scratchFolder()
        let result = try CLIRunner.run(["--format", "png,pdf", "--dpi", "72", "--output", out.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let png = try Data(contentsOf: out.appendingPathComponent("briefing.png"))
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        // Pages are stacked with a 12 pt gap; at 72 dpi one point is one pixel.
        let pages = try pageCount(out.appendingPathComponent("briefing.pdf").path)
        #expect(width == 596)
        #expect(height == Int((841.8898 * Double(pages) + 12 * Double(pages - 1)).rounded(.up)))
    }

    @Test func twoRunsAreByteIdenticalWhateverTheFormatOrder() throws {
        let a = try CLIRunner.scratchFolder("a"), b = try CLIRunner.scratchFolder("b")
        #expect(try CLIRunner.run(["--format", "pdf,svg,png", "--dpi", "72", "--output", a.path]).status == 0)
        #expect(try CLIRunner.run(["--format", "png,svg,pdf", "--dpi", "72", "--output", b.path]).status == 0)
        let c = try CLIRunner.scratchFolder("c")
        #expect(try CLIRunner.run(["--format", "svg", "--output", c.path]).status == 0)
        for name in ["briefing.pdf", "briefing.svg", "briefing.png"] {
            let x = try Data(contentsOf: a.appendingPathComponent(name))
            let y = try Data(contentsOf: b.appendingPathComponent(name))
            #expect(x == y, "\(name) differs between runs")
        }
        let svgAlone = try Data(contentsOf: c.appendingPathComponent("briefing.svg"))
        #expect(svgAlone == (try Data(contentsOf: a.appendingPathComponent("briefing.svg"))))
    }

    @Test func sourceDateEpochSetsThePDFDates() throws {
        let out = try CLIRunner.scratchFolder()
        let result = try CLIRunner.run(["--output", out.path], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let bytes = try Data(contentsOf: out.appendingPathComponent("briefing.pdf"))
        #expect(String(decoding: bytes, as: UTF8.self).contains("/CreationDate (20231114221320Z)"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try CLIRunner.run(["--format", "docx", "--output", try CLIRunner.scratchFolder().path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("docx"))
    }

    @Test func missingSeedsFolderIsOneLineError() throws {
        let out = try CLIRunner.scratchFolder()
        let result = try CLIRunner.run(["--seeds", "/nonexistent/seeds", "--output", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("briefing: error: /nonexistent/seeds"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect((try FileManager.default.contentsOfDirectory(atPath: out.path)).isEmpty)
    }

    @Test func styleByNameAndByPathBothWork() throws {
        let out = try CLIRunner.scratchFolder()
        #expect(try CLIRunner.run(["--style", "memo", "--output", out.path]).status == 0)
        let path = CLIRunner.packageRoot.appendingPathComponent("styles/print.style").path
        #expect(try CLIRunner.run(["--style", path, "--output", out.path]).status == 0)
        let unknown = try CLIRunner.run(["--style", "nosuchstyle", "--output", out.path])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("nosuchstyle"))
    }

    private func pageCount(_ pdf: String) throws -> Int {
        guard let info = try CLIRunner.tool("pdfinfo", [pdf]) else { return 1 }
        let line = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 1
    }
}
