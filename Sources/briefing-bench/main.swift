import Foundation

/// `briefing-bench [--json PATH] [--sizes 1MB,10MB,100MB] [--runs N] [--seed N]`: the benchmark.
/// `briefing-bench --make-corpus SIZE DIR [--seed N]`: only the corpus.
/// `briefing-bench __measure TASK …`: one measurement (hidden; the benchmark runs it as a child).
func main() throws {
    var arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "__measure" { return try MeasureTask.run(Array(arguments.dropFirst())) }
    func option(_ name: String) -> String? {
        guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
        defer { arguments.removeSubrange(i...(i + 1)) }
        return arguments[i + 1]
    }
    let seed = try option("--seed").map { text -> UInt64 in
        guard let value = UInt64(text) else { throw BenchError("--seed wants a whole number, got \(text)") }
        return value
    } ?? 1
    let seeds = option("--seeds") ?? "seeds"
    if let i = arguments.firstIndex(of: "--make-corpus") {
        guard i + 2 < arguments.count, let size = ByteSize.parse(arguments[i + 1]) else {
            throw BenchError("usage: briefing-bench --make-corpus SIZE DIR [--seed N] (SIZE like 1MB, 10MB, 100MB)")
        }
        let written = try CorpusGenerator(seeds: seeds, seed: seed).write(size: size, to: arguments[i + 2])
        print("wrote \(written.files) articles, \(written.bytes) bytes, to \(arguments[i + 2])")
        return
    }
    var runner = BenchmarkRunner()
    runner.seeds = seeds
    runner.corpusSeed = seed
    if let path = option("--json") { runner.jsonPath = path }
    if let text = option("--runs") {
        guard let runs = Int(text), runs > 0 else { throw BenchError("--runs wants a positive number, got \(text)") }
        runner.runs = runs
    }
    if let text = option("--sizes") {
        let sizes = text.split(separator: ",").map { ByteSize.parse(String($0)) }
        guard !sizes.isEmpty, sizes.allSatisfy({ $0 != nil }) else { throw BenchError("--sizes wants a list like 1MB,10MB, got \(text)") }
        runner.sizes = sizes.map { $0! }
    }
    guard arguments.isEmpty else { throw BenchError("unknown arguments: \(arguments.joined(separator: " "))") }
    try runner.run()
}

do { try main() } catch {
    FileHandle.standardError.write(Data("briefing-bench: \(error)\n".utf8))
    exit(1)
}
