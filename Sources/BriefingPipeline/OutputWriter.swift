import Foundation

/// Writes a run's files so that nothing is ever half-written: every file goes to a
/// temporary name in its target folder, and all are renamed into place only once every
/// one of them has been written. A failure removes the temporaries and leaves the old
/// output exactly as it was.
public struct OutputWriter {
    public var directory: String
    public init(directory: String) { self.directory = directory }

    /// Writes `files` (relative path → bytes) atomically as a set. Returns the final paths.
    /// `stale` (relative paths) are removed only after every file is in place.
    @discardableResult
    public func write(_ files: [(path: String, bytes: [UInt8])], removing stale: [String] = []) throws -> [String] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        var created: [String] = []
        if fm.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw BriefingError("\(directory): exists and is not a folder (choose another --output)") }
        } else {
            do {
                try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
                created.append(directory)
            } catch {
                throw BriefingError("\(directory): cannot create output folder (\(Self.reason(error)); choose another --output)")
            }
        }
        var staged: [(temp: String, final: String)] = []
        func cleanUp() {
            for s in staged { try? fm.removeItem(atPath: s.temp) }
            // Folders this run made (such as charts/) go too, so all is as it was; rmdir
            // removes only empty ones, so nothing someone else put there meanwhile is lost.
            for folder in created.reversed() { rmdir(folder) }
        }
        let token = String(UInt32(truncatingIfNeeded: getpid()), radix: 16)
        for file in files {
            let final = (directory as NSString).appendingPathComponent(file.path)
            let folder = (final as NSString).deletingLastPathComponent
            let temp = (folder as NSString).appendingPathComponent(".\((final as NSString).lastPathComponent).tmp-\(token)")
            do {
                if !fm.fileExists(atPath: folder) {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    created.append(folder)
                }
                Self.removeOrphanedTemporaries(of: final)
                try Data(file.bytes).write(to: URL(fileURLWithPath: temp))
            } catch {
                cleanUp()
                throw BriefingError("\(folder): cannot write output (\(Self.reason(error))); previous output left unchanged")
            }
            staged.append((temp, final))
        }
        for s in staged {
            if rename(s.temp, s.final) != 0 {
                let reason = String(cString: strerror(errno))
                cleanUp()
                throw BriefingError("\(s.final): cannot replace file (\(reason))")
            }
        }
        for path in stale {
            try? fm.removeItem(atPath: (directory as NSString).appendingPathComponent(path))
        }
        return staged.map(\.final)
    }

    /// Removes `.NAME.tmp-PID` files next to `final` whose process is gone: a run killed
    /// while writing leaves its temporary behind (never the real file), and the next run
    /// clears it. A temporary of a live process (a concurrent run) is left alone.
    static func removeOrphanedTemporaries(of final: String) {
        let folder = (final as NSString).deletingLastPathComponent
        let prefix = ".\((final as NSString).lastPathComponent).tmp-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count), radix: 16), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileWriteNoPermissionError { return "permission denied" }
        return ns.localizedDescription
    }
}
