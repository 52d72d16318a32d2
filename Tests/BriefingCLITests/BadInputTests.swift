import Foundation
import Testing

/// Every bad input of issue 6 through the real binary: one line `briefing: error: FILE: what
/// is wrong (hint)`, exit 1 (64 for usage), no crash, and the previous output left exactly
/// as it was. Inputs that are odd but valid must render, and render literally.
struct BadInputTests {
    // MARK: - Unreadable articles and folders

    @Test func seedsFolderMissing() throws {
        let missing = try CLIRunner.scratchFolder().appendingPathComponent("no-such-seeds").path
        let result = try runFailing(["--seeds", missing])
        #expect(result.stderr.contains("\(missing): seeds folder does not exist"))
    }

    @Test func seedsFolderEmpty() throws {
        let seeds = try seedsFolder([:])
        let result = try runFailing(["--seeds", seeds.path])
        #expect(result.stderr.contains("\(seeds.path): seeds folder is empty (add plain-text articles named *.txt)"))
    }

    @Test func zeroByteFile() throws {
        let seeds = try seedsFolder(["a.txt": Data()])
        let result = try runFailing(["--seeds", seeds.path])
        #expect(result.stderr.contains("a.txt: empty file ("))
    }

    @Test func binaryFile() throws {
        // A PNG signature and header: NUL bytes, as in any image or archive.
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        bytes += (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ $0 >> 3) }
        let seeds = try seedsFolder(["image.txt": Data(bytes)])
        let result = try runFailing(["--seeds", seeds.path])
        #expect(result.stderr.contains("image.txt: binary file"))
    }

    @Test func invalidUTF8ThatIsNotRussian() throws {
        // Latin-1 accents and stray continuation bytes: neither UTF-8 nor a Russian code page.
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" r".utf8) + [0xE9] + Array("sum".utf8) + [0xE9, 0x20]
            + [0xFF, 0xFE, 0x80, 0xC3, 0x28] + Array(" the exhibition opened.\n".utf8)
        let seeds = try seedsFolder(["latin1.txt": Data(bytes)])
        let result = try runFailing(["--seeds", seeds.path])
        #expect(result.stderr.contains("latin1.txt: not valid UTF-8 and not Russian Windows-1251 or KOI8-R text (re-save the file as UTF-8)"))
    }

    @Test func fileOf200MegabytesIsRefusedQuicklyWithItsLimit() throws {
        let seeds = try seedsFolder([:])
        let huge = seeds.appendingPathComponent("huge.txt")
        // Sparse: costs no disk and no time to make, but reports 200 MB.
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 200 * 1024 * 1024)
        try handle.close()
        let start = Date()
        let result = try runFailing(["--seeds", seeds.path])
        #expect(Date().timeIntervalSince(start) < 20, "a refusal must not read the file")
        // This wording comes only from the size check made before reading, so memory stays
        // bounded (a later check after reading would say "file is over the … limit").
        #expect(result.stderr.contains("huge.txt: file is 200 MB, over the"))
        #expect(result.stderr.contains("MB limit for one article"))
    }

    @Test func fileThatIsOnlyPageChrome() throws {
        let chrome = "Home | News | Contacts\nSearch\nShare\nPrint\nViews: 1234\nFont settings\nВерсия для слабовидящих\n"
        let seeds = try seedsFolder(["chrome.txt": Data(chrome.utf8)])
        let result = try runFailing(["--seeds", seeds.path])
        #expect(result.stderr.contains("chrome.txt: no article text (only page chrome or blank lines)"))
    }

    // MARK: - Odd but valid articles

    @Test func windows1251ArticleIsReadCorrectly() throws {
        let title = "Губернатор Ленинградской области посетил Минск"
        let text = title + "\n\nМинск, 12 марта 2024 года. Губернатор провёл переговоры с руководством Беларуси. "
            + "Товарооборот вырос на 25 процентов и достиг 3,5 миллиарда долларов.\n"
        let seeds = try seedsFolder(["cp1251.txt": try #require(text.data(using: .windowsCP1251))])
        let pdf = try renderPDF(seeds)
        #expect(try pdfText(pdf).contains(title))
    }

    @Test func markupEntitiesFormatsAndBidiControlsAreDrawnLiterally() throws {
        let title = "Talks <b>bold</b> &amp; 100%s done"
        let body = "The exhibition <i>opened</i> &lt;today&gt; in Minsk with %d%n guests, \u{202E}reversed\u{202C} and "
            + "\u{200F}marked\u{200E} text, and trade grew by 25 percent, the organisers said.\n"
        let seeds = try seedsFolder(["markup.txt": Data((title + "\n\n" + body).utf8)])
        let text = try pdfText(try renderPDF(seeds))
        for literal in ["<b>bold</b>", "&amp;", "100%s", "<i>opened</i>", "&lt;today&gt;", "%d%n"] {
            #expect(text.contains(literal), "\(literal) was interpreted, not drawn")
        }
    }

    @Test func wordOf5000CharactersWrapsInsideThePage() throws {
        let word = String(repeating: "Supercalifragilistic", count: 250)
        let article = word + "\n\nThe exhibition opened in Minsk with a word that never ends: " + word
            + " and the sentence goes on after it; trade grew by 25 percent.\n"
        let seeds = try seedsFolder(["long.txt": Data(article.utf8)])
        let out = try CLIRunner.scratchFolder()
        let result = try CLIRunner.run(["--seeds", seeds.path, "--output", out.path, "--format", "pdf,svg,png", "--dpi", "36"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let pdf = out.appendingPathComponent("briefing.pdf").path
        let boxes = try #require(try CLIRunner.tool("pdftotext", ["-bbox", pdf, "-"]), "pdftotext (poppler-utils) is needed")
        let right = boxes.stdout.split(separator: "xMax=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
        #expect(!right.isEmpty)
        #expect(right.allSatisfy { $0 <= 595.3 }, "text runs off the A4 page: \(right.max() ?? 0) pt")
        #expect(try pdfText(pdf).contains("Supercalifragilistic"))
    }

    @Test func articleWithTenThousandNumbersStaysFast() throws {
        var text = "Trade report\n\n"
        for i in 0..<10_000 {
            let n = i * 7919 % 65_521
            switch i % 5 {
            case 0: text += "\(n)"
            case 1: text += "\(n % 100).\(n % 10)%"
            case 2: text += "\(n % 999 + 1) \(String(n % 1000).leftPadded(3))"
            case 3: text += "$\(n % 900 + 1) million"
            default: text += "\(1990 + n % 30)–\(10 + n % 20)"
            }
            text += i % 7 == 6 ? ". The trade grew by " : ", "
        }
        let seeds = try seedsFolder(["numbers.txt": Data((text + "1 percent.\n").utf8)])
        let start = Date()
        let pdf = try renderPDF(seeds)
        // A generous sanity bound for a debug build on a shared machine; it takes about a second.
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(FileManager.default.fileExists(atPath: pdf))
    }

    // MARK: - Styles

    @Test func malformedStyleFileNamesFileAndLine() throws {
        let folder = try CLIRunner.scratchFolder()
        let style = folder.appendingPathComponent("broken.style")
        try Data("version = 1\n[page]\nsize = \"A4\"\nmargin-top = twenty\n".utf8).write(to: style)
        let result = try runFailing(["--style", style.path])
        #expect(result.stderr.contains("\(style.path):4: bad value for 'page.margin-top'"))
    }

    @Test func unknownStyleNameListsTheKnownOnes() throws {
        let result = try runFailing(["--style", "nosuchstyle"])
        #expect(result.stderr.contains("nosuchstyle: unknown style (known styles: default"))
    }

    @Test func styleNamingAMissingFontNamesFileAndLine() throws {
        let folder = try CLIRunner.scratchFolder()
        let original = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("styles/default.style"), encoding: .utf8)
        var lines = original.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("body = ") })
        lines[index] = "body = \"No Such Sans\""
        let style = folder.appendingPathComponent("nofont.style")
        try Data(lines.joined(separator: "\n").utf8).write(to: style)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("fonts"),
                                                   withDestinationURL: CLIRunner.packageRoot.appendingPathComponent("styles/fonts"))
        let result = try runFailing(["--style", style.path])
        #expect(result.stderr.contains("\(style.path):\(index + 1): font 'No Such Sans' is not available"))
    }

    // MARK: - Output, options, environment

    @Test func outputFolderThatCannotBeCreated() throws {
        // Under a regular file: fails for root too, where chmod would not stop a write.
        let folder = try CLIRunner.scratchFolder()
        let file = folder.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        let target = file.appendingPathComponent("sub").path
        let result = try CLIRunner.run(["--output", target])
        expectOneLineError(result)
        #expect(result.stderr.contains("\(target): cannot create output folder"))
        #expect(try Data(contentsOf: file) == Data("x".utf8))
    }

    @Test(.enabled(if: getuid() != 0, "root writes through chmod 0500"))
    func readOnlyOutputFolderKeepsItsFiles() throws {
        let out = try filledOutputFolder()
        let before = try snapshot(out)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: out.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: out.path) }
        let result = try CLIRunner.run(["--output", out.path])
        expectOneLineError(result)
        #expect(result.stderr.contains("cannot write output"))
        #expect(try snapshot(out) == before)
    }

    @Test func unknownFormatIsAUsageErrorWithAHint() throws {
        let result = try runFailing(["--format", "pdf,docx"], status: 64)
        #expect(result.stderr.contains("unknown format 'docx' (use pdf, svg or png)"))
    }

    @Test func malformedSourceDateEpoch() throws {
        for value in ["yesterday", "-5", "1e9", "99999999999999999999"] {
            let result = try runFailing([], environment: ["SOURCE_DATE_EPOCH": value])
            #expect(result.stderr.contains("SOURCE_DATE_EPOCH: '\(value)' is not a number of seconds since 1970"))
        }
    }

    @Test func pngTooLargeForCairoNamesTheFileAndTheWayOut() throws {
        // Twelve articles with 5,000-character titles make a briefing of many pages: at
        // 1200 dpi (14,032 px a page) the stacked PNG is far over cairo's 32,767 px, which
        // cairo refuses before allocating anything.
        let word = String(repeating: "Supercalifragilistic", count: 250)
        var files: [String: Data] = [:]
        for i in 1...12 {
            files["a\(i).txt"] = Data("\(i) \(word)\n\nThe exhibition opened in Minsk: \(word) and more; trade grew by \(i)5 percent.\n".utf8)
        }
        let result = try runFailing(["--seeds", try seedsFolder(files).path, "--format", "pdf,png", "--dpi", "1200"])
        #expect(result.stderr.contains("briefing.png: cairo failed while creating a"))
        #expect(result.stderr.contains("(lower --dpi, or use --format pdf or svg)"))
    }

    @Test func charactersNoPinnedFontDrawsNameTheArticleIfRefused() throws {
        let text = "Talks in Minsk 🙂 中文\n\nThe exhibition opened in Minsk with 中文 guests; trade grew by 25 percent.\n"
        let seeds = try seedsFolder(["emoji.txt": Data(text.utf8)])
        let out = try CLIRunner.scratchFolder()
        let result = try CLIRunner.run(["--seeds", seeds.path, "--output", out.path])
        // Drawing a fallback or refusing is the renderer's policy; a refusal must name the article.
        if result.status != 0 {
            expectOneLineError(result)
            #expect(result.stderr.hasPrefix("briefing: error: \(seeds.path)/emoji.txt: "))
        }
        expectNoCrash(result)
    }

    // MARK: - One bad article among good ones

    @Test func oneBadArticleStopsTheRunUnlessSkipBad() throws {
        let seeds = try seedsFolder([:])
        let real = CLIRunner.packageRoot.appendingPathComponent("seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: real.path) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(at: real.appendingPathComponent(name), to: seeds.appendingPathComponent(name))
        }
        try Data().write(to: seeds.appendingPathComponent("zz_empty.txt"))

        let stopped = try runFailing(["--seeds", seeds.path])
        #expect(stopped.stderr.contains("zz_empty.txt: empty file"))

        let out = try CLIRunner.scratchFolder()
        let skipped = try CLIRunner.run(["--seeds", seeds.path, "--output", out.path, "--skip-bad"])
        #expect(skipped.status == 0, "stderr: \(skipped.stderr)")
        #expect(skipped.stderr.contains("briefing: warning: skipped \(seeds.path)/zz_empty.txt: empty file"))
        let text = try pdfText(out.appendingPathComponent("briefing.pdf").path)
        #expect(text.contains("zz_empty.txt: empty file"), "the data notes list the skipped file")
        #expect(!text.contains(seeds.path), "by file name, not by where the seeds were")
        #expect(text.contains("Губернатор"), "the good articles are still in")
    }

    @Test func skipBadWithNothingReadableIsStillAnError() throws {
        let seeds = try seedsFolder(["a.txt": Data(), "b.txt": Data([0, 1, 2])])
        let result = try runFailing(["--seeds", seeds.path, "--skip-bad"])
        #expect(result.stderr.contains("\(seeds.path): no readable article left after skipping 2"))
    }

    // MARK: - Helpers

    /// Runs a command that must fail, against an output folder holding a previous good run,
    /// and checks the one-line error and that not a byte of that output changed.
    private func runFailing(_ arguments: [String], environment: [String: String] = [:],
                            status: Int32 = 1) throws -> CLIRunner.Result {
        let out = try filledOutputFolder()
        let before = try snapshot(out)
        let result = try CLIRunner.run(arguments + ["--output", out.path], environment: environment)
        #expect(result.status == status, "stderr: \(result.stderr)")
        if status == 1 { expectOneLineError(result) } else { expectNoCrash(result) }
        #expect(try snapshot(out) == before, "the previous output changed")
        return result
    }

    private func expectOneLineError(_ result: CLIRunner.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("briefing: error: "), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").count == 1, "not one line: \(result.stderr)", sourceLocation: sourceLocation)
        expectNoCrash(result, sourceLocation: sourceLocation)
    }

    private func expectNoCrash(_ result: CLIRunner.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        for mark in ["Fatal error", "Stack dump", "Backtrace", "Current stack trace", "💣"] {
            #expect(!result.stderr.contains(mark), "crashed: \(result.stderr)", sourceLocation: sourceLocation)
        }
    }

    /// A scratch seeds folder holding `files` (name → bytes).
    private func seedsFolder(_ files: [String: Data]) throws -> URL {
        let folder = try CLIRunner.scratchFolder("seeds")
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    /// A copy of a good run's output (rendered once for the whole suite).
    private func filledOutputFolder() throws -> URL {
        let template = try Self.goodOutput.get()
        let copy = try CLIRunner.scratchFolder("out")
        for name in try FileManager.default.contentsOfDirectory(atPath: template.path) {
            try FileManager.default.copyItem(at: template.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        return copy
    }

    private static let goodOutput: Result<URL, Error> = Result(catching: {
        let out = try CLIRunner.scratchFolder("good")
        try Data("kept by the user\n".utf8).write(to: out.appendingPathComponent("README.md"))
        let result = try CLIRunner.run(["--output", out.path, "--format", "pdf,svg"])
        guard result.status == 0 else { throw CocoaError(.fileWriteUnknown) }
        return out
    })

    /// Every file below `folder` (relative path → bytes), hidden ones included.
    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }

    /// Renders `seeds` to a PDF in a scratch folder; fails the test when the run fails.
    private func renderPDF(_ seeds: URL) throws -> String {
        let out = try CLIRunner.scratchFolder("pdf")
        let result = try CLIRunner.run(["--seeds", seeds.path, "--output", out.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        expectNoCrash(result)
        return out.appendingPathComponent("briefing.pdf").path
    }

    private func pdfText(_ pdf: String) throws -> String {
        try #require(try CLIRunner.tool("pdftotext", [pdf, "-"]), "pdftotext (poppler-utils) is needed").stdout
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
