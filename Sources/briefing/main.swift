import ArgumentParser
import BriefingAnalysis
import BriefingPipeline
import Foundation

/// `briefing`: turns a folder of news articles into a briefing (PDF, SVG, PNG) and data.
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn a folder of news articles into a briefing: charts, timeline, key figures and sources.",
        version: BriefingVersion.current,
        subcommands: [Render.self],
        defaultSubcommand: Render.self)
}

/// Options every command that reads articles and a style shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of *.txt articles.")
    var seeds: String = "seeds"

    @Option(name: .long, help: "Style name (from styles/) or path to a .style file.")
    var style: String = "default"

    @Option(name: .long, help: "Language of the briefing: en or ru.")
    var lang: String = "en"

    func language() throws -> Language {
        guard let language = Language(rawValue: lang) else {
            throw ValidationError("unknown language '\(lang)' (use en or ru)")
        }
        return language
    }
}

/// The default command: write the briefing into the output folder.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the briefing (the default command).")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Output folder.")
    var output: String = "output"

    @Option(name: .long, help: "Formats to write, comma-separated: pdf, svg, png.")
    var format: String = "pdf"

    @Option(name: .long, help: "Resolution of PNG output in dots per inch.")
    var dpi: Double = 144

    func validate() throws {
        _ = try formats()
        _ = try common.language()
        guard dpi >= 18, dpi <= 1200 else { throw ValidationError("--dpi must be between 18 and 1200") }
    }

    func formats() throws -> [OutputFormat] {
        let names = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard !names.isEmpty else { throw ValidationError("--format needs at least one of pdf, svg, png") }
        return try names.map { name in
            guard let f = OutputFormat(rawValue: name) else {
                throw ValidationError("unknown format '\(name)' (use pdf, svg or png)")
            }
            return f
        }
    }

    func run() throws {
        var options = BriefingOptions()
        options.seeds = common.seeds
        options.style = common.style
        options.language = try common.language()
        options.output = output
        options.formats = try formats()
        options.dpi = dpi
        options.sourceDateEpoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]
        try runReportingErrors {
            let written = try BriefingGenerator(options: options).run()
            for path in written { print("wrote \(path)") }
        }
    }
}

/// Maps library errors to one line on stderr and the right exit code, never a stack trace.
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as BriefingError {
        FileHandle.standardError.write(Data("briefing: error: \(error.message)\n".utf8))
        throw ExitCode(error.exitCode)
    }
}

BriefingCommand.main()
