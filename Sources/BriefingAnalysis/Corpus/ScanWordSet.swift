/// Lexicon words looked up by the byte hash `TokenScan` computes once per token.
///
/// The date, event and participant rules ask several lexicons about every word of a
/// sentence; with the hash made by the tokeniser each probe is one slot of a small
/// open-addressing table and a byte compare on a hit, with no `String` made or hashed.
/// Texts and lexicons are NFC (see `WordSet`), so byte equality is the same equality.
struct ScanWordSet: ExpressibleByArrayLiteral, Sendable {
    /// The distinct words in first-seen order.
    let words: [String]
    /// Their bytes one after another (word `k` at `starts[k] ..< starts[k + 1]`) and hashes.
    private let data: [UInt8]
    private let starts: [Int]
    private let hashes: [UInt64]
    /// Index + 1 of the word in each slot, 0 when empty.
    private let slots: [Int32]
    private let mask: Int
    /// 4,096 bits from the top of the words' hashes: most other words are turned away by one bit.
    private let bloom: [UInt64]

    init(arrayLiteral elements: String...) { self.init(elements) }

    init<S: Sequence>(_ elements: S) where S.Element == String {
        let all = Array(elements)
        var capacity = 16
        while capacity < 2 * all.count + 8 { capacity <<= 1 }
        var words: [String] = [], data: [UInt8] = [], starts: [Int] = [0], hashes: [UInt64] = []
        var slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        words.reserveCapacity(all.count); data.reserveCapacity(8 * all.count)
        starts.reserveCapacity(all.count + 1); hashes.reserveCapacity(all.count)
        // Each word read on its UTF-8 storage in place (no array per word).
        for word in all {
            var text = word
            let added = text.withUTF8 { b -> Bool in
                var h = ByteHash.seed
                for byte in b { h = ByteHash.add(h, byte) }
                var slot = Int(truncatingIfNeeded: h) & mask
                while slots[slot] != 0 {
                    let k = Int(slots[slot]) - 1
                    if hashes[k] == h, starts[k + 1] - starts[k] == b.count {
                        let a = starts[k]
                        var i = 0
                        while i < b.count, data[a + i] == b[i] { i += 1 }
                        if i == b.count { return false }
                    }
                    slot = (slot + 1) & mask
                }
                data.append(contentsOf: b); starts.append(data.count); hashes.append(h)
                slots[slot] = Int32(hashes.count)
                return true
            }
            if added { words.append(word) }
        }
        self.words = words; self.data = data; self.starts = starts; self.hashes = hashes; self.slots = slots; self.mask = mask
        var bloom = [UInt64](repeating: 0, count: 64)
        for h in hashes { bloom[Int(h >> 58)] |= 1 << ((h >> 52) & 63) }
        self.bloom = bloom
    }

    /// Index in `words` of the word with hash `hash` and bytes `text[start ..< start + count]`.
    @inline(__always)
    func index<Text: RandomAccessCollection>(hash: UInt64, in text: Text, start: Int, count: Int) -> Int?
    where Text.Element == UInt8, Text.Index == Int {
        guard bloom[Int(hash >> 58)] & (1 << ((hash >> 52) & 63)) != 0 else { return nil }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if hashes[entry - 1] == hash {
                let a = starts[entry - 1]
                if starts[entry] - a == count {
                    var k = 0
                    while k < count, data[a + k] == text[start + k] { k += 1 }
                    if k == count { return entry - 1 }
                }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The filter `index(hash:in:start:count:)` tests first, as a pointer valid inside `body`:
    /// loops over many tokens test it with `mayContain(hash:filter:)`, without an array check
    /// per token.
    @inline(__always)
    func withFilter<R>(_ body: (UnsafePointer<UInt64>) throws -> R) rethrows -> R {
        try bloom.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// The word with hash `hash` may be in the set whose filter `withFilter` gave.
    @inline(__always)
    static func mayContain(hash: UInt64, filter: UnsafePointer<UInt64>) -> Bool {
        filter[Int(hash >> 58)] & (1 << ((hash >> 52) & 63)) != 0
    }

    /// Index of a plain string (lexicon code outside the scanner).
    func index(of word: String) -> Int? {
        let b = Array(word.utf8)
        return index(hash: ByteHash.of(b[...]), in: b, start: 0, count: b.count)
    }
}

/// A table of lexicon words to values, probed like `ScanWordSet`; a repeated key keeps its
/// last value, as a dictionary literal assigned key by key does.
struct ScanWordMap<Value: Sendable>: Sendable {
    let keys: ScanWordSet
    private let values: [Value]

    init(_ pairs: [(String, Value)]) {
        let keys = ScanWordSet(pairs.map(\.0))
        var values = [Value?](repeating: nil, count: keys.words.count)
        for (word, value) in pairs { values[keys.index(of: word)!] = value }
        self.keys = keys
        self.values = values.map { $0! }
    }

    @inline(__always)
    func value<Text: RandomAccessCollection>(hash: UInt64, in text: Text, start: Int, count: Int) -> Value?
    where Text.Element == UInt8, Text.Index == Int {
        keys.index(hash: hash, in: text, start: start, count: count).map { values[$0] }
    }
}

/// FNV-1a over UTF-8 bytes: cheap enough to run once per token byte in the tokeniser.
enum ByteHash {
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h = seed
        for b in bytes { h = add(h, b) }
        return h
    }
}

/// Word prefixes tested on a token's bytes; a 64-bit filter of the prefixes' first two bytes
/// turns most words away before any compare (the event rules test every word of a sentence).
struct ScanPrefixes: ExpressibleByArrayLiteral, Sendable {
    private let prefixes: [[UInt8]]
    /// Positions of the prefixes in each of 64 buckets of their first two bytes, in list order:
    /// a word is compared only with the prefixes of its own bucket.
    private let buckets: [[Int]]
    private let shortest: Int
    /// The prefixes' first bytes (256 bits).
    private let firstBytes: [UInt64]

    init(arrayLiteral elements: String...) { self.init(elements) }

    init(_ elements: [String]) {
        prefixes = elements.map { Array($0.utf8) }
        shortest = prefixes.map(\.count).min() ?? 0
        precondition(shortest >= 2, "prefixes of two bytes or more")
        var buckets = [[Int]](repeating: [], count: 64)
        for (n, prefix) in prefixes.enumerated() { buckets[Self.bucket(prefix[0], prefix[1])].append(n) }
        self.buckets = buckets
        var firstBytes = [UInt64](repeating: 0, count: 4)
        for prefix in prefixes { firstBytes[Int(prefix[0] >> 6)] |= 1 << UInt64(prefix[0] & 63) }
        self.firstBytes = firstBytes
    }

    @inline(__always)
    private static func bucket(_ a: UInt8, _ b: UInt8) -> Int { (Int(a) &* 7 &+ Int(b)) & 63 }

    /// The text of token `index` of `scan` starts with one of the prefixes.
    func matches(_ scan: TokenScan, _ index: Int) -> Bool { firstMatch(scan, index) != nil }

    /// Position in the list of the first prefix the text of token `index` starts with.
    func firstMatch(_ scan: TokenScan, _ index: Int) -> Int? {
        let t = scan.tokens[index]
        guard Int(t.textCount) >= shortest else { return nil }
        precondition(Int(t.textStart + t.textCount) <= scan.bytes.count, "token text out of the scan")
        return scan.bytes.withUnsafeBufferPointer { firstMatch(t, bytes: $0.baseAddress!) }
    }

    /// Token `t` (text in `bytes`) is long enough for a prefix and starts with a prefix's first
    /// byte: `firstMatch` is nil when this is false (a cheap test before other filters).
    @inline(__always)
    func mayStart(_ t: UnsafePointer<ScanToken>, bytes: UnsafePointer<UInt8>) -> Bool {
        guard Int(t.pointee.textCount) >= shortest else { return false }
        let first = bytes[Int(t.pointee.textStart)]
        return firstBytes.withUnsafeBufferPointer { $0[Int(first >> 6)] } & (1 << UInt64(first & 63)) != 0
    }

    /// `firstMatch` of token `t` whose text is in `bytes` (a scan's buffer read in place, for
    /// loops over every token of a sentence).
    func firstMatch(_ t: ScanToken, bytes: UnsafePointer<UInt8>) -> Int? {
        let count = Int(t.textCount)
        guard count >= shortest else { return nil }
        let p = bytes + Int(t.textStart)
        let first = p[0]
        guard firstBytes[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0 else { return nil }
        for n in buckets[Self.bucket(first, p[1])] {
            let matched = prefixes[n].withUnsafeBufferPointer { prefix in
                guard prefix.count <= count else { return false }
                var k = 0
                while k < prefix.count, p[k] == prefix[k] { k &+= 1 }
                return k == prefix.count
            }
            if matched { return n }
        }
        return nil
    }
}

/// A filter of the first three bytes of some words and prefixes: a token whose first three
/// bytes start none of them is none of the words and has none of the prefixes. One bit test
/// turns most words of a sentence away before any lexicon is probed.
struct ScanLeadFilter: Sendable {
    private let bits: [UInt64]
    /// Some word or prefix is shorter than three bytes: shorter tokens always pass.
    private let shortPass: Bool

    init(words: [String], prefixes: [String] = []) {
        var bits = [UInt64](repeating: 0, count: 1 << 10)
        var shortPass = false
        for text in words + prefixes {
            let b = Array(text.utf8)
            guard b.count >= 3 else { shortPass = true; continue }
            let bit = Self.bit(b[0], b[1], b[2])
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.bits = bits
        self.shortPass = shortPass
    }

    @inline(__always)
    private static func bit(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        Int(truncatingIfNeeded: ((UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)) &* 0x9E37_79B1) >> 16)
    }

    /// Token `index` of `scan` may be one of the words or have one of the prefixes.
    @inline(__always)
    func mayMatch(_ scan: TokenScan, _ index: Int) -> Bool {
        let t = scan.tokens[index]
        guard t.textCount >= 3 else { return shortPass }
        let s = Int(t.textStart)
        let bit = Self.bit(scan.bytes[s], scan.bytes[s + 1], scan.bytes[s + 2])
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// `mayMatch` of the token at `t` whose text is in `bytes`, its fields read in place (loops
    /// over every token of a sentence that turn most tokens away here).
    @inline(__always)
    func mayMatch(_ t: UnsafePointer<ScanToken>, bytes: UnsafePointer<UInt8>) -> Bool {
        guard t.pointee.textCount >= 3 else { return shortPass }
        let p = bytes + Int(t.pointee.textStart)
        let bit = Self.bit(p[0], p[1], p[2])
        return bits.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
    }

    /// The filter's bits as a pointer valid inside `body`, for `mayMatch(_:bytes:bits:)` in loops
    /// over every token of a sentence.
    @inline(__always)
    func withBits<R>(_ body: (UnsafePointer<UInt64>) throws -> R) rethrows -> R {
        try bits.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// `mayMatch(_:bytes:)` with the bits `withBits` gave.
    @inline(__always)
    func mayMatch(_ t: UnsafePointer<ScanToken>, bytes: UnsafePointer<UInt8>, bits: UnsafePointer<UInt64>) -> Bool {
        guard t.pointee.textCount >= 3 else { return shortPass }
        let p = bytes + Int(t.pointee.textStart)
        let bit = Self.bit(p[0], p[1], p[2])
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
