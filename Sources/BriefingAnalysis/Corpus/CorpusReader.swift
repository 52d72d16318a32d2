import Foundation

/// Lists and loads the article files of a seeds folder, refusing what cannot be an article.
enum CorpusReader {
    /// Files larger than this are refused before they are read, so memory stays bounded.
    static let maximumFileSize = 64 * 1024 * 1024

    /// Paths of every `*.txt` in `folder`, in file-name order.
    static func articleFiles(in folder: String) throws -> [String] {
        try articleNames(in: folder).map { (folder as NSString).appendingPathComponent($0) }
    }

    /// The path an article is named by in messages: its name alone when `folder` is ".".
    static func path(of name: String, in folder: String) -> String {
        folder == "." ? name : (folder as NSString).appendingPathComponent(name)
    }

    /// Names of every `*.txt` in `folder`, in file-name order (the parallel analysis keeps
    /// names: `lastPathComponent` of each path cost ~25,000 instructions per article).
    static func articleNames(in folder: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw AnalysisError(path: folder, reason: "seeds folder does not exist", hint: "pass an existing folder with --seeds")
        }
        guard isDirectory.boolValue else {
            throw AnalysisError(path: folder, reason: "not a folder", hint: "pass the folder that holds the .txt articles")
        }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw AnalysisError(path: folder, reason: "cannot list the folder", hint: "check its permissions")
        }
        let articles = names.filter { $0.lowercased().hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
        if articles.isEmpty {
            throw AnalysisError(path: folder, reason: names.isEmpty ? "seeds folder is empty" : "no .txt articles in the folder",
                                hint: "add plain-text articles named *.txt")
        }
        return articles
    }

    /// Bytes of one article; refuses files over `maximumSize` without reading them.
    /// Read with `lstat`, `open` and `read`: `FileManager.attributesOfItem` (owner and group
    /// names looked up per file) and `FileHandle` cost more than decoding the article.
    static func load(_ path: String, maximumSize: Int = maximumFileSize) throws -> Data {
        // `lstat` as `attributesOfItem` does: the size of a link, not of its target.
        var info = stat()
        if lstat(path, &info) == 0, Int(info.st_size) > maximumSize {
            throw AnalysisError(path: path, reason: "file is \(megabytes(Int(info.st_size))) MB, over the \(megabytes(maximumSize)) MB limit for one article",
                                hint: "split it or remove it from the seeds folder")
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw AnalysisError(path: path, reason: "cannot read file", hint: "check that it exists and is readable")
        }
        defer { close(fd) }
        // Read at most one byte over the limit: a file that grew after the size check is still refused.
        let data = readAll(fd, expected: Int(info.st_size), limit: maximumSize + 1) ?? Data()
        if data.count > maximumSize {
            throw AnalysisError(path: path, reason: "file is over the \(megabytes(maximumSize)) MB limit for one article",
                                hint: "split it or remove it from the seeds folder")
        }
        return data
    }

    /// Up to `limit` bytes of `fd` until its end, in a buffer sized for `expected` bytes (grown
    /// when the file is longer); nil on a read error (a folder named `*.txt`), as `FileHandle` failed.
    private static func readAll(_ fd: Int32, expected: Int, limit: Int) -> Data? {
        var data = Data(count: max(1, min(limit, expected + 1)))
        var total = 0
        while total < limit {
            if total == data.count { data.count = min(limit, 2 * data.count) }
            let room = data.count - total
            let got = data.withUnsafeMutableBytes { read(fd, $0.baseAddress! + total, room) }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { break }
            total += got
        }
        data.count = total
        return data
    }

    private static func megabytes(_ bytes: Int) -> Int { (bytes + 1024 * 1024 - 1) / (1024 * 1024) }
}
