import ArgumentParser
import BriefingPipeline
import Foundation

/// `briefing check`: renders in memory and says whether the output folder is up to date,
/// for CI jobs that must fail when someone changed the seeds but not the briefing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exit 0 if the output folder is up to date, else 1 and list what would change.",
        discussion: "Takes the same options as render, renders in memory and writes nothing.")

    @OptionGroup var common: CommonOptions

    @OptionGroup var target: OutputOptions

    func run() throws {
        let generator = try target.generator(common)
        let options = generator.options
        try runReportingErrors {
            let changes = try generator.check()
            guard !changes.isEmpty else {
                print("\(options.output): up to date")
                return
            }
            for change in changes {
                print((options.output as NSString).appendingPathComponent(change.path) + ": " + change.kind.rawValue
                      + " (" + change.detail + ")")
            }
            let count = changes.count == 1 ? "1 file" : "\(changes.count) files"
            throw BriefingError("\(options.output): \(count) would change (run briefing render with the same options)")
        }
    }
}
