import BriefingAnalysis

/// Numbers the sources (in file-name order) and names the anchors their entries carry.
struct SourceList {
    private var numbers: [String: Int] = [:]
    private var ids: [Int: String] = [:]

    init(_ documents: [Document]) {
        for (index, document) in documents.enumerated() {
            numbers[document.id] = index + 1
            ids[index + 1] = document.id
        }
    }

    static func anchor(_ id: String) -> String { "source-" + id }

    func number(of id: String) -> Int? { numbers[id] }

    func anchor(forNumber n: Int) -> String? { ids[n].map(Self.anchor) }

    func citation(for id: String?) -> Citation? {
        guard let id, let n = numbers[id] else { return nil }
        return Citation(marker: "[\(n)]", destination: Self.anchor(id))
    }
}
