/// The documents of a corpus grouped for the fact merge. Facts merge only inside a translation
/// cluster (every merge key starts with the cluster's or the document's id), so each cluster
/// can be merged on its own, on any thread, and `FactCollector` puts the facts together in
/// the order one merger over the whole corpus makes them.
struct MergePlan: Sendable {
    /// Document indices in merge order: by id (then index, for equal ids).
    let order: [Int]
    /// The documents of cluster `c` are `members[start[c]..<start[c + 1]]`, in merge order;
    /// clusters are numbered by their first document in `order`.
    let members: [Int]
    let start: [Int]
    /// The cluster of each document.
    let clusterOf: [Int32]

    init(ids: [String], twins: [String: String]) {
        let order = ids.indices.sorted { ids[$0] != ids[$1] ? ids[$0] < ids[$1] : $0 < $1 }
        var clusterOf = [Int32](repeating: -1, count: ids.count)
        var sizes: [Int] = []
        var numbered: [String: Int32] = [:]
        numbered.reserveCapacity(ids.count)
        for index in order {
            let cluster = FactBuilder.clusterId(of: ids[index], twins: twins)
            let number = numbered[cluster] ?? Int32(sizes.count)
            if number == sizes.count {
                sizes.append(0)
                numbered[cluster] = number
            }
            clusterOf[index] = number
            sizes[Int(number)] += 1
        }
        var start = [Int](repeating: 0, count: sizes.count + 1)
        for c in sizes.indices { start[c + 1] = start[c] + sizes[c] }
        var members = [Int](repeating: 0, count: ids.count)
        var filled = start
        for index in order {
            let c = Int(clusterOf[index])
            members[filled[c]] = index
            filled[c] += 1
        }
        self.order = order
        self.members = members
        self.start = start
        self.clusterOf = clusterOf
    }

    var clusterCount: Int { start.count - 1 }

    func members(of cluster: Int) -> ArraySlice<Int> { members[start[cluster]..<start[cluster + 1]] }
}
