import Foundation

/// Lists and loads the article files of a seeds folder, refusing what cannot be an article.
enum CorpusReader {
    /// Files larger than this are refused before they are read, so memory stays bounded.
    static let maximumFileSize = 64 * 1024 * 1024

    /// Paths of every `*.txt` in `folder`, in file-name order.
    static func articleFiles(in folder: String) throws -> [String] {
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
        return articles.map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Bytes of one article; refuses files over `maximumFileSize` without reading them.
    static func load(_ path: String, maximumSize: Int = maximumFileSize) throws -> Data {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maximumSize {
            throw AnalysisError(path: path, reason: "file is \(megabytes(size)) MB, over the \(megabytes(maximumSize)) MB limit for one article",
                                hint: "split it or remove it from the seeds folder")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw AnalysisError(path: path, reason: "cannot read file", hint: "check that it exists and is readable")
        }
        defer { try? handle.close() }
        // Read at most one byte over the limit: a file that grew after the size check is still refused.
        let data = (try? handle.read(upToCount: maximumSize + 1)) ?? Data()
        if data.count > maximumSize {
            throw AnalysisError(path: path, reason: "file is over the \(megabytes(maximumSize)) MB limit for one article",
                                hint: "split it or remove it from the seeds folder")
        }
        return data
    }

    private static func megabytes(_ bytes: Int) -> Int { (bytes + 1024 * 1024 - 1) / (1024 * 1024) }
}
