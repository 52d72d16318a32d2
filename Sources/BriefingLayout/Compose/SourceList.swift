import BriefingAnalysis

/// Numbers the sources and makes citation markers that link to their entries.
struct SourceList {
    private var numbers: [String: Int] = [:]

    init(_ documents: [Document]) {
        for (index, document) in documents.enumerated() { numbers[document.id] = index + 1 }
    }

    static func anchor(_ id: String) -> String { "source-" + id }

    func number(of id: String) -> Int? { numbers[id] }

    func citation(for id: String?) -> Citation? {
        guard let id, let n = numbers[id] else { return nil }
        return Citation(marker: "[\(n)]", destination: Self.anchor(id))
    }
}
