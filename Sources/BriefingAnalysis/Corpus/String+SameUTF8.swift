extension String {
    /// `self` and `other`, both `count` UTF-8 bytes long, have the same bytes. Compared a word
    /// at a time: `bytesEqual` goes byte by byte, and the strings compared here are sentences.
    func sameUTF8(_ other: String, count: Int) -> Bool {
        let equal = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b -> Bool in
                guard count > 0 else { return true }
                let (p, q) = (UnsafeRawPointer(a.baseAddress!), UnsafeRawPointer(b.baseAddress!))
                if p == q { return true }
                var i = 0
                while i + 8 <= count {
                    if p.loadUnaligned(fromByteOffset: i, as: UInt64.self) != q.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                    i += 8
                }
                while i < count { if a[i] != b[i] { return false }; i += 1 }
                return true
            }
        }
        if let equal, let equal { return equal }
        return utf8.elementsEqual(other.utf8)
    }
}
