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
        subcommands: [Render.self, Check.self, Facts.self, Styles.self],
        defaultSubcommand: Render.self)
}

