import BriefingAnalysis
import BriefingLayout
import BriefingPipeline
import BriefingRender
import Foundation

/// The hidden `__measure` subcommand: one measurement, run in a child process so that its
/// peak RSS is its own. Prints one JSON object on stdout.
enum MeasureTask {
    static func run(_ arguments: [String]) throws {
        guard let task = arguments.first else { throw BenchError("__measure: which task?") }
        let rest = Array(arguments.dropFirst())
        switch task {
        case "analyze": try analyze(folder: rest[0], threads: Int(rest[1]) ?? 1)
        case "render": try render(folder: rest[0], styles: rest[1], runs: Int(rest[2]) ?? 5)
        default: throw BenchError("__measure: unknown task \(task)")
        }
    }

    /// Analyses a folder once with `threads` threads, or with threads 0 the reference
    /// sequential `analyze(files:)` (all files loaded first, every text kept): the "before".
    static func analyze(folder: String, threads: Int) throws {
        let bytes = try folderBytes(folder)
        let start = now()
        let analysis: Analysis
        if threads == 0 {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
            let files = try names.map { ($0, try Data(contentsOf: URL(fileURLWithPath: (folder as NSString).appendingPathComponent($0)))) }
            analysis = try Analyzer().analyze(files: files, folder: folder)
        } else {
            analysis = try Analyzer().analyze(folder: folder, concurrency: threads, keepsText: false)
        }
        let seconds = now() - start
        print(json(["seconds": seconds, "bytes": Double(bytes), "documents": Double(analysis.documents.count),
                    "facts": Double(analysis.facts.count), "events": Double(analysis.events.count)]))
    }

    /// Analyses and composes once, then renders the PDF `runs` times; the median render time.
    static func render(folder: String, styles: String, runs: Int) throws {
        let catalog = StyleCatalog(directory: styles)
        let style = try catalog.load("default")
        let fonts = try FontLibrary(directory: catalog.fontDirectory(for: style))
        var start = now()
        let analysis = try Analyzer().analyze(folder: folder)
        let analyzeSeconds = now() - start
        start = now()
        let composer = BriefingComposer(style: style, measurer: PangoMeasurer(fonts: fonts), language: .en, creator: "briefing-bench")
        let document = composer.compose(analysis, creationDate: "2025-01-01T00:00:00Z")
        let composeSeconds = now() - start
        let renderer = DocumentRenderer(fonts: fonts)
        var times: [Double] = []
        var size = 0
        for _ in 0..<max(1, runs) {
            start = now()
            size = try renderer.pdf(document).count
            times.append(now() - start)
        }
        print(json(["pages": Double(document.pages.count), "analyzeSeconds": analyzeSeconds,
                    "composeSeconds": composeSeconds, "renderSeconds": Statistics.median(times),
                    "pdfBytes": Double(size), "facts": Double(analysis.facts.count), "events": Double(analysis.events.count)]))
    }

    static func folderBytes(_ folder: String) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.reduce(0) { total, name in
            let attributes = try FileManager.default.attributesOfItem(atPath: (folder as NSString).appendingPathComponent(name))
            return total + ((attributes[.size] as? NSNumber)?.intValue ?? 0)
        }
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func json(_ values: [String: Double]) -> String {
        let data = try! JSONSerialization.data(withJSONObject: values, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads what `json` printed.
    static func parse(_ output: String) throws -> [String: Double] {
        guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("{") }),
              let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw BenchError("child printed no result: \(output.prefix(300))")
        }
        return object.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }
}
