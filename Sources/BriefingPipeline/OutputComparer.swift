import Foundation

/// Compares the files a run would write with what is already in the output folder, so CI
/// can tell whether the committed or cached output is up to date (`briefing check`).
public struct OutputComparer {
    /// How one file of the output folder would change.
    public struct Change: Hashable, Sendable, CustomStringConvertible {
        public enum Kind: String, Hashable, Sendable { case new, changed, removed }
        /// Path relative to the output folder.
        public var path: String
        public var kind: Kind
        /// Why, in a few words (sizes, first differing byte).
        public var detail: String
        public var description: String { "\(path): \(kind.rawValue) (\(detail))" }
    }

    public var directory: String
    public init(directory: String) { self.directory = directory }

    /// The changes writing `files` (relative path → bytes) would make, sorted by path;
    /// empty when the folder is up to date.
    public func changes(_ files: [(path: String, bytes: [UInt8])]) throws -> [Change] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw BriefingError("\(directory): exists and is not a folder (choose another --output)")
        }
        var result: [Change] = []
        for file in files {
            let full = (directory as NSString).appendingPathComponent(file.path)
            guard let existing = FileManager.default.contents(atPath: full) else {
                result.append(Change(path: file.path, kind: .new, detail: "not in \(directory) yet"))
                continue
            }
            if let detail = Self.difference(old: [UInt8](existing), new: file.bytes) {
                result.append(Change(path: file.path, kind: .changed, detail: detail))
            }
        }
        for path in stalePaths(files) {
            result.append(Change(path: path, kind: .removed, detail: "no longer produced by this run"))
        }
        return result.sorted { $0.path < $1.path }
    }

    /// Files this run manages that exist but would not be written again. A run manages
    /// every file it writes and, in each subfolder it writes into (such as `charts/`), the
    /// other visible files with an extension it writes there: a chart that disappeared from
    /// the briefing leaves a stale file. Files at the top of the folder that the run does
    /// not write (a README, another format not asked for) are never its business.
    public func stalePaths(_ files: [(path: String, bytes: [UInt8])]) -> [String] {
        let written = Set(files.map(\.path))
        var extensionsBySubfolder: [String: Set<String>] = [:]
        for path in written {
            let folder = (path as NSString).deletingLastPathComponent
            guard !folder.isEmpty else { continue }
            extensionsBySubfolder[folder, default: []].insert((path as NSString).pathExtension)
        }
        var stale: [String] = []
        for (folder, extensions) in extensionsBySubfolder {
            let full = (directory as NSString).appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []
            for name in names where !name.hasPrefix(".") && extensions.contains((name as NSString).pathExtension) {
                let relative = (folder as NSString).appendingPathComponent(name)
                if !written.contains(relative) { stale.append(relative) }
            }
        }
        return stale.sorted()
    }

    /// nil when equal; otherwise sizes and the offset of the first differing byte.
    static func difference(old: [UInt8], new: [UInt8]) -> String? {
        guard old != new else { return nil }
        let common = zip(old, new).prefix { $0 == $1 }.count
        return "\(old.count) → \(new.count) bytes, first difference at byte \(common)"
    }
}
