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
        let clusterId = cluster(doc)
        var keys = [clusterId + "|" + base + "|" + (fact.indicator ?? "~" + fact.subject.lowercased())]
        if fact.indicator == nil { keys.append(clusterId + "|" + base + "|cross") }
        // Percentages, money and ranges with the same value in one document ("$300m" in the title,
        // "$300 million" in the body) are one figure unless their indicators say otherwise.
        let sameDocument = fact.kind == .percent || fact.kind == .money || fact.kind == .range
        if sameDocument { keys.append(doc + "|" + base + "|doc") }
        for (n, key) in keys.enumerated() {
            let mode: Mode = n == 0 ? .subject : (sameDocument && n == keys.count - 1 ? .document : .cross)
            for index in byKey[key, default: []].suffix(candidates) where compatible(index, fact, mode: mode, doc: doc) {
                merge(fact, into: index)
                return
            }
        }
        facts.append(fact)
        for key in keys { byKey[key, default: []].append(facts.count - 1) }
    }

    /// Which key found the candidate: the same indicator or subject, the same values across a
    /// translation, or the same values in one document.
    private enum Mode { case subject, cross, document }

    private func compatible(_ index: Int, _ b: Fact, mode: Mode, doc: String) -> Bool {
        if mode == .document {
            if let x = facts[index].indicator, let y = b.indicator, x != y { return false }
            if let p = facts[index].period, let q = b.period, p != q, !Self.sameYear(p, q) { return false }
            return true
        }
        if let p = facts[index].period, let q = b.period, p != q { return false }
        if mode == .cross, documentsOf[index]?.contains(doc) ?? (facts[index].mentions.first?.document == doc) { return false }
        return true
    }

    /// A bare year and a span or date inside it ("2024" in a title, "2024-01/2024-11" in the body).
    static func sameYear(_ p: String, _ q: String) -> Bool {
        let (short, long) = p.count <= q.count ? (p, q) : (q, p)
        return short.count == 4 && long.hasPrefix(short) && (long.count == 4 || !long.contains("/") || long.dropFirst(8).hasPrefix(short))
    }

    private mutating func merge(_ fact: Fact, into index: Int) {
        if facts[index].period == nil { facts[index].period = fact.period }
        else if let p = facts[index].period, let q = fact.period, q.count > p.count, Self.sameYear(p, q) { facts[index].period = q }
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
