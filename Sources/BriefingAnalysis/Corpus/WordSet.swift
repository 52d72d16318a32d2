/// Lexicon tables looked up by their UTF-8 bytes (`ByteWord`).
///
/// `[String: V]` hashes and compares non-ASCII keys through Swift's canonical-equivalence
/// path (normalisation data for every Cyrillic scalar). Token texts come from the NFC
/// normaliser and the lexicons are written in NFC, so byte equality is the same equality.
/// A `[String: Value]` keyed by UTF-8 bytes.
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

extension String {
    /// `==` on UTF-8 bytes, for NFC texts (token texts, lexicon words): Swift's `==` walks
    /// normalisation data for every non-ASCII scalar.
    @inline(__always)
    func bytesEqual(_ other: String) -> Bool {
        let n = utf8.count
        return n == other.utf8.count && String.bytesEqual(self, other, count: n)
    }

    /// The first `count` UTF-8 bytes of `a` and `b` agree (both hold at least `count`).
    /// Compares the contiguous storage a word at a time (shared strings of the pool are the
    /// same storage): `utf8.starts(with:)` walked the views index by index.
    static func bytesEqual(_ a: String, _ b: String, count: Int) -> Bool {
        if count == 0 { return true }
        if let equal = a.utf8.withContiguousStorageIfAvailable({ x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                x.baseAddress! == y.baseAddress! || ByteCompare.equal(x.baseAddress!, y.baseAddress!, count)
            }
        }), let equal { return equal }
        return a.utf8.prefix(count).elementsEqual(b.utf8.prefix(count))
    }
}
