import BriefingAnalysis
import Foundation

/// Builds a large bilingual corpus from a seeds folder: many article files of the seeds'
/// own size, each a variant of one seed (`ArticleVariant`), in a shuffled file order.
/// Translated seeds are emitted together with one variant, so the corpus keeps its
/// translation pairs. Deterministic for a given seed value.
struct CorpusGenerator {
    /// A seed article: its id and its text; `nil` text for a seed that is not UTF-8, which
    /// is copied byte for byte (its encoding is part of the mix the corpus keeps).
    struct Seed {
        var id: String
        var bytes: Data
        var text: String?
    }

    /// Seeds that are emitted together: one article, or an article and its translation.
    let groups: [[Seed]]
    let seed: UInt64

    /// Reads the seeds and finds their translation pairs with the analyser itself.
    init(seeds folder: String, seed: UInt64) throws {
        let analysis = try Analyzer().analyze(folder: folder)
        var byId: [String: Seed] = [:]
        for document in analysis.documents {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(document.fileName)))
            byId[document.id] = Seed(id: document.id, bytes: bytes, text: String(data: bytes, encoding: .utf8))
        }
        var groups: [[Seed]] = []
        var placed: Set<String> = []
        for document in analysis.documents where !placed.contains(document.id) {
            var group = [byId[document.id]!]
            placed.insert(document.id)
            if let twin = document.translationOf, !placed.contains(twin), let other = byId[twin] {
                group.append(other); placed.insert(twin)
            }
            groups.append(group)
        }
        self.groups = groups
        self.seed = seed
    }

    /// Writes articles into `directory` until they hold at least `size` bytes; returns the
    /// number of files and bytes written. Refuses a folder that already holds articles.
    @discardableResult
    func write(size: Int, to directory: String) throws -> (files: Int, bytes: Int) {
        let fm = FileManager.default
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if try fm.contentsOfDirectory(atPath: directory).contains(where: { $0.hasSuffix(".txt") }) {
            throw BenchError("\(directory) already holds .txt files; give an empty or new folder")
        }
        var rng = SplitMix64(seed: seed)
        var bytes = 0, files = 0
        while bytes < size {
            let group = groups[Int(rng.next() % UInt64(groups.count))]
            let variant = ArticleVariant(key: rng.next())
            for member in group {
                let data = member.text.map { Data(variant.apply(to: $0).utf8) } ?? member.bytes
                // A random name prefix shuffles the file order; the seed id says where it came from.
                let name = String(format: "%016llx", rng.next()) + "_" + member.id.prefix(3) + ".txt"
                try data.write(to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent(name)))
                bytes += data.count; files += 1
            }
        }
        return (files, bytes)
    }
}
