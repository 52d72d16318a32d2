/// Merges facts that are one figure: the same kind, values, unit, change and indicator in
/// one document or across its translation ("by a quarter" and "by 25%"). Linear: one
/// dictionary lookup per fact.
struct Merger {
    private(set) var facts: [Fact] = []
    private var byKey: [String: [Int]] = [:]
    /// Mentions and documents of the facts that have been merged into, made at the first
    /// merge: most facts keep their one mention, and a set per fact was most of the memory
    /// of a large corpus.
    private var mentionsSeen: [Int: Set<Mention>] = [:]
    private var documentsOf: [Int: Set<String>] = [:]
    /// Only the latest candidates under one key are tried: bounded work per fact.
    private let candidates = 8
    let cluster: (String) -> String

    init(cluster: @escaping (String) -> String) { self.cluster = cluster }

    mutating func add(_ fact: Fact) {
        guard let mention = fact.mentions.first else { return }
        let doc = mention.document
        let base = Self.valueKey(fact)
        // With an indicator, the indicator says it is the same figure; without one, the same
        // subject in one document, or the same values across a translation, does.
        var keys = [cluster(doc) + "|" + base + "|" + (fact.indicator ?? "~" + fact.subject.lowercased())]
        if fact.indicator == nil { keys.append(cluster(doc) + "|" + base + "|cross") }
        for (n, key) in keys.enumerated() {
            for index in byKey[key, default: []].suffix(candidates) where compatible(index, fact, crossOnly: n == 1, doc: doc) {
                merge(fact, into: index)
                return
            }
        }
        facts.append(fact)
        for key in keys { byKey[key, default: []].append(facts.count - 1) }
    }

    private func compatible(_ index: Int, _ b: Fact, crossOnly: Bool, doc: String) -> Bool {
        if let p = facts[index].period, let q = b.period, p != q { return false }
        if crossOnly, documentsOf[index]?.contains(doc) ?? (facts[index].mentions.first?.document == doc) { return false }
        return true
    }

    private mutating func merge(_ fact: Fact, into index: Int) {
        if facts[index].period == nil { facts[index].period = fact.period }
        if facts[index].subject.isEmpty { facts[index].subject = fact.subject }
        if facts[index].indicator == nil { facts[index].indicator = fact.indicator }
        if facts[index].qualifier == .exact, fact.qualifier == .about { facts[index].qualifier = .about }
        if mentionsSeen[index] == nil {
            mentionsSeen[index] = Set(facts[index].mentions)
            documentsOf[index] = Set(facts[index].mentions.map(\.document))
        }
        for m in fact.mentions where mentionsSeen[index]!.insert(m).inserted { facts[index].mentions.append(m) }
        documentsOf[index]!.formUnion(fact.mentions.map(\.document))
    }

    /// Kind, numbers, unit, per and change: what must agree for two mentions to be one figure.
    static func valueKey(_ f: Fact) -> String {
        func n(_ v: Double?) -> String { v.map { String($0) } ?? "-" }
        var key = "\(f.kind.rawValue)|\(n(f.value))|\(n(f.low))|\(n(f.high))|\(f.unit ?? "-")|\(f.per ?? "-")"
        key += "|\(f.change?.rawValue ?? "-")"
        if f.kind == .date || f.kind == .year { key += "|" + (f.period ?? "") }
        return key
    }
}
