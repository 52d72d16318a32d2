/// Puts the facts of clusters merged apart (`MergePlan`) together in the order one merger over
/// the whole corpus makes them: document by document in merge order, the facts each
/// document's items added. A cluster's facts are taken as soon as every document before them
/// is in, so that only the clusters still waiting for an earlier one are held; not thread-safe
/// (the parallel analysis calls it under a lock).
struct FactCollector {
    private(set) var facts: [Fact] = []
    private let plan: MergePlan
    /// The merged facts of each cluster not yet taken (those of its first documents dropped
    /// once taken), and how many were dropped. Those of the later documents of a cluster wait
    /// packed: a translation often comes much later in id order, and its facts waiting as
    /// `Fact`s were 15 % of the peak memory (the items waited packed before the merge too).
    private var pending: [[Fact]]
    private var packed: [PackedItems]
    private var dropped: [Int32]
    private var done: [Bool]
    /// For each document: how many facts its cluster had after its items were merged.
    private var ends: [Int32]
    /// Documents of `plan.order` taken so far.
    private var taken = 0

    init(plan: MergePlan, reserving capacity: Int) {
        self.plan = plan
        pending = Array(repeating: [], count: plan.clusterCount)
        packed = Array(repeating: PackedItems(), count: plan.clusterCount)
        dropped = Array(repeating: 0, count: plan.clusterCount)
        done = Array(repeating: false, count: plan.clusterCount)
        ends = Array(repeating: 0, count: plan.order.count)
        facts.reserveCapacity(capacity)
    }

    /// Cluster `cluster` merged: `merged` are the facts of its first document, `later` those of
    /// the others (`pack(_:ends:)`), `ends[k]` how many there were after its `k`-th document.
    mutating func add(cluster: Int, merged: consuming [Fact], later: consuming PackedItems, ends documentEnds: some Sequence<Int>) {
        for (document, end) in zip(plan.members(of: cluster), documentEnds) { ends[document] = Int32(end) }
        pending[cluster] = merged
        packed[cluster] = later
        done[cluster] = true
        while taken < plan.order.count {
            let document = plan.order[taken]
            let cluster = Int(plan.clusterOf[document])
            guard done[cluster] else { return }
            if pending[cluster].isEmpty, packed[cluster].count > 0 {
                pending[cluster] = packed[cluster].unpackedFacts()
                packed[cluster] = PackedItems()
            }
            let count = Int(ends[document] - dropped[cluster])
            if plan.members(of: cluster).last == document {
                facts.append(contentsOf: pending[cluster])
                pending[cluster] = []
            } else if count > 0 {
                facts.append(contentsOf: pending[cluster][..<count])
                // Kept at the size of what is left: a cluster's second document may come much later.
                pending[cluster] = Array(pending[cluster][count...])
                dropped[cluster] += Int32(count)
            }
            taken += 1
        }
    }

    /// The facts collected, moved out (numbering them then changes the one array, not a copy).
    mutating func takeFacts() -> [Fact] {
        defer { facts = [] }
        return facts
    }

    /// A cluster's merged facts split for `add`: its first document's, and the others' packed
    /// (done by the merging thread, outside the lock).
    static func split(_ merged: consuming [Fact], firstEnd: Int) -> (first: [Fact], later: PackedItems) {
        guard firstEnd < merged.count else { return (merged, PackedItems()) }
        let later = PackedItems(facts: merged[firstEnd...])
        merged.removeSubrange(firstEnd...)
        return (merged, later)
    }
}
