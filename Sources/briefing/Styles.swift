import ArgumentParser
import BriefingLayout
import Foundation

/// `briefing styles`: lists the installed styles, one line each.
struct Styles: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the styles in the styles folder.")

    @Option(name: .long, help: "Folder holding the .style files.")
    var styles: String = "styles"

    func run() throws {
        try runReportingErrors {
            let entries: [StyleCatalog.Entry]
            do { entries = try StyleCatalog(directory: styles).list() } catch let error as StyleError {
                throw BriefingError(error.description)
            }
            guard !entries.isEmpty else { throw BriefingError("\(styles): no .style files found") }
            let width = entries.map(\.name.count).max() ?? 0
            for entry in entries {
                print(entry.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + entry.description)
            }
        }
    }
}

import BriefingPipeline
