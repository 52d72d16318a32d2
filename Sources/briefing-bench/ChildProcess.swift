import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program as a child process and reports its wall time, its output and its peak
/// resident memory (`ru_maxrss` from `wait4`, which covers that child alone).
enum ChildProcess {
    struct Result {
        var seconds: Double
        /// Peak resident set size in bytes.
        var maxRSS: Int
        /// User plus system CPU time: unlike the wall time, it does not grow when other
        /// work on the machine takes the cores.
        var cpuSeconds: Double
        var status: Int32
        var output: String
    }

    static func run(_ executable: String, _ arguments: [String], quiet: Bool = false) throws -> Result {
        let outputPath = NSTemporaryDirectory() + "briefing-bench-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).out"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if quiet { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // Linux reports ru_maxrss in kilobytes.
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Result(seconds: seconds, maxRSS: Int(usage.ru_maxrss) * 1024, cpuSeconds: cpu, status: status, output: output)
    }

    /// The path of the running executable, to re-run it for one measurement.
    static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
