/// Sets and tables of lexicon words looked up by their UTF-8 bytes (`ByteWord`).
///
/// `Set<String>` and `[String: V]` hash and compare non-ASCII keys through Swift's
/// canonical-equivalence path (normalisation data for every Cyrillic scalar): in the date,
/// event and participant rules that was the largest single cost of the analysis. Token texts
/// come from the NFC normaliser and the lexicons are written in NFC, so byte equality is the
/// same equality. Declared with the same literals as the `Set`/`Dictionary` they replace.
///
/// Up to four words (the literals written inline at call sites, `isWord(k, in: ["of"])`) are
/// kept as a list and compared byte by byte: no set is built or hashed per call.
///
/// Larger sets first test a 1,024-bit filter of the words' length and end bytes, so most
/// words of a text are rejected without hashing (the date finder asks for every word).
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    private let list: [String]
    private let words: Set<ByteWord>?
    private let filter: [UInt64]

    init(arrayLiteral elements: String...) { self.init(elements) }
    init<S: Sequence>(_ elements: S) where S.Element == String {
        let all = Array(elements)
        if all.count <= 4 { list = all; words = nil; filter = []; return }
        list = []
        words = Set(all.map(ByteWord.init))
        var filter = [UInt64](repeating: 0, count: 16)
        for word in all {
            guard let bit = Self.filterBit(word) else { filter = []; break } // no filter then
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = filter
    }

    func contains(_ word: String) -> Bool {
        if let words {
            if !filter.isEmpty, let bit = Self.filterBit(word), filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
            return words.contains(ByteWord(word))
        }
        return list.contains { $0.bytesEqual(word) }
    }

    /// A bit in 0..<1024 from the byte length and the first and last two bytes.
    private static func filterBit(_ word: String) -> Int? {
        word.utf8.withContiguousStorageIfAvailable { b -> Int in
            let n = b.count
            guard n > 0 else { return 0 }
            var h = UInt64(n)
            h = h << 8 | UInt64(b[0])
            h = h << 8 | UInt64(b[n > 1 ? 1 : 0])
            h = h << 8 | UInt64(b[n - 1])
            h = h << 8 | UInt64(b[n > 1 ? n - 2 : 0])
            h = h &* 0x9E37_79B9_7F4A_7C15
            return Int(truncatingIfNeeded: h >> 54)
        }
    }
}

/// A `[String: Value]` keyed by UTF-8 bytes; see `WordSet`.
struct WordMap<Value>: ExpressibleByDictionaryLiteral {
    private var table: [ByteWord: Value]

    init() { table = [:] }
    init(dictionaryLiteral elements: (String, Value)...) {
        table = [:]
        for (key, value) in elements { table[ByteWord(key)] = value }
    }

    var keys: [String] { table.keys.map(\.text) }

    subscript(word: String) -> Value? {
        get { table[ByteWord(word)] }
        set { table[ByteWord(word)] = newValue }
    }

    subscript(word: String, default value: @autoclosure () -> Value) -> Value {
        get { table[ByteWord(word), default: value()] }
        set { table[ByteWord(word), default: value()] = newValue }
    }
}

extension WordMap: Sendable where Value: Sendable {}

/// Word prefixes tested on UTF-8 bytes, all of them over one view of the word's storage
/// (a chain of `hasBytePrefix` calls on every word of a sentence was 2.5 % of the analysis).
struct BytePrefixes: ExpressibleByArrayLiteral, Sendable {
    private let prefixes: [[UInt8]]

    init(arrayLiteral elements: String...) { prefixes = elements.map { Array($0.utf8) } }

    /// `word` starts with one of the prefixes (the same as `hasBytePrefix` with each).
    func matches(_ word: String) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ w -> Bool in
            for p in prefixes where p.count <= w.count {
                var i = 0
                while i < p.count, w[i] == p[i] { i += 1 }
                if i == p.count { return true }
            }
            return false
        }) { return found }
        return prefixes.contains { word.utf8.starts(with: $0) }
    }
}

extension String {
    /// `==` on UTF-8 bytes, for NFC texts (token texts, lexicon words): Swift's `==` walks
    /// normalisation data for every non-ASCII scalar.
    @inline(__always)
    func bytesEqual(_ other: String) -> Bool {
        let n = utf8.count
        return n == other.utf8.count && String.bytesEqual(self, other, count: n)
    }

    /// `hasSuffix` on UTF-8 bytes (NFC texts; see `bytesEqual`).
    func hasByteSuffix(_ suffix: String) -> Bool { utf8.count >= suffix.utf8.count && utf8.reversed().starts(with: suffix.utf8.reversed()) }

    /// The first `count` UTF-8 bytes of `a` and `b` agree (both hold at least `count`).
    /// Compares the contiguous storage: `utf8.starts(with:)` walked the views index by index.
    static func bytesEqual(_ a: String, _ b: String, count: Int) -> Bool {
        if count == 0 { return true }
        if let equal = a.utf8.withContiguousStorageIfAvailable({ x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                var i = 0
                while i < count { if x[i] != y[i] { return false }; i += 1 }
                return true
            }
        }), let equal { return equal }
        return a.utf8.prefix(count).elementsEqual(b.utf8.prefix(count))
    }
}
