/// A map from two 64-bit words to a non-negative number: the merger's index (a merge key's two
/// hashes, `Merger.KeyHash` → the newest entry filed under it) and the discrepancy flagging's
/// string numbers (a `String`'s two words → its number). Open addressing with linear probing,
/// the home slot a multiply of the words: `Dictionary` ran them through `Hasher` on every
/// look-up (a quarter of the merge). Deletion shifts the probe run back, so no tombstones
/// pile up across clusters.
struct WordPairTable {
    private struct Slot {
        var a: UInt64 = 0, b: UInt64 = 0
        /// -1: empty (entries are never negative).
        var value: Int32 = -1
    }

    private static let initialShift = 64 - 6
    private var slots = [Slot](repeating: Slot(), count: 1 << (64 - initialShift))
    /// The home slot is the top bits of the scrambled first hash.
    private var shift = initialShift
    private var count = 0

    private var mask: Int { slots.count - 1 }

    private func home(_ a: UInt64, _ b: UInt64) -> Int {
        Int(truncatingIfNeeded: ((a ^ (b &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    /// The slot holding the key, or the empty slot where it would go.
    private func slot(_ a: UInt64, _ b: UInt64) -> Int {
        var i = home(a, b)
        while slots[i].value >= 0 {
            if slots[i].a == a, slots[i].b == b { return i }
            i = (i + 1) & mask
        }
        return i
    }

    /// The entry filed under the key, or nil.
    func value(_ a: UInt64, _ b: UInt64) -> Int32? {
        let v = slots[slot(a, b)].value
        return v >= 0 ? v : nil
    }

    /// Files `value` under the key; the entry it replaces, or -1.
    mutating func replace(_ a: UInt64, _ b: UInt64, with value: Int32) -> Int32 {
        var i = slot(a, b)
        let previous = slots[i].value
        if previous < 0 {
            // At most half full: probe runs stay short.
            if 2 * (count + 1) > slots.count {
                grow()
                i = slot(a, b)
            }
            count += 1
            slots[i].a = a; slots[i].b = b
        }
        slots[i].value = value
        return previous
    }

    /// Forgets the key, if filed.
    mutating func remove(_ a: UInt64, _ b: UInt64) {
        var hole = slot(a, b)
        guard slots[hole].value >= 0 else { return }
        count -= 1
        var j = hole
        while true {
            j = (j + 1) & mask
            guard slots[j].value >= 0 else { break }
            let h = home(slots[j].a, slots[j].b)
            // An entry whose home lies cyclically in (hole, j] stays; any other moves into the hole.
            let stays = hole < j ? (h > hole && h <= j) : (h > hole || h <= j)
            if !stays {
                slots[hole] = slots[j]
                hole = j
            }
        }
        slots[hole].value = -1
    }

    /// Empty; a table grown for a large cluster is let go rather than cleared for every later one.
    mutating func removeAll() {
        if slots.count > 1 << 10 {
            self = WordPairTable()
        } else if count > 0 {
            for i in slots.indices { slots[i].value = -1 }
            count = 0
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        shift -= 1
        for s in old where s.value >= 0 { slots[slot(s.a, s.b)] = s }
    }
}
