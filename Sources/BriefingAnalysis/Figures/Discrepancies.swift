/// Flags facts of the same indicator whose values differ between sources (documents that
/// are not translations of each other) for the same period, both ways.
enum Discrepancies {
    /// At most this many ids per fact, and this many facts compared per indicator: bounded work.
    static let limit = 16
    static let groupLimit = 256

    static func flag(_ facts: inout [Fact], cluster: (String) -> String) {
        var groups: [String: [Int]] = [:]
        for (i, f) in facts.enumerated() {
            guard let key = f.indicator, f.kind != .date, f.kind != .year else { continue }
            if groups[key, default: []].count < groupLimit { groups[key, default: []].append(i) }
        }
        for key in groups.keys.sorted() {
            let members = groups[key]!
            for (n, a) in members.enumerated() {
                for b in members[(n + 1)...] where differ(facts[a], facts[b], cluster: cluster) {
                    if facts[a].discrepancyWith.count < limit { facts[a].discrepancyWith.append(facts[b].id) }
                    if facts[b].discrepancyWith.count < limit { facts[b].discrepancyWith.append(facts[a].id) }
                }
            }
        }
    }

    private static func differ(_ a: Fact, _ b: Fact, cluster: (String) -> String) -> Bool {
        guard a.kind == b.kind, a.unit == b.unit, a.per == b.per else { return false }
        guard (a.value, a.low, a.high) != (b.value, b.low, b.high) else { return false }
        if let p = a.period, let q = b.period, p != q { return false }
        let sa = Set(a.mentions.map { cluster($0.document) }), sb = Set(b.mentions.map { cluster($0.document) })
        return sa.isDisjoint(with: sb)
    }
}
