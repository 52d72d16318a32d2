import Foundation

/// Lists and loads the article files of a seeds folder.
enum CorpusReader {
    static func articleFiles(in folder: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }
    static func load(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AnalysisError(path: path, reason: "cannot read file")
        }
        return data
    }
}
