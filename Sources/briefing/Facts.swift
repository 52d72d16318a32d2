import ArgumentParser
import BriefingAnalysis
import BriefingPipeline
import Foundation

/// `briefing facts`: prints what the analysis found, with provenance, as JSON, CSV or a table.
struct Facts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the documents, facts, events and topics found in the articles.")

    @Option(name: .long, help: "Folder of *.txt articles.")
    var seeds: String = "seeds"

    @Option(name: .long, help: "Output format: json, csv or table.")
    var format: String = "json"

    func validate() throws {
        guard FactsFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format '\(format)' (use json, csv or table)")
        }
    }

    func run() throws {
        try runReportingErrors {
            let analysis: Analysis
            // The outputs carry no article text: let each go as soon as its facts are found.
            do {
                analysis = try Analyzer().analyze(folder: seeds, concurrency: Analyzer.defaultConcurrency, keepsText: false)
            } catch let error as AnalysisError {
                throw BriefingError(error.description)
            }
            try FileHandle.standardOutput.write(contentsOf: analysis.formattedBytes(as: FactsFormat(rawValue: format)!))
        }
    }
}
