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
    let analyzer = Analyzer(skipBad: true)
    guard let full = try? analyzer.analyze(files: files, folder: "fuzz") else { return 0 }
    // The byte-level reading builds strings without validating them again: every text must
    // still be valid UTF-8 (repairing it would change its bytes).
    for document in full.documents {
        let bytes = Array(document.text.utf8)
        precondition(String(decoding: bytes, as: UTF8.self).utf8.elementsEqual(bytes), "invalid UTF-8 in \(document.id)")
    }
    // Differential: the streamed path (texts let go, undated articles read again from the
    // lines kept) must find exactly what the sequential path finds.
    guard let lean = try? analyzer.analyze(files: files, folder: "fuzz", concurrency: 1, keepsText: false) else {
        preconditionFailure("the streamed analysis failed where the sequential one did not")
    }
    let withoutTexts = full.documents.map { document -> Document in
        var document = document
        document.text = ""
        return document
    }
    precondition(lean.documents == withoutTexts, "streamed documents differ")
    precondition(lean.facts == full.facts && lean.events == full.events && lean.topics == full.topics,
                 "streamed analysis differs")
    return 0
}
