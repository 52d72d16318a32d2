/// Builds the consonant skeleton of `TranslationLinker.skeleton(_:)` character by character
/// into UTF-8 bytes, counting characters so that the first five can be cut off without a
/// `String`. Letters are x → ks, kh → h, w → v, c/q → k, vowels dropped.
struct SkeletonBuilder {
    /// The first 24 bytes written, packed first byte lowest: a signal (five characters of at
    /// most four bytes) never reaches past them, so most words need no array (an array
    /// append per byte cost more than building the skeleton).
    private var head: (UInt64, UInt64, UInt64) = (0, 0, 0)
    /// Bytes past the first 24 (whole skeletons of long words only).
    private var rest: [UInt8] = []
    private var count = 0
    /// Characters written so far.
    private(set) var characters = 0
    /// Bytes of the first five characters, once there are five.
    private var fiveBytes = 0
    private var pendingK = false

    private static let headCapacity = 24

    init() {}

    /// All bytes written.
    var bytes: [UInt8] {
        var all = withHead(count: min(count, Self.headCapacity)) { Array($0) }
        all += rest
        return all
    }

    /// Starts over, keeping the buffer.
    mutating func reset() {
        head = (0, 0, 0)
        if !rest.isEmpty { rest.removeAll(keepingCapacity: true) }
        count = 0; characters = 0; fiveBytes = 0; pendingK = false
    }

    /// A character that is one ASCII scalar.
    @inline(__always)
    mutating func add(_ c: UInt8) {
        var waiting = pendingK
        Self.spell(c, pendingK: &waiting) { emit($0) }
        pendingK = waiting
    }

    /// a, e, i, o, u, y as bits 0...25 of a letter's place in the alphabet: dropped.
    private static var vowels: UInt32 { 1 << 0 | 1 << 4 | 1 << 8 | 1 << 14 | 1 << 20 | 1 << 24 }
    /// c, k, q, w, x: spelt otherwise.
    private static var folded: UInt32 { 1 << 2 | 1 << 10 | 1 << 16 | 1 << 22 | 1 << 23 }

    /// The rules for one ASCII character (also `PackedSkeleton`'s): `emit` gets each byte
    /// written, `pendingK` a "k" that waits for an "h". Vowels and "'" are dropped.
    @inline(__always)
    static func spell(_ c: UInt8, pendingK: inout Bool, _ emit: (UInt8) -> Void) {
        if pendingK {
            pendingK = false
            guard c != UInt8(ascii: "h") else { emit(c); return }
            emit(UInt8(ascii: "k"))
        }
        let letter = UInt32(truncatingIfNeeded: c &- UInt8(ascii: "a"))
        guard letter < 26 else {
            if c != UInt8(ascii: "'") { emit(c) }
            return
        }
        let bit = UInt32(1) << letter
        if (vowels | folded) & bit == 0 { emit(c); return } // most consonants: one test
        if vowels & bit != 0 { return }
        switch c {
        case UInt8(ascii: "x"): emit(UInt8(ascii: "k")); emit(UInt8(ascii: "s"))
        case UInt8(ascii: "k"): pendingK = true
        case UInt8(ascii: "w"): emit(UInt8(ascii: "v"))
        default: emit(UInt8(ascii: "k")) // c, q
        }
    }

    /// Any other character, kept as it is.
    mutating func add<C: Collection>(other utf8: C) where C.Element == UInt8 {
        if pendingK { pendingK = false; emit(UInt8(ascii: "k")) }
        for byte in utf8 { put(byte) }
        counted()
    }

    /// Ends the word: a last "k" waiting for an "h".
    mutating func finish() {
        if pendingK { pendingK = false; emit(UInt8(ascii: "k")) }
    }

    /// Calls `body` with the first five characters' bytes (all when fewer).
    func withFirstFive<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let n = characters >= 5 ? fiveBytes : count
        // Five one-scalar characters always fit the head; longer ones (a letter with marks) may not.
        guard n <= Self.headCapacity else { return Array(bytes[..<n]).withUnsafeBufferPointer(body) }
        return withHead(count: n, body)
    }

    /// The first `count` bytes of the head (at most 24).
    private func withHead<R>(count: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let words = (head.0.littleEndian, head.1.littleEndian, head.2.littleEndian)
        return withUnsafeBytes(of: words) { raw in
            body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count]))
        }
    }

    @inline(__always)
    private mutating func emit(_ byte: UInt8) {
        put(byte)
        counted()
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        let shift = UInt64(count & 7) << 3
        switch count >> 3 {
        case 0: head.0 |= UInt64(byte) << shift
        case 1: head.1 |= UInt64(byte) << shift
        case 2: head.2 |= UInt64(byte) << shift
        default: rest.append(byte)
        }
        count += 1
    }

    @inline(__always)
    private mutating func counted() {
        characters += 1
        if characters == 5 { fiveBytes = count }
    }
}
