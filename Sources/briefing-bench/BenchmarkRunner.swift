import Foundation

/// The benchmark: generates corpora, runs every measurement in a child process (its own
/// peak RSS), and reports medians as a table and as JSON.
struct BenchmarkRunner {
    var seeds = "seeds"
    var styles = "styles"
    var sizes = [1_000_000, 10_000_000, 100_000_000]
    /// Runs per measurement (the median is kept); corpora over 10 MB get `largeRuns`, fewer
    /// if a large corpus ever takes minutes again.
    var runs = 3
    var largeRuns = 3
    var endToEndRuns = 11
    var jsonPath = "docs/benchmark.json"
    var corpusSeed: UInt64 = 1
    let executable = ChildProcess.currentExecutable
    let cores = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        let briefing = (executable as NSString).deletingLastPathComponent + "/briefing"
        guard FileManager.default.isExecutableFile(atPath: briefing) else {
            throw BenchError("\(briefing) not found: build it first with `swift build -c release --product briefing` (same --scratch-path)")
        }
        let scratch = NSTemporaryDirectory() + "briefing-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let generator = try CorpusGenerator(seeds: seeds, seed: corpusSeed)
        var rows: [[String: Any]] = []
        var table = ["corpus      docs  threads   MB/s   best  MB/cpu-s      time   peak RSS"]
        for size in sizes {
            let folder = scratch + "/" + ByteSize.label(size)
            let written = try generator.write(size: size, to: folder)
            for threads in Set([1, cores]).sorted() {
                var seconds: [Double] = [], cpu: [Double] = [], rss: [Double] = []
                for _ in 0..<(size > 10_000_000 ? largeRuns : runs) {
                    let child = try measure(["analyze", folder, String(threads)])
                    seconds.append(child.values["seconds"]!); cpu.append(child.cpu); rss.append(child.rss)
                }
                let time = Statistics.median(seconds), throughput = Double(written.bytes) / 1e6 / time
                // The fastest run too: on a shared host noise only ever adds time, so the best run
                // shows what the code does when the host is quiet (the median stays the headline).
                let best = Double(written.bytes) / 1e6 / (seconds.min() ?? time)
                let perCPU = Double(written.bytes) / 1e6 / Statistics.median(cpu)
                rows.append(["corpus": ByteSize.label(size), "bytes": written.bytes, "documents": written.files,
                             "threads": threads, "runs": seconds.count, "medianSeconds": time, "mbPerSecond": throughput, "bestMBPerSecond": best,
                             "mbPerCPUSecond": perCPU, "medianCPUSeconds": Statistics.median(cpu),
                             "peakRSSMB": (rss.max() ?? 0) / 1e6])
                table.append(pad(ByteSize.label(size), 9) + pad(String(written.files), 8, right: true)
                             + pad(String(threads), 9, right: true) + pad(String(format: "%.2f", throughput), 7, right: true)
                             + pad(String(format: "%.2f", best), 7, right: true)
                             + pad(String(format: "%.2f", perCPU), 10, right: true)
                             + pad(String(format: "%.3f s", time), 10, right: true)
                             + pad(String(format: "%.0f MB", (rss.max() ?? 0) / 1e6), 12, right: true))
            }
            try FileManager.default.removeItem(atPath: folder)
        }
        let endToEnd = try measureEndToEnd(briefing, output: scratch + "/output")
        let render = try measure(["render", seeds, styles, "9"])
        let pages = render.values["pages"] ?? 1
        let perPage = (render.values["renderSeconds"] ?? 0) / pages
        table.append("")
        table.append(String(format: "briefing --format pdf on %@: %.0f ms wall (median of %d), peak RSS %.0f MB",
                            seeds, endToEnd.seconds * 1000, endToEndRuns, endToEnd.rss / 1e6))
        table.append(String(format: "render PDF: %.1f ms per page (%d pages, median of 9), peak RSS %.0f MB",
                            perPage * 1000, Int(pages), render.rss / 1e6))
        print(table.joined(separator: "\n"))
        let report: [String: Any] = [
            "machine": ["cores": cores, "cpu": Self.cpuModel()],
            "analysis": rows,
            "endToEnd": ["command": "briefing --format pdf --seeds \(seeds)", "runs": endToEndRuns,
                         "medianMilliseconds": endToEnd.seconds * 1000, "peakRSSMB": endToEnd.rss / 1e6],
            "render": ["pages": pages, "millisecondsPerPage": perPage * 1000, "runs": 9, "peakRSSMB": render.rss / 1e6],
        ]
        let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
        try FileManager.default.createDirectory(atPath: (jsonPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try (data + Data("\n".utf8)).write(to: URL(fileURLWithPath: jsonPath))
        print("wrote \(jsonPath)")
    }

    /// One `__measure` child: its printed values and its peak RSS in bytes.
    func measure(_ arguments: [String]) throws -> (values: [String: Double], rss: Double, cpu: Double) {
        let result = try ChildProcess.run(executable, ["__measure"] + arguments)
        guard result.status == 0 else { throw BenchError("__measure \(arguments.joined(separator: " ")) failed: \(result.output)") }
        return (try MeasureTask.parse(result.output), Double(result.maxRSS), result.cpuSeconds)
    }

    /// The whole `briefing --format pdf` process on the seeds, median wall time and largest RSS.
    func measureEndToEnd(_ briefing: String, output: String) throws -> (seconds: Double, rss: Double) {
        var seconds: [Double] = [], rss: [Double] = []
        for _ in 0..<endToEndRuns {
            let result = try ChildProcess.run(briefing, ["--format", "pdf", "--seeds", seeds, "--output", output], quiet: true)
            guard result.status == 0 else { throw BenchError("briefing --format pdf failed (status \(result.status))") }
            seconds.append(result.seconds); rss.append(Double(result.maxRSS))
        }
        return (Statistics.median(seconds), rss.max() ?? 0)
    }

    static func cpuModel() -> String {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let line = info.split(separator: "\n").first { $0.hasPrefix("model name") }
        return line.map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown"
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}
