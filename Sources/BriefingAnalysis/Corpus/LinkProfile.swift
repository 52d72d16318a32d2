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
        var hashes: [UInt64] = []
        TranslationLinker.forEachSignal(in: document.text) { hashes.append(Self.hash($0)) }
        hashes.sort()
        var unique = 0
        for k in hashes.indices where unique == 0 || hashes[unique - 1] != hashes[k] { hashes[unique] = hashes[k]; unique += 1 }
        // A copy at its size: kept for every article until the links are made.
        signals = Array(hashes[..<unique])
    }

    /// FNV-1a of a signal's UTF-8 bytes: stable across processes (unlike `Hasher`), so sums
    /// add up in the same order every run.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        bytes.reduce(ByteHash.seed, ByteHash.add)
    }
}
