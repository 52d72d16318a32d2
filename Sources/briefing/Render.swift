import ArgumentParser
import BriefingPipeline
import Foundation

/// The default command: write the briefing into the output folder.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the briefing (the default command).")

    @OptionGroup var common: CommonOptions

    @OptionGroup var target: OutputOptions

    func run() throws {
        let generator = try target.generator(common)
        try runReportingErrors {
            for path in try generator.run() { print("wrote \(path)") }
        }
    }
}
