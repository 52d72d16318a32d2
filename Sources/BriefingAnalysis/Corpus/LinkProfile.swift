/// What the translation linker needs of a document: its language, length and signals as
/// sorted 64-bit hashes. Small enough to keep for every document of a large corpus after
/// its text has been let go.
struct LinkProfile: Hashable, Sendable {
    var language: Language
    /// Length of the cleaned text in UTF-8 bytes (Cyrillic counts double, as before).
    var length: Int
    /// Hashes of `TranslationLinker.signals`, sorted and unique: one merge compares two documents.
    var signals: [UInt64]

    /// What a result keeps once the links are made.
    static let empty = LinkProfile(language: .en, length: 0, signals: [])

    private init(language: Language, length: Int, signals: [UInt64]) {
        self.language = language; self.length = length; self.signals = signals
    }

    init(_ document: Document) {
        language = document.language
        length = document.text.utf8.count
        // Sorted and made unique at the end: cheaper than a `Set` insert per signal.
        var sink = Hashes()
        sink.hashes.reserveCapacity(document.text.utf8.count / 32) // about one signal per 30 bytes of text
        TranslationLinker.scanSignals(in: document.text, into: &sink)
        var hashes = sink.hashes
        sink.hashes = []
        hashes.sort()
        var unique = 0
        for k in hashes.indices where unique == 0 || hashes[unique - 1] != hashes[k] { hashes[unique] = hashes[k]; unique += 1 }
        // An exact copy: the profile is kept for every document until the links are made.
        signals = Array(hashes[..<unique])
    }

    /// FNV-1a of a signal's UTF-8 bytes: stable across processes (unlike `Hasher`), so sums
    /// add up in the same order every run.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        bytes.reduce(ByteHash.seed, ByteHash.add)
    }

    /// Collects the hashes of a document's signals; a packed skeleton is hashed from its
    /// integer (the same bytes, the same hash).
    private struct Hashes: SignalSink {
        var hashes: [UInt64] = []

        mutating func take(_ bytes: UnsafeBufferPointer<UInt8>) { hashes.append(LinkProfile.hash(bytes)) }

        @inline(__always)
        mutating func take(packed: UInt64, count: Int) {
            var hash = ByteHash.seed, rest = packed
            for _ in 0..<count { hash = ByteHash.add(hash, UInt8(truncatingIfNeeded: rest)); rest >>= 8 }
            hashes.append(hash)
        }
    }
}
