/// Flags facts of the same indicator whose values differ between sources (documents that
/// are not translations of each other) for the same period, both ways.
enum Discrepancies {
    /// At most this many ids per fact, and this many facts compared per indicator: bounded work.
    static let limit = 16
    static let groupLimit = 256

    /// Groups are independent (a fact is in the group of its indicator only, and the numbers
    /// of `Interned` are compared only inside a group), so they are flagged on `concurrency`
    /// threads, each with its own scratch.
    static func flag(_ facts: inout [Fact], cluster: (String) -> String, concurrency: Int = 1) {
        var grouping: [String: [Int]] = [:]
        // One look-up per fact: the group is changed in place.
        func add(_ i: Int, to group: inout [Int]) { if group.count < groupLimit { group.append(i) } }
        for i in facts.indices {
            guard let key = facts[i].indicator, facts[i].kind != .date, facts[i].kind != .year else { continue }
            add(i, to: &grouping[key, default: []])
        }
        let groups = grouping.keys.sorted().map { grouping[$0]! }
        grouping = [:]
        // Ids flagged per fact: a pair whose two facts are both full is not compared at all.
        var flagged = facts.map { UInt8(min($0.discrepancyWith.count, limit)) }
        facts.withUnsafeMutableBufferPointer { factBuffer in
            flagged.withUnsafeMutableBufferPointer { flaggedBuffer in
                let (facts, flagged) = (factBuffer, flaggedBuffer)
                Analyzer.forEach(groups.count, concurrency: concurrency, state: { Scratch() }) { g, scratch in
                    flag(groups[g], in: facts, flagged: flagged, cluster: cluster, scratch: &scratch)
                }
            }
        }
    }

    /// What `differ` compares, read once per grouped fact (a pair was compared by copying both
    /// facts and building two sets of clusters), one group at a time: an array of signatures
    /// for every fact was the peak of a large corpus's analysis. The clusters of a group's
    /// signatures are one array, signatures hold a range of it, so that they are plain values
    /// (copying a signature with an array per pair was a third of the cost).
    private struct Scratch {
        var interned = Interned()
        var clusters: [Int] = []
        var signatures: [Signature] = []
        /// The differing pairs in the order found, with who takes the other's id: appended once
        /// every fact's count is known, so that each array of ids is made at its size (grown id by
        /// id, it was copied up to five times).
        var found: [(a: Int, b: Int, toA: Bool, toB: Bool)] = []
    }

    private static func flag(_ members: [Int], in facts: UnsafeMutableBufferPointer<Fact>, flagged: UnsafeMutableBufferPointer<UInt8>,
                             cluster: (String) -> String, scratch: inout Scratch) {
        scratch.clusters.removeAll(keepingCapacity: true)
        scratch.signatures.removeAll(keepingCapacity: true)
        scratch.found.removeAll(keepingCapacity: true)
        for member in members {
            // Read through a pointer: the fact is not copied.
            scratch.signatures.append(Signature(facts.baseAddress! + member, cluster: cluster, interned: &scratch.interned,
                                                clusters: &scratch.clusters))
        }
        let signatures = scratch.signatures, clusters = scratch.clusters
        var found = scratch.found
        scratch.found = []
        clusters.withUnsafeBufferPointer { clusters in
            for (n, a) in members.enumerated() {
                for m in (n + 1)..<members.count {
                    let b = members[m]
                    guard flagged[a] < limit || flagged[b] < limit else { continue }
                    guard signatures[n].differs(from: signatures[m], clusters: clusters) else { continue }
                    let toA = flagged[a] < limit, toB = flagged[b] < limit
                    if toA { flagged[a] += 1 }
                    if toB { flagged[b] += 1 }
                    found.append((a, b, toA, toB))
                }
            }
        }
        if !found.isEmpty {
            for member in members where Int(flagged[member]) > facts[member].discrepancyWith.count {
                facts[member].discrepancyWith.reserveCapacity(Int(flagged[member]))
            }
            for pair in found {
                if pair.toA { facts[pair.a].discrepancyWith.append(facts[pair.b].id) }
                if pair.toB { facts[pair.b].discrepancyWith.append(facts[pair.a].id) }
            }
        }
        scratch.found = found
    }

    /// Strings numbered by first sight: equal strings get equal numbers, nil gets -1.
    ///
    /// Looked up first by the string's two words (`Words`): the same string met again (a unit,
    /// a period, a document id shared by the facts of a document) is found without hashing and
    /// comparing its characters. Only strings the facts hold are looked up that way, so a
    /// string's words cannot be reused by another while the flagging runs; equal strings with
    /// other words fall through to the `String` key.
    private struct Interned {
        var ids: [String: Int] = [:]
        /// By a string's words, in a table probed without `Hasher`.
        var known = WordPairTable()
        /// Document id → the number of its cluster (one look-up per mention instead of two).
        var clusterOf = WordPairTable()

        mutating func id(_ s: String?) -> Int {
            guard let s else { return -1 }
            let words = Words(s)
            if let k = known.value(words.a, words.b) { return Int(k) }
            let k = id(s)
            _ = known.replace(words.a, words.b, with: Int32(k))
            return k
        }

        private mutating func id(_ s: String) -> Int {
            if let k = ids[s] { return k }
            ids[s] = ids.count
            return ids.count - 1
        }

        mutating func clusterId(_ document: String, cluster: (String) -> String) -> Int {
            let words = Words(document)
            if let k = clusterOf.value(words.a, words.b) { return Int(k) }
            let k = id(cluster(document))
            _ = clusterOf.replace(words.a, words.b, with: Int32(k))
            return k
        }
    }

    /// The two words of a `String` value: equal words are the same string.
    private struct Words {
        var a: UInt64, b: UInt64
        init(_ s: String) { (a, b) = unsafeBitCast(s, to: (UInt64, UInt64).self) }
    }

    /// Kind, unit, per, values, period and the clusters of a fact's mentions.
    private struct Signature {
        var kind: FactKind
        var unit: Int, per: Int, period: Int
        var value: Double?, low: Double?, high: Double?
        /// Sorted, without repeats: a range of the group's cluster numbers.
        var clusters: Range<Int>

        init(_ fact: UnsafeMutablePointer<Fact>, cluster: (String) -> String, interned: inout Interned, clusters all: inout [Int]) {
            kind = fact.pointee.kind
            unit = interned.id(fact.pointee.unit); per = interned.id(fact.pointee.per); period = interned.id(fact.pointee.period)
            value = fact.pointee.value; low = fact.pointee.low; high = fact.pointee.high
            let start = all.count
            for m in fact.pointee.mentions { all.append(interned.clusterId(m.document, cluster: cluster)) }
            if all.count - start <= 16 {
                // A few mentions, sorted in place (sorting the slice copied it).
                for k in (start + 1)..<max(start + 1, all.count) {
                    let v = all[k]
                    var j = k
                    while j > start, all[j - 1] > v { all[j] = all[j - 1]; j -= 1 }
                    all[j] = v
                }
            } else {
                all[start...].sort()
            }
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
