/// A document's fact items packed into bytes while they wait for the corpus-wide merge.
///
/// Every article's items are kept until the translation links are known; as `Fact` values
/// (176 bytes each, plus an array and strings per mention) they were the largest part of the
/// memory of a large corpus. Packed, an item takes about a third of that. Sentences, document
/// ids, indicator keys and every other string too long to be stored inline by `String` are
/// kept as the same `String`s (shared with the rest of the analysis, and with other articles
/// once interned), the other fields as UTF-8, one-byte codes and fixed-width numbers;
/// `unpacked()` gives back equal items.
struct PackedItems: Sendable {
    private var bytes: [UInt8] = []
    /// Sentences, document ids and the other long strings, each once: most items of a
    /// document share them.
    private var shared: [String] = []
    private(set) var count = 0

    init() {}

    /// Consumed: each item is moved out of the array and let go once written (reading them in
    /// place, or iterating, copied every item first: a retain and a release per string).
    init(_ items: consuming [FactBuilder.Item]) {
        let count = items.count
        var writer = Writer(reserving: count)
        // Reversed through the buffer: its swaps move the items (`Array`'s copied them).
        items.withUnsafeMutableBufferPointer { $0.reverse() }
        while let item = items.popLast() {
            writer.shared(item.doc)
            writer.integer(item.position)
            writer.fact(item.fact)
        }
        self.init(writer, count: count)
    }

    /// Merged facts packed while they wait to be collected (`FactCollector`): as items of no
    /// document.
    init(facts: ArraySlice<Fact>) {
        var writer = Writer(reserving: facts.count)
        facts.withUnsafeBufferPointer { facts in
            for k in facts.indices {
                writer.shared("")
                writer.integer(0)
                writer.fact(facts[k])
            }
        }
        self.init(writer, count: facts.count)
    }

    private init(_ writer: Writer, count: Int) {
        // Copied at their size: grown by doubling, the buffers were a third empty, and they
        // wait for the merge with every other article's.
        bytes = Self.exact(writer.bytes)
        shared = Self.exact(writer.table)
        self.count = count
    }

    /// The facts of `init(facts:)`.
    func unpackedFacts() -> [Fact] {
        var facts: [Fact] = []
        facts.reserveCapacity(count)
        forEachFact { facts.append($0) }
        return facts
    }

    /// Calls `body` with each item's fact, in order, made straight from the bytes (no array of
    /// items, and each fact handed over rather than copied).
    func forEachFact(_ body: (consuming Fact) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer, table: shared)
            for _ in 0..<count {
                _ = reader.integer()
                _ = reader.integer()
                body(reader.fact())
            }
        }
    }

    private static func exact<T>(_ array: [T]) -> [T] {
        array.count == array.capacity ? array : Array(unsafeUninitializedCapacity: array.count) { buffer, count in
            _ = buffer.initialize(from: array)
            count = array.count
        }
    }

    /// The kept strings replaced by the pool's equal ones, except `id` (the document's own).
    mutating func intern(into pool: inout StringPool, except id: String) {
        for k in shared.indices where !shared[k].bytesEqual(id) { shared[k] = pool.intern(shared[k]) }
    }

    private static let kinds: [FactKind] = [.percent, .range, .count, .money, .rank, .duration, .date, .year]
    private static let qualifiers: [Qualifier] = [.exact, .about, .moreThan, .atLeast, .lessThan, .upTo]

    /// The items, equal to those packed, in the same order; with room for `extra` more.
    func unpacked(reserving extra: Int = 0) -> [FactBuilder.Item] {
        var items: [FactBuilder.Item] = []
        items.reserveCapacity(count + extra)
        unpack(into: &items)
        return items
    }

    /// `unpacked()` appended to `items`: a document's figure and time items unpacked into one
    /// array (joining two copied every item once more).
    func unpack(into items: inout [FactBuilder.Item]) {
        items.reserveCapacity(items.count + count)
        bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer, table: shared)
            for _ in 0..<count {
                let doc = reader.shared()
                let position = reader.integer()
                items.append((doc, position, reader.fact()))
            }
        }
    }

    // MARK: - Encoding

    private struct Writer {
        var bytes: [UInt8] = []
        var table: [String] = []

        /// Room for the usual item at once: grown from empty, the buffers were copied a few times.
        init(reserving items: Int) {
            bytes.reserveCapacity(64 * items)
            table.reserveCapacity(16)
        }
        /// Keyed by bytes: `String` equality is canonical equivalence, and a sentence must come
        /// back with exactly its own bytes.
        private var index: [ByteWord: Int] = [:]

        mutating func fact(_ f: borrowing Fact) {
            string(f.id)
            bytes.append(UInt8(PackedItems.kinds.firstIndex(of: f.kind)!))
            double(f.value); double(f.low); double(f.high)
            bytes.append(UInt8(PackedItems.qualifiers.firstIndex(of: f.qualifier)!))
            optional(f.unit); optional(f.per)
            string(f.subject)
            optional(f.indicator, shared: true)
            bytes.append(f.change == nil ? 0 : f.change == .up ? 1 : 2)
            optional(f.period)
            integer(f.discrepancyWith.count)
            for id in f.discrepancyWith { string(id) }
            integer(f.mentions.count)
            for mention in f.mentions {
                shared(mention.document)
                string(mention.quote)
                shared(mention.sentence)
            }
        }

        /// A string kept once in the table; the item holds its index.
        mutating func shared(_ text: String) {
            integer(tableIndex(of: text))
        }

        private mutating func tableIndex(of text: String) -> Int {
            // A document's table is short (its id, a few sentences and indicators): searched
            // from the end, lengths first, until it is long enough for hashing to pay.
            if index.isEmpty {
                // Most strings are the very ones met before (the document id, a sentence shared
                // by its figures): the same two words of `String`, found without reading bytes.
                let bits = unsafeBitCast(text, to: (UInt64, UInt64).self)
                for k in table.indices.reversed() where unsafeBitCast(table[k], to: (UInt64, UInt64).self) == bits { return k }
                let count = text.utf8.count
                for k in table.indices.reversed() where table[k].utf8.count == count && String.bytesEqual(table[k], text, count: count) { return k }
                table.append(text)
                if table.count == 32 { for (k, t) in table.enumerated() { index[ByteWord(t)] = k } }
                return table.count - 1
            }
            if let known = index[ByteWord(text)] { return known }
            index[ByteWord(text)] = table.count
            table.append(text)
            return table.count - 1
        }

        /// Up to 15 bytes (stored inline by `String`) as UTF-8: twice the length. Longer, in the
        /// table: twice the index plus one.
        mutating func string(_ text: String) {
            let length = text.utf8.count
            guard length <= 15 else { return integer(2 * tableIndex(of: text) + 1) }
            integer(2 * length)
            // Byte by byte: a few bytes, for which the generic `append(contentsOf:)` cost more.
            var text = text
            text.withUTF8 { for byte in $0 { bytes.append(byte) } }
        }

        /// `shared`: kept in the table (indicator keys: the catalogue's own strings).
        mutating func optional(_ text: String?, shared isShared: Bool = false) {
            guard let text else { return bytes.append(0) }
            bytes.append(1)
            if isShared { shared(text) } else { string(text) }
        }

        mutating func double(_ value: Double?) {
            guard let value else { return bytes.append(0) }
            bytes.append(1)
            var bits = value.bitPattern
            for _ in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits)); bits >>= 8 }
        }

        /// LEB128: small numbers (most lengths and indices) take one byte.
        mutating func integer(_ value: Int) {
            var v = UInt64(bitPattern: Int64(value))
            while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
            bytes.append(UInt8(v))
        }
    }

    // MARK: - Decoding

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let table: [String]
        var at = 0

        mutating func fact() -> Fact {
            let id = string()
            let kind = PackedItems.kinds[code()]
            let value = double(), low = double(), high = double()
            let qualifier = PackedItems.qualifiers[code()]
            let unit = optional(), per = optional()
            let subject = string()
            let indicator = optional(shared: true)
            let changeCode = code()
            let change: Change? = changeCode == 0 ? nil : changeCode == 1 ? .up : .down
            let period = optional()
            // Reserved at their size: `map` over a range grew the arrays from empty.
            var discrepancyWith: [String] = []
            let ids = integer()
            if ids > 0 {
                discrepancyWith.reserveCapacity(ids)
                for _ in 0..<ids { discrepancyWith.append(string()) }
            }
            var mentions: [Mention] = []
            let count = integer()
            mentions.reserveCapacity(count)
            for _ in 0..<count { mentions.append(Mention(document: shared(), quote: string(), sentence: shared())) }
            return Fact(id: id, kind: kind, value: value, low: low, high: high, qualifier: qualifier, unit: unit,
                        per: per, subject: subject, indicator: indicator, change: change, period: period,
                        discrepancyWith: discrepancyWith, mentions: mentions)
        }

        mutating func shared() -> String { table[integer()] }

        mutating func code() -> Int {
            at += 1
            return Int(bytes[at - 1])
        }

        mutating func string() -> String {
            let value = integer()
            if value & 1 == 1 { return table[value >> 1] }
            let length = value >> 1
            defer { at += length }
            // Written from a `String`'s UTF-8, so valid: made without validating it again.
            return String(copying: unsafe UTF8Span(unchecked: UnsafeBufferPointer(rebasing: bytes[at..<(at + length)]).span,
                                                   isKnownASCII: false))
        }

        mutating func optional(shared isShared: Bool = false) -> String? {
            at += 1
            return bytes[at - 1] == 0 ? nil : isShared ? shared() : string()
        }

        mutating func double() -> Double? {
            at += 1
            guard bytes[at - 1] != 0 else { return nil }
            var bits: UInt64 = 0
            for k in 0..<8 { bits |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
            at += 8
            return Double(bitPattern: bits)
        }

        mutating func integer() -> Int {
            var value: UInt64 = 0, shift: UInt64 = 0
            while true {
                let byte = bytes[at]
                at += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return Int(Int64(bitPattern: value)) }
                shift += 7
            }
        }
    }
}
