/// Suffix, prefix and length tests on word texts compared by their UTF-8 bytes.
///
/// Token words and lexicon entries are NFC (see `ByteWord`), so byte comparison gives the
/// answers of `hasSuffix` / `hasPrefix` without Swift's canonical-equivalence path, which
/// walks normalisation data for every Cyrillic scalar.
extension String {
    /// `hasSuffix` on UTF-8 bytes, over the contiguous storage.
    func endsWithBytes(_ suffix: String) -> Bool {
        let n = suffix.utf8.count
        let m = utf8.count
        guard m >= n else { return false }
        if let r = utf8.withContiguousStorageIfAvailable({ w in
            suffix.utf8.withContiguousStorageIfAvailable { s -> Bool in
                var i = 0
                while i < n { if w[m - n + i] != s[i] { return false }; i += 1 }
                return true
            }
        }), let r { return r }
        return utf8.reversed().starts(with: suffix.utf8.reversed())
    }

    /// `count` (characters) when the word is ASCII or basic Cyrillic (U+0400–U+047F, no combining
    /// marks): one character per scalar, counted on the bytes; else Swift's count.
    var letterCount: Int {
        if let n = utf8.withContiguousStorageIfAvailable({ w -> Int? in
            var n = 0
            for b in w {
                if b < 0x80 { if b == 0x0D { return nil }; n += 1 }
                else if b == 0xD0 || b == 0xD1 { n += 1 }
                else if b & 0xC0 != 0x80 { return nil }
            }
            return n
        }), let n { return n }
        return count
    }
}
