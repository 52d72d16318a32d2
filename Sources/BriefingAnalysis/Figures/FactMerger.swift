/// Merges facts that are one figure: the same kind, values, unit, change and indicator in
/// one document or across its translation ("by a quarter" and "by 25%"). Linear: one
/// dictionary lookup per fact.
struct Merger {
    private(set) var facts: [Fact] = []
    /// Facts filed under a merge key, as a chain: the newest entry of each key, and for every
    /// entry the fact and the entry before it. Keys are kept as 128-bit hashes: the key
    /// strings and an array per key were most of the merger's memory on a large corpus.
    private var newestEntry = WordPairTable()
    private var entries: [(fact: Int32, previous: Int32)] = []
    /// The same-document keys filed, by their document, so that `close` can let go of the keys
    /// no coming document can look up. (A merger holds one translation cluster at a time,
    /// `MergePlan`, and `takeFacts` lets go of the cluster's keys.)
    private var documentKeys = KeyLists()
    /// Mentions and documents of the facts that have grown past `setThreshold` mentions; a
    /// smaller fact is searched in place: most facts keep one or two mentions, and a set per
    /// merged fact was much of the memory of a large corpus.
    private var mentionsSeen: [Int: Set<Mention>] = [:]
    private var documentsOf: [Int: Set<String>] = [:]
    /// Only the latest candidates under one key are tried: bounded work per fact.
    private let candidates = 8
    private let setThreshold = 16
    let cluster: (String) -> String
    /// The cluster of the document of the last fact: facts come document by document.
    private var lastDocument: String? = nil
    private var lastCluster = ""

    init(cluster: @escaping (String) -> String) { self.cluster = cluster }

    /// Consumed: a fact that is not merged into another is moved into `facts`, not copied.
    mutating func add(_ fact: consuming Fact) {
        guard let mention = fact.mentions.first else { return }
        let doc = mention.document
        // With an indicator, the indicator says it is the same figure; without one, the same
        // subject in one document, or the same values across a translation, does.
        // The keys are hashed as the strings `cluster|base|…` they stand for, without making them.
        if lastDocument != doc { lastCluster = cluster(doc); lastDocument = doc }
        let clusterId = lastCluster
        // Percentages, money and ranges with the same value in one document ("$300m" in the title,
        // "$300 million" in the body) are one figure unless their indicators say otherwise.
        let sameDocument = fact.kind == .percent || fact.kind == .money || fact.kind == .range
        // "cluster|base|" is hashed once for the keys that share it; the value key is written on the stack.
        let (head, document) = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.valueKeyRoom(fact)) { out in
            let base = UnsafeBufferPointer(rebasing: out[..<Self.writeValueKey(fact, to: out.baseAddress!)])
            return (KeyHash(clusterId, base), sameDocument ? KeyHash(doc, base).adding("doc") : nil)
        }
        let first = fact.indicator.map { head.adding($0) } ?? head.addingLowercased(fact.subject, after: "~")
        // Tried in this order: the subject key, the cross key, the document key (no array per fact).
        let cross = fact.indicator == nil ? head.adding("cross") : nil
        if let index = firstCompatible(under: first, fact, mode: .subject, doc: doc)
            ?? cross.flatMap({ firstCompatible(under: $0, fact, mode: .cross, doc: doc) })
            ?? document.flatMap({ firstCompatible(under: $0, fact, mode: .document, doc: doc) }) {
            merge(fact, into: index)
            return
        }
        facts.append(fact)
        file(first)
        if let cross { file(cross) }
        if let document {
            file(document)
            documentKeys.append(document, to: doc)
        }
    }

    /// Files the newest fact under `key`.
    private mutating func file(_ key: KeyHash) {
        // One look-up: the entry filed before is read and replaced in place.
        let previous = newestEntry.replace(key.a, key.b, with: Int32(entries.count))
        entries.append((fact: Int32(facts.count - 1), previous: previous))
    }

    /// Lets go of the keys filed under `document`'s own id: call it once a document is merged.
    /// The facts stay; only later look-ups, which could not find them, change.
    mutating func close(document: String) {
        documentKeys.remove(document) { newestEntry.remove($0.a, $0.b) }
    }

    /// The merged facts; the merger is left empty, so that the facts are not copied when
    /// changed and the index is let go.
    mutating func finish() -> [Fact] {
        defer { self = Merger(cluster: cluster) }
        return facts
    }

    /// The merged facts, the merger emptied for the next cluster but keeping the room of its
    /// index (`MergePlan`: one merger per thread merges cluster after cluster).
    mutating func takeFacts() -> [Fact] {
        let merged = facts
        facts = []
        newestEntry.removeAll()
        entries.removeAll(keepingCapacity: true)
        documentKeys.removeAll()
        mentionsSeen.removeAll()
        documentsOf.removeAll()
        lastDocument = nil
        return merged
    }

    /// Adds items in the order given (`FactBuilder.documentOrder`).
    mutating func add(_ items: consuming [FactBuilder.Item]) {
        for item in items { add(item.fact) }
    }

    /// Room for `count` more facts (a cluster's items): grown from empty, the array was copied
    /// a few times per cluster.
    mutating func reserveCapacity(_ count: Int) { facts.reserveCapacity(facts.count + count) }

    /// Adds a document's packed items (packed in `FactBuilder.documentOrder`), each fact made
    /// from the bytes and handed over.
    mutating func add(_ items: PackedItems) {
        items.forEachFact { add($0) }
    }

    /// Of the latest `candidates` facts filed under `key`, the oldest compatible with `fact`
    /// (read on the stack: an array per look-up was a tenth of the merge).
    private func firstCompatible(under key: KeyHash, _ fact: Fact, mode: Mode, doc: String) -> Int? {
        guard var entry = newestEntry.value(key.a, key.b) else { return nil }
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: candidates) { found in
            var count = 0
            while entry >= 0, count < candidates {
                found[count] = entries[Int(entry)].fact
                count += 1
                entry = entries[Int(entry)].previous
            }
            for k in stride(from: count - 1, through: 0, by: -1) where compatible(Int(found[k]), fact, mode: mode, doc: doc) {
                return Int(found[k])
            }
            return nil
        }
    }

    /// Two independent FNV-1a hashes of a key's UTF-8: a collision would need both to agree.
    fileprivate struct KeyHash: Equatable {
        var a = ByteHash.seed
        var b: UInt64 = 0x6c62_272e_07bb_0142

        /// The hash of `"\(prefix)|\(base)|"`: `adding(suffix)` completes a key.
        init(_ prefix: String, _ base: UnsafeBufferPointer<UInt8>) {
            add(prefix); add(UInt8(ascii: "|"))
            add(base)
            add(UInt8(ascii: "|"))
        }

        static func == (x: KeyHash, y: KeyHash) -> Bool { x.a == y.a && x.b == y.b }

        /// The hash of this key's bytes followed by `marker`'s and `text.lowercased()`'s: ASCII
        /// text lowered byte by byte, without making the lowered string.
        func addingLowercased(_ text: String, after marker: String) -> KeyHash {
            var key = self
            key.add(marker)
            var text = text
            let ascii = text.withUTF8 { bytes -> Bool in
                guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
                for byte in bytes { key.add(byte &+ (byte &- UInt8(ascii: "A") < 26 ? 32 : 0)) }
                return true
            }
            if !ascii { key.add(text.lowercased()) }
            return key
        }

        /// The hash of this key's bytes followed by `suffix`'s.
        func adding(_ suffix: String) -> KeyHash {
            var key = self
            key.add(suffix)
            return key
        }

        /// A string's UTF-8 read in place when it is contiguous, as it is for native strings.
        private mutating func add(_ s: String) {
            if s.utf8.withContiguousStorageIfAvailable({ add($0) }) == nil { for byte in s.utf8 { add(byte) } }
        }

        private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            for byte in bytes { add(byte) }
        }

        @inline(__always)
        private mutating func add(_ byte: UInt8) {
            a = ByteHash.add(a, byte)
            b = (b &* 0x100_0000_01b3) ^ UInt64(byte) &+ 0x9e37_79b9
        }
    }

    /// Which key found the candidate: the same indicator or subject, the same values across a
    /// translation, or the same values in one document.
    private enum Mode { case subject, cross, document }

    private func compatible(_ index: Int, _ b: Fact, mode: Mode, doc: String) -> Bool {
        if mode == .document {
            if let x = facts[index].indicator, let y = b.indicator, x != y { return false }
            if let p = facts[index].period, let q = b.period, p != q, !Self.sameYear(p, q) { return false }
            return true
        }
        if let p = facts[index].period, let q = b.period, p != q { return false }
        if mode == .cross, mentionsDocument(index, doc) { return false }
        return true
    }

    /// A bare year and a span or date inside it ("2024" in a title, "2024-01/2024-11" in the body).
    static func sameYear(_ p: String, _ q: String) -> Bool {
        let (short, long) = p.count <= q.count ? (p, q) : (q, p)
        return short.count == 4 && long.hasPrefix(short) && (long.count == 4 || !long.contains("/") || long.dropFirst(8).hasPrefix(short))
    }

    private mutating func merge(_ fact: Fact, into index: Int) {
        if facts[index].period == nil { facts[index].period = fact.period }
        else if let p = facts[index].period, let q = fact.period, q.count > p.count, Self.sameYear(p, q) { facts[index].period = q }
        if facts[index].subject.isEmpty { facts[index].subject = fact.subject }
        if facts[index].indicator == nil { facts[index].indicator = fact.indicator }
        if facts[index].qualifier == .exact, fact.qualifier == .about { facts[index].qualifier = .about }
        if mentionsSeen[index] == nil, facts[index].mentions.count + fact.mentions.count > setThreshold {
            mentionsSeen[index] = Set(facts[index].mentions)
            documentsOf[index] = Set(facts[index].mentions.map(\.document))
        }
        guard mentionsSeen[index] != nil else {
            for m in fact.mentions where !facts[index].mentions.contains(m) { facts[index].mentions.append(m) }
            return
        }
        for m in fact.mentions where mentionsSeen[index]!.insert(m).inserted { facts[index].mentions.append(m) }
        documentsOf[index]!.formUnion(fact.mentions.map(\.document))
    }

    /// One of the fact's mentions is in `doc`.
    private func mentionsDocument(_ index: Int, _ doc: String) -> Bool {
        if let documents = documentsOf[index] { return documents.contains(doc) }
        return facts[index].mentions.contains { $0.document == doc }
    }

    /// Kind, numbers, unit, per and change: what must agree for two mentions to be one figure,
    /// as the UTF-8 of `kind|value|low|high|unit|per|change[|period]` with numbers written as
    /// `String(Double)` writes them.
    static func valueKey(_ f: Fact) -> [UInt8] {
        var key: [UInt8] = []
        valueKey(f, into: &key)
        return key
    }

    /// `valueKey(f)` written into `key` (emptied first), whose room is kept across facts.
    static func valueKey(_ f: Fact, into key: inout [UInt8]) {
        key.removeAll(keepingCapacity: true)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: valueKeyRoom(f)) { out in
            key.append(contentsOf: UnsafeBufferPointer(rebasing: out[..<writeValueKey(f, to: out.baseAddress!)]))
        }
    }

    /// The most `writeValueKey(f, to:)` writes: the kind, the change and the bars take at most 18
    /// bytes, a number at most 25 (`String(Double)`), besides unit, per and period.
    static func valueKeyRoom(_ f: Fact) -> Int {
        128 + (f.unit?.utf8.count ?? 0) + (f.per?.utf8.count ?? 0) + (f.period?.utf8.count ?? 0)
    }

    /// `valueKey(f)` written from `out`, which has `valueKeyRoom(f)` bytes; the bytes written.
    /// Through a pointer: appended to an array byte by byte, the key cost a thousand
    /// instructions a fact.
    static func writeValueKey(_ f: Fact, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var key = KeyWriter(out: out)
        key.literal(kindName(f.kind)); key.bar()
        key.number(f.value); key.bar(); key.number(f.low); key.bar(); key.number(f.high); key.bar()
        key.optional(f.unit); key.bar(); key.optional(f.per); key.bar()
        switch f.change {
        case .up?: key.literal("up")
        case .down?: key.literal("down")
        case nil: key.byte(UInt8(ascii: "-"))
        }
        if f.kind == .date || f.kind == .year { key.bar(); key.text(f.period ?? "") }
        return key.count
    }

    /// Writes a value key's parts through a pointer (a struct, not nested functions sharing a
    /// captured count).
    private struct KeyWriter {
        let out: UnsafeMutablePointer<UInt8>
        var count = 0

        @inline(__always) mutating func byte(_ b: UInt8) { out[count] = b; count += 1 }
        mutating func bar() { byte(UInt8(ascii: "|")) }

        mutating func text(_ s: String) {
            var s = s
            s.withUTF8 { for b in $0 { byte(b) } }
        }

        /// The kind, change and the "-" of a missing field from static bytes: no `String` each.
        mutating func literal(_ s: StaticString) { for k in 0..<s.utf8CodeUnitCount { byte(s.utf8Start[k]) } }
        mutating func optional(_ s: String?) { if let s { text(s) } else { byte(UInt8(ascii: "-")) } }

        mutating func number(_ v: Double?) {
            guard let v else { return byte(UInt8(ascii: "-")) }
            // Whole numbers below 10^15 print as "<digits>.0": written here without
            // `String(Double)`, whose shortest-digits search was most of the merge's cost.
            guard v == v.rounded(.towardZero), abs(v) < 1e15, !(v == 0 && v.sign == .minus) else { return text(String(v)) }
            // The digits of `Int64(v)` as `String` writes them, without making one, from the last.
            let whole = Int64(v)
            if whole < 0 { byte(UInt8(ascii: "-")) }
            var digits = 1, rest = whole.magnitude
            while rest >= 10 { rest /= 10; digits += 1 }
            var magnitude = whole.magnitude, k = count + digits - 1
            repeat {
                out[k] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                k -= 1
            } while magnitude > 0
            count += digits
            byte(UInt8(ascii: ".")); byte(UInt8(ascii: "0"))
        }
    }
}

/// `kind.rawValue` as static bytes.
private func kindName(_ kind: FactKind) -> StaticString {
    switch kind {
    case .percent: "percent"
    case .range: "range"
    case .count: "count"
    case .money: "money"
    case .rank: "rank"
    case .duration: "duration"
    case .date: "date"
    case .year: "year"
    }
}

/// Merge keys filed by owner (a document id), so that an owner's keys can be let
/// go together. Facts come owner by owner: the current owner's keys wait in one reused array,
/// and only an owner that is left before it is closed gets its own entry.
private struct KeyLists {
    private var lists: [String: [Merger.KeyHash]] = [:]
    private var recent: String? = nil
    private var recentKeys: [Merger.KeyHash] = []

    mutating func append(_ key: Merger.KeyHash, to owner: String) {
        if recent != owner {
            if let recent, !recentKeys.isEmpty { lists[recent, default: []].append(contentsOf: recentKeys) }
            recentKeys.removeAll(keepingCapacity: true)
            recent = owner
        }
        recentKeys.append(key)
    }

    /// Calls `body` with every key filed under `owner`, and forgets them.
    mutating func remove(_ owner: String, _ body: (Merger.KeyHash) -> Void) {
        if recent == owner {
            for key in recentKeys { body(key) }
            recentKeys.removeAll(keepingCapacity: true)
        }
        if !lists.isEmpty, let keys = lists.removeValue(forKey: owner) { for key in keys { body(key) } }
    }

    mutating func removeAll() {
        lists = [:]
        recent = nil
        recentKeys.removeAll(keepingCapacity: true)
    }
}
