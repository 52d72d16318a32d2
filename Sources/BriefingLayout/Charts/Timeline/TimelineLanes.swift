/// Places timeline labels into lanes above the axis without collisions. Lane 0 is nearest
/// the axis; a label in lane k hangs on a leader line that runs down through lanes 0..<k,
/// so a label may not cover another's leader and a leader may not cross another's label.
/// A label therefore has to sit above every event whose mark lies under it: labels are
/// placed in that order (`order`), each in the lowest lane where it fits.
struct TimelineLanes {
    /// Where a label went: its lane and horizontal extent (leader gap included).
    struct Placement: Hashable { var lane: Int; var minX: Double; var maxX: Double; var textX: Double }

    static let leaderGap = 3.0
    static let padding = 6.0

    var maxLanes: Int
    var x0: Double
    var x1: Double
    private var labels: [[(minX: Double, maxX: Double)]]
    private var leaders: [(x: Double, lane: Int)] = []

    init(maxLanes: Int, x0: Double, x1: Double) {
        self.maxLanes = max(1, maxLanes); self.x0 = x0; self.x1 = x1
        labels = Array(repeating: [], count: self.maxLanes)
    }

    /// Places every label (`widths[i]` wide, for a mark at `anchors[i]`); nil where no
    /// lane had room.
    static func place(anchors: [Double], widths: [Double], maxLanes: Int, x0: Double, x1: Double) -> [Placement?] {
        var lanes = TimelineLanes(maxLanes: maxLanes, x0: x0, x1: x1)
        // Each label prefers the side that covers the fewest other marks (right on a tie).
        let candidates = anchors.indices.map { i in
            lanes.sides(anchor: anchors[i], width: widths[i]).enumerated().sorted {
                (covered($0.element, anchors, except: i).count, $0.offset) < (covered($1.element, anchors, except: i).count, $1.offset)
            }.map(\.element)
        }
        let covers = anchors.indices.map { i in candidates[i].first.map { covered($0, anchors, except: i) } ?? [] }
        var result = [Placement?](repeating: nil, count: anchors.count)
        for i in order(anchors: anchors, covers: covers) {
            result[i] = lanes.place(anchor: anchors[i], sides: candidates[i])
        }
        return result
    }

    /// Indices of the marks under `box`, other than `i`'s own.
    static func covered(_ box: (minX: Double, maxX: Double), _ anchors: [Double], except i: Int) -> [Int] {
        anchors.indices.filter { $0 != i && anchors[$0] > box.minX - 1.5 && anchors[$0] < box.maxX + 1.5 }
    }

    /// Candidate extents for a label: hanging right of its leader, else left of it.
    func sides(anchor: Double, width: Double) -> [(minX: Double, maxX: Double)] {
        let total = width + Self.leaderGap
        if total > x1 - x0 { return [(x0, x0 + total)] }
        return [(anchor, anchor + total), (anchor - total, anchor)].filter { $0.0 >= x0 - 0.01 && $0.1 <= x1 + 0.01 }
    }

    /// Placing order: a label comes after the events whose marks it covers (Kahn's order;
    /// among free choices the rightmost first; a cycle is broken at its least-covering label).
    static func order(anchors: [Double], covers: [[Int]]) -> [Int] {
        var remaining = Set(anchors.indices)
        var order: [Int] = []
        while !remaining.isEmpty {
            let pending = { (i: Int) in covers[i].filter { remaining.contains($0) }.count }
            let pick = remaining.filter { pending($0) == 0 }.max { (anchors[$0], $0) < (anchors[$1], $1) }
                ?? remaining.min { (pending($0), -anchors[$0], $0) < (pending($1), -anchors[$1], $1) }!
            order.append(pick)
            remaining.remove(pick)
        }
        return order
    }

    /// Places one label on its preferred side in the lowest lane where it fits, else on
    /// the other side; nil when no lane has room. Keeping the side steady reads calmer
    /// than flipping a label to stay low.
    mutating func place(anchor: Double, sides: [(minX: Double, maxX: Double)]) -> Placement? {
        for (minX, maxX) in sides {
            for lane in 0..<maxLanes where leaderIsClear(anchor, below: lane) && isFree(minX: minX, maxX: maxX, lane: lane) {
                labels[lane].append((minX, maxX))
                leaders.append((anchor, lane))
                let textX = minX == anchor ? anchor + Self.leaderGap : minX
                return Placement(lane: lane, minX: minX, maxX: maxX, textX: textX)
            }
        }
        return nil
    }

    private func isFree(minX: Double, maxX: Double, lane: Int) -> Bool {
        let p = Self.padding
        if labels[lane].contains(where: { minX < $0.maxX + p && $0.minX - p < maxX }) { return false }
        // Leaders of higher labels pass through this lane.
        return !leaders.contains { $0.lane > lane && $0.x > minX - 1.5 && $0.x < maxX + 1.5 }
    }

    private func leaderIsClear(_ x: Double, below lane: Int) -> Bool {
        !(0..<lane).contains { l in labels[l].contains { x > $0.minX - 1.5 && x < $0.maxX + 1.5 } }
    }
}
