import Foundation

/// The token and quantity arrays and the byte buffer `FigureContext`s reuse, sentence after sentence and
/// article after article: allocating (and freeing) them per sentence cost more than filling them.
///
/// Bounded: a buffer grown past its limit by one long sentence is let go, not kept, and the pool
/// keeps a few scratches (one per thread at work). A buffer is reused only once no context refers
/// to it any more (an array is taken out and made unique by its first mutation; the bytes are
/// checked with `isKnownUniquelyReferenced`).
final class FigureScratch: @unchecked Sendable {
    private var tokens: [FigureToken] = []
    private var quantities: [Quantity?] = []
    private var bytes: FigureTokenBytes?

    /// Largest buffers kept for the next sentence (tokens or quantity slots, bytes).
    static let maxTokens = 2048, maxBytes = 1 << 16

    init() {}

    /// Scratches free for the next article (at most `poolLimit`), behind `lock`.
    nonisolated(unsafe) private static var pool: [FigureScratch] = []
    private static let lock = NSLock()
    private static let poolLimit = 16

    /// A scratch no other article uses until it is given back.
    static func borrow() -> FigureScratch {
        lock.lock(); defer { lock.unlock() }
        return pool.popLast() ?? FigureScratch()
    }

    /// Returns a borrowed scratch for the next article.
    static func giveBack(_ scratch: FigureScratch) {
        lock.lock(); defer { lock.unlock() }
        if pool.count < poolLimit { pool.append(scratch) }
    }

    /// An empty token array with the capacity of the last one.
    func takeTokens() -> [FigureToken] {
        var t: [FigureToken] = []
        swap(&t, &tokens)
        t.removeAll(keepingCapacity: true)
        return t
    }

    /// `count` empty quantity slots, in the last array when it holds them (written over with nil:
    /// a fill, not an allocation).
    func takeQuantities(count: Int) -> [Quantity?] {
        var q: [Quantity?] = []
        swap(&q, &quantities)
        guard q.capacity >= count else { return [Quantity?](repeating: nil, count: count) }
        if q.count > count { q.removeLast(q.count - count) }
        q.withUnsafeMutableBufferPointer { $0.update(repeating: nil) }
        if q.count < count { q.append(contentsOf: repeatElement(nil, count: count - q.count)) }
        return q
    }

    /// The kept bytes when no context holds them and they hold `capacity`, emptied; else nil.
    func takeBytes(capacity: Int) -> FigureTokenBytes? {
        guard isKnownUniquelyReferenced(&bytes), let b = bytes, b.capacity >= capacity else { return nil }
        bytes = nil
        b.count = 0; b.textCount = 0; b.textScalars = 0
        return b
    }

    /// Keeps a context's buffers for the next sentence (they become free when it ends).
    func keep(_ c: FigureContext) {
        if c.tokens.capacity <= Self.maxTokens { tokens = c.tokens }
        if c.quantities.capacity <= Self.maxTokens { quantities = c.quantities }
        if c.storage.capacity <= Self.maxBytes { bytes = c.storage }
    }
}
