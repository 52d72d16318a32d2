import ArgumentParser
import BriefingPipeline
import Foundation

/// What to write and where: the options `render` and `check` share, so a CI `check` is
/// given exactly the command line of the `render` it verifies.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output folder.")
    var output: String = "output"

    @Option(name: .long, help: "Formats to write, comma-separated: pdf, svg, png.")
    var format: String = "pdf"

    @Option(name: .long, help: "Resolution of PNG output in dots per inch.")
    var dpi: Double = 144

    @Flag(name: .long, help: "Also write each chart alone to OUTPUT/charts/NAME.svg and .png.")
    var charts = false

    @Flag(name: .long, inversion: .prefixedNo, help: "Write the extracted data as facts.json and facts.csv.")
    var data = true

    @Flag(name: .long, help: "Leave out unreadable articles (listed in the data notes) instead of stopping.")
    var skipBad = false

    func validate() throws {
        _ = try formats()
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

    /// A generator for these and the shared article/style options; skipped articles are
    /// reported on stderr as they are found.
    func generator(_ common: CommonOptions) throws -> BriefingGenerator {
        var generator = BriefingGenerator(options: try briefingOptions(common))
        generator.onSkip = warnSkipped
        return generator
    }

    /// The pipeline's options from these and the shared article/style options.
    func briefingOptions(_ common: CommonOptions) throws -> BriefingOptions {
        var options = BriefingOptions()
        options.seeds = common.seeds
        options.style = common.style
        options.language = try common.language()
        options.output = output
        options.formats = try formats()
        options.dpi = dpi
        options.skipBad = skipBad
        options.charts = charts
        options.data = data
        options.sourceDateEpoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]
        return options
    }
}
