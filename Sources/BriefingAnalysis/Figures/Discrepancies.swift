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
        // What `differ` compares, read once per grouped fact (a pair was compared by copying
        // both facts and building two sets of clusters), one group at a time: an array of
        // signatures for every fact was the peak of a large corpus's analysis.
        var interned = Interned()
        // Ids flagged per fact: a pair whose two facts are both full is not compared at all.
        var flagged = facts.map { UInt8(min($0.discrepancyWith.count, limit)) }
        // The clusters of a group's signatures, one after another: signatures hold a range of
        // it, so that they are plain values (copying a signature with an array per pair was a
        // third of the cost).
        var clusters: [Int] = []
        var signatures: [Signature] = []
        for key in groups.keys.sorted() {
            let members = groups[key]!
            clusters.removeAll(keepingCapacity: true)
            signatures.removeAll(keepingCapacity: true)
            for member in members { signatures.append(Signature(facts[member], cluster: cluster, interned: &interned, clusters: &clusters)) }
            clusters.withUnsafeBufferPointer { clusters in
                for (n, a) in members.enumerated() {
                    for m in (n + 1)..<members.count {
                        let b = members[m]
                        guard flagged[a] < limit || flagged[b] < limit else { continue }
                        guard signatures[n].differs(from: signatures[m], clusters: clusters) else { continue }
                        if flagged[a] < limit { facts[a].discrepancyWith.append(facts[b].id); flagged[a] += 1 }
                        if flagged[b] < limit { facts[b].discrepancyWith.append(facts[a].id); flagged[b] += 1 }
                    }
                }
            }
        }
    }

    /// Strings numbered by first sight: equal strings get equal numbers, nil gets -1.
    private struct Interned {
        var ids: [String: Int] = [:]
        /// Document id → the number of its cluster (one look-up per mention instead of two).
        var clusterOf: [String: Int] = [:]

        mutating func id(_ s: String?) -> Int {
            guard let s else { return -1 }
            if let k = ids[s] { return k }
            ids[s] = ids.count
            return ids.count - 1
        }

        mutating func clusterId(_ document: String, cluster: (String) -> String) -> Int {
            if let k = clusterOf[document] { return k }
            let k = id(cluster(document))
            clusterOf[document] = k
            return k
        }
    }

    /// Kind, unit, per, values, period and the clusters of a fact's mentions.
    private struct Signature {
        var kind: FactKind
        var unit: Int, per: Int, period: Int
        var value: Double?, low: Double?, high: Double?
        /// Sorted, without repeats: a range of the group's cluster numbers.
        var clusters: Range<Int>

        init(_ f: Fact, cluster: (String) -> String, interned: inout Interned, clusters all: inout [Int]) {
            kind = f.kind
            unit = interned.id(f.unit); per = interned.id(f.per); period = interned.id(f.period)
            value = f.value; low = f.low; high = f.high
            let start = all.count
            for m in f.mentions { all.append(interned.clusterId(m.document, cluster: cluster)) }
            all[start...].sort()
            // Repeats dropped in place.
            var end = start
            for k in start..<all.count where k == start || all[k] != all[end - 1] {
                all[end] = all[k]
                end += 1
            }
            all.removeLast(all.count - end)
            clusters = start..<end
        }

        /// Same kind, unit and per-unit, other values, no other period, no shared source.
        func differs(from b: Signature, clusters all: UnsafeBufferPointer<Int>) -> Bool {
            guard kind == b.kind, unit == b.unit, per == b.per else { return false }
            guard !(value == b.value && low == b.low && high == b.high) else { return false }
            if period >= 0, b.period >= 0, period != b.period { return false }
            var i = clusters.lowerBound, j = b.clusters.lowerBound
            while i < clusters.upperBound, j < b.clusters.upperBound {
                if all[i] == all[j] { return false }
                if all[i] < all[j] { i += 1 } else { j += 1 }
            }
            return true
        }
    }
}
