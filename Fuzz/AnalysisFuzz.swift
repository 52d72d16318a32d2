// libFuzzer entry for the analysis: any bytes, as one or more article files, must be read,
// rejected with an AnalysisError or analysed, never crash and never hang.
// Built and run by Fuzz/run.sh (not a SwiftPM target: libFuzzer brings its own main).
import BriefingAnalysis
import Foundation

/// Called by libFuzzer once per input. A 0x1E byte (ASCII record separator) splits the input
/// into several files, so cross-article work (translation links, fact merging) is fuzzed too.
@_cdecl("LLVMFuzzerTestOneInput")
public func analysisFuzzTestOneInput(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let parts = bytes.split(separator: 0x1E, maxSplits: 3, omittingEmptySubsequences: false)
    let files = parts.enumerated().map { (name: "fuzz-\($0.offset).txt", data: Data($0.element)) }
    // skipBad: unreadable parts are set aside as errors and the rest is analysed, which
    // reaches more code than stopping at the first bad part.
    _ = try? Analyzer(skipBad: true).analyze(files: files, folder: "fuzz")
    return 0
}
