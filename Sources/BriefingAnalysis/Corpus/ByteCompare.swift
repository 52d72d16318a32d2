/// Equality of byte runs read a word at a time, for the comparisons on hot paths (topic
/// stems, shared sentences of packed items, lexicon words).
enum ByteCompare {
    /// The `n` bytes at `p` and `q` are equal: eight or four at a time (the last load
    /// overlapping the one before), reading none past the `n`.
    @inline(__always)
    static func equal(_ p: UnsafePointer<UInt8>, _ q: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let a = UnsafeRawPointer(p), b = UnsafeRawPointer(q)
        if n >= 8 {
            var j = 0
            while j &+ 8 < n {
                if a.loadUnaligned(fromByteOffset: j, as: UInt64.self) != b.loadUnaligned(fromByteOffset: j, as: UInt64.self) { return false }
                j &+= 8
            }
            return a.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
        }
        if n >= 4 {
            return a.loadUnaligned(as: UInt32.self) == b.loadUnaligned(as: UInt32.self)
                && a.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self) == b.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self)
        }
        var j = 0
        while j < n { if p[j] != q[j] { return false }; j &+= 1 }
        return true
    }
}
