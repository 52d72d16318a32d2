import Foundation
import Testing

/// The finished briefing as a reader and a PDF tool see it: sections, key figures,
/// metadata, outline and links, in every shipped style and both languages.
@Suite(.serialized) struct BriefingDocumentTests {
    static let sections: [String: [String]] = [
        "en": ["Key figures", "Indicators", "Timeline", "Areas of cooperation", "Digest by source", "Data notes", "Sources"],
        "ru": ["Ключевые показатели", "Показатели", "Хронология", "Направления сотрудничества", "Обзор источников",
               "Примечания к данным", "Источники"],
    ]

    @Test(arguments: ["default", "memo", "print"], ["en", "ru"])
    func everySectionAndKeyFigureIsInThePDF(style: String, lang: String) throws {
        let out = try CLIRunner.scratchFolder("\(style)\(lang)")
        let run = try CLIRunner.run(["--style", style, "--lang", lang, "--output", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = out.appendingPathComponent("briefing.pdf").path
        guard let raw = try CLIRunner.tool("pdftotext", [pdf, "-"])?.stdout else { return }
        let text = raw.replacingOccurrences(of: "\u{A0}", with: " ")
        for heading in Self.sections[lang]! { #expect(text.contains(heading), "\(style)/\(lang): missing \(heading)") }
        // The key figures of the seeds, in the language's number format.
        let percent = lang == "ru" ? "25 %" : "25%"
        for figure in [percent, "52", "37", "100+", "825"] { #expect(text.contains(figure), "\(style)/\(lang): missing \(figure)") }
        if let info = try CLIRunner.tool("pdfinfo", [pdf])?.stdout {
            #expect(info.contains("Creator:         briefing "))
            #expect(info.contains("Tagged:          yes"))
            #expect(info.contains("(A4)"))
        }
    }

    @Test func outlineAndLinksReachTheSources() throws {
        let out = try CLIRunner.scratchFolder()
        #expect(try CLIRunner.run(["--output", out.path]).status == 0)
        let pdf = out.appendingPathComponent("briefing.pdf").path
        guard let json = try CLIRunner.tool("qpdf", ["--json", pdf])?.stdout,
              let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return }
        let outlines = (root["outlines"] as? [[String: Any]])?.compactMap { $0["title"] as? String } ?? []
        #expect(outlines.first == "Cooperation briefing")
        #expect(outlines.contains("Sources") && outlines.contains("Timeline") && outlines.contains("Key figures"))
        // Every link annotation points at a named destination of a source entry.
        let objects = ((root["qpdf"] as? [Any])?.last as? [String: Any]) ?? [:]
        var destinations: [String] = []
        for case let object as [String: Any] in objects.values {
            guard let value = object["value"] as? [String: Any], value["/Subtype"] as? String == "/Link" else { continue }
            destinations.append(value["/Dest"] as? String ?? "")
        }
        #expect(destinations.count >= 10)
        for d in destinations { #expect(d.contains("source-"), "link to \(d)") }
    }
}
