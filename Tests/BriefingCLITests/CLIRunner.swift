import Foundation

/// Runs the built `briefing` executable in a scratch folder and captures what it prints.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Root of the package (where `seeds/` and `styles/` live).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `briefing` binary next to the test bundle in the build folder.
    static let executable: URL = {
        #if os(Linux)
        let me = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
        return me.deletingLastPathComponent().appendingPathComponent("briefing")
        #else
        let bundle = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") } ?? Bundle.main
        return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("briefing")
        #endif
    }()

    /// Runs `briefing arguments…` with the package root as working directory.
    static func run(_ arguments: [String], environment: [String: String] = [:],
                    in directory: URL = packageRoot) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        for (k, v) in environment { env[k] = v }
        return try launch(executable, arguments, environment: env, in: directory)
    }

    /// Runs a helper tool such as `pdfinfo`; nil when it is not installed.
    static func tool(_ name: String, _ arguments: [String]) throws -> Result? {
        let paths = ["/usr/bin/", "/usr/local/bin/", "/opt/homebrew/bin/"].map { $0 + name }
        guard let path = paths.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        return try launch(URL(fileURLWithPath: path), arguments)
    }

    /// Starts a program, waits for it and captures both output streams.
    private static func launch(_ program: URL, _ arguments: [String], environment: [String: String]? = nil,
                               in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh empty folder inside this test process's scratch root, which is removed when
    /// the process exits (tests run in parallel, so no test may remove the root itself).
    static func scratchFolder(_ name: String = #function) throws -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = scratchRoot.appendingPathComponent("\(safe)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// One folder per test process under the system temporary directory, removed at exit.
let scratchRoot: URL = {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-tests-\(getpid())")
    try? FileManager.default.removeItem(at: root)
    atexit { try? FileManager.default.removeItem(at: scratchRoot) }
    return root
}()
