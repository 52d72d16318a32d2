import ArgumentParser
import BriefingPipeline
import Foundation

/// Maps library errors to one line on stderr and the right exit code, never a stack trace.
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as BriefingError {
        FileHandle.standardError.write(Data("briefing: error: \(error.message)\n".utf8))
        throw ExitCode(error.exitCode)
    }
}


/// One line on stderr for an article left out with `--skip-bad`; the run goes on.
func warnSkipped(_ line: String) {
    FileHandle.standardError.write(Data("briefing: warning: skipped \(line)\n".utf8))
}
