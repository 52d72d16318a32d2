/// A fixed table of lexicon words keyed by their UTF-8 bytes and probed with a byte buffer,
/// so a word read from a sentence is looked up without making a `String` (see `ByteWord`
/// for why byte equality is the right equality here).
///
/// Open addressing over a power-of-two slot array; the words live in one byte array.
struct ByteLexicon<Value: Sendable>: Sendable {
    private let bytes: [UInt8]
    /// Entry `k` is `bytes[starts[k]..<starts[k + 1]]`.
    private let starts: [Int]
    private let values: [Value]
    /// Entry index + 1 per slot; 0 is empty.
    private let slots: [Int32]
    private let mask: Int
    /// Longest word in bytes: longer probes are rejected at once.
    let maxLength: Int

    /// The first value of a word wins, as `Dictionary(_:uniquingKeysWith: { a, _ in a })`.
    /// Built on each word's UTF-8 storage in place (no array per word: set-up of every table).
    init<S: Sequence>(_ pairs: S) where S.Element == (String, Value) {
        var bytes: [UInt8] = [], starts = [0], values: [Value] = []
        var size = 16
        let list = Array(pairs)
        while size < list.count * 3 { size *= 2 }
        bytes.reserveCapacity(8 * list.count); starts.reserveCapacity(list.count + 1); values.reserveCapacity(list.count)
        var slots = [Int32](repeating: 0, count: size)
        var longest = 0
        for (word, value) in list {
            var word = word
            let added = word.withUTF8 { w -> Bool in
                var slot = Self.hash(w) & (size - 1)
                while slots[slot] != 0 {
                    let k = Int(slots[slot]) - 1
                    let s = starts[k], n = starts[k + 1] - s
                    if n == w.count {
                        var i = 0
                        while i < n, bytes[s + i] == w[i] { i += 1 }
                        if i == n { return false }
                    }
                    slot = (slot + 1) & (size - 1)
                }
                bytes.append(contentsOf: w); starts.append(bytes.count)
                slots[slot] = Int32(values.count + 1)
                longest = max(longest, w.count)
                return true
            }
            if added { values.append(value) }
        }
        self.bytes = bytes; self.starts = starts; self.values = values; self.slots = slots
        mask = size - 1; maxLength = longest
    }

    init<S: Sequence>(words: S) where S.Element == String, Value == Bool { self.init(words.map { ($0, true) }) }

    /// FNV-1a of the word's bytes, its high bits folded into the low ones the slots use.
    private static func hash<C: Collection>(_ w: C) -> Int where C.Element == UInt8 {
        var h = ByteHash.seed
        for b in w { h = ByteHash.add(h, b) }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The entry index of `word`, or nil.
    func index(_ word: UnsafeBufferPointer<UInt8>) -> Int? { index(word, hash: Self.hash(word)) }

    /// The entry index of `word` whose hash is `hash`, or nil.
    private func index(_ word: UnsafeBufferPointer<UInt8>, hash: Int) -> Int? {
        guard word.count <= maxLength else { return nil }
        var slot = hash & mask
        while true {
            let e = Int(slots[slot])
            if e == 0 { return nil }
            let s = starts[e - 1], n = starts[e] - s
            if n == word.count {
                var i = 0
                while i < n, bytes[s + i] == word[i] { i += 1 }
                if i == n { return e - 1 }
            }
            slot = (slot + 1) & mask
        }
    }

    func value(_ word: UnsafeBufferPointer<UInt8>) -> Value? { index(word).map { values[$0] } }

    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool { index(word) != nil }

    func contains(_ word: [UInt8]) -> Bool { word.withUnsafeBufferPointer { contains($0) } }

    // MARK: - String keys

    /// The first value of a key wins, as `Dictionary(_:uniquingKeysWith:)`; order as the dictionary iterates.
    init(_ dictionary: [String: Value]) { self.init(dictionary.map { ($0.key, $0.value) }) }

    /// The entry index of a `String` word, probed on its UTF-8 bytes (NFC texts, see `ByteWord`).
    @inline(__always)
    func index(_ word: String) -> Int? {
        if word.utf8.count > maxLength { return nil }
        var w = word
        return w.withUTF8 { index($0) }
    }

    subscript(word: String) -> Value? { index(word).map { values[$0] } }

    func contains(_ word: String) -> Bool { index(word) != nil }

    /// How many words the table holds.
    var count: Int { values.count }

    /// The words, in entry order.
    var keys: [String] { (0..<values.count).map { String(decoding: bytes[starts[$0]..<starts[$0 + 1]], as: UTF8.self) } }
}

/// Word–value pairs collected with dictionary syntax (`m[word] = value`, the last value of a word
/// winning) for a `ByteLexicon`, without hashing a `String` per entry as a `Dictionary` would.
struct LexiconPairs<Value>: ExpressibleByDictionaryLiteral {
    private(set) var pairs: [(String, Value)] = []
    init() {}
    init(dictionaryLiteral elements: (String, Value)...) { pairs = elements }
    /// Only assignment is meant; reading gives the last value set.
    subscript(word: String) -> Value? {
        get { pairs.last { $0.0.bytesEqual(word) }?.1 }
        set { if let newValue { pairs.append((word, newValue)) } }
    }
}

extension ByteLexicon {
    /// The table of collected pairs; the last value of a word wins, as in a `Dictionary`.
    init(_ pairs: LexiconPairs<Value>) { self.init(pairs.pairs.reversed()) }
}

/// A word set written as a `Set<String>` literal.
extension ByteLexicon: ExpressibleByArrayLiteral where Value == Bool {
    init(arrayLiteral elements: String...) { self.init(words: elements) }
}

/// A word table written as a `[String: Value]` literal.
extension ByteLexicon: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) { self.init(elements) }
}
