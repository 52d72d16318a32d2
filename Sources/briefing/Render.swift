import ArgumentParser
import BriefingPipeline
import Foundation

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

