import BriefingAnalysis
import BriefingRender
import Foundation

// MARK: - Turning failures and skips into one line each

extension BriefingGenerator {
    /// A renderer failure as one line naming a file: the article, for characters no pinned
    /// font can draw (they came from it); else the output file, with a way out where there is one.
    func failure(rendering path: String, _ error: RenderError, documents: [Document]) -> BriefingError {
        var file = (options.output as NSString).appendingPathComponent(path)
        var hint = ""
        switch error {
        case .cairo where path.hasSuffix(".png"):
            hint = " (lower --dpi, or use --format pdf or svg)"
        case .missingGlyphs(let codePoints, _):
            if let article = article(containing: codePoints, in: documents) {
                file = (options.seeds as NSString).appendingPathComponent(article.fileName)
            }
        default:
            break
        }
        return BriefingError(file + ": " + error.description + hint)
    }

    /// The first article holding any of `codePoints` ("U+1F642"). The analysis let the
    /// texts go, so they are read again one at a time (only on this error's path).
    func article(containing codePoints: [String], in documents: [Document]) -> Document? {
        let values = Set(codePoints.compactMap { UInt32($0.dropFirst(2), radix: 16) })
        return documents.first { document in
            Analyzer.text(of: document, in: options.seeds).unicodeScalars.contains { values.contains($0.value) }
        }
    }

    /// A skipped article as the data notes list it: by file name, like the source list, so
    /// the document does not depend on where the seeds folder was.
    static func dataNote(_ error: AnalysisError) -> String {
        var note = error
        note.path = (error.path as NSString).lastPathComponent
        return note.description
    }

    /// A short reason for a Foundation error, without its userInfo dump.
    static func plainReason(_ error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSCocoaErrorDomain, [4, 260].contains(ns.code) { return "folder not found" }
        if ns.domain == NSCocoaErrorDomain, ns.code == 257 { return "permission denied" }
        return ns.localizedDescription
    }
}
