import Foundation

/// One storage for equal strings of a corpus. Sentences, titles, subjects and quotes repeat
/// across articles (duplicates, syndicated copies, datelines, boilerplate), and every copy
/// was its own allocation in a large corpus's analysis. Keyed by bytes, as `ByteWord`: a
/// string comes back with exactly its own bytes. Strings of up to 15 UTF-8 bytes are stored
/// inline by `String` and are returned as they are. Topic weights, the same for articles
/// that speak alike, are kept once the same way.
struct StringPool {
    private var strings = Set<ByteWord>()
    private var weights = Set<[AreaWeight]>()

    /// `text`, or the string with the same bytes met first.
    mutating func intern(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        return strings.insert(ByteWord(text)).memberAfterInsert.text
    }

    mutating func intern(_ text: String?) -> String? {
        guard let text else { return nil }
        return intern(text)
    }

    /// `areas`, or the equal array met first.
    mutating func intern(_ areas: [AreaWeight]) -> [AreaWeight] {
        weights.insert(areas).memberAfterInsert
    }
}

/// A `StringPool` the threads of the parallel analysis share, behind a lock (taken once per
/// article).
final class SharedStringPool: @unchecked Sendable {
    private var pool = StringPool()
    private let lock = NSLock()

    func withPool<R>(_ body: (inout StringPool) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&pool)
    }

    /// Lets go of the index; the strings stay with whoever holds them.
    func empty() { withPool { $0 = StringPool() } }
}
