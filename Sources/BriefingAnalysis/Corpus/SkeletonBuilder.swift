/// Builds the consonant skeleton of `TranslationLinker.skeleton(_:)` character by character
/// into UTF-8 bytes, counting characters so that the first five can be cut off without a
/// `String`. Letters are x → ks, kh → h, w → v, c/q → k, vowels dropped.
struct SkeletonBuilder {
    /// Bytes written: the first `count` of `storage`, which is reused from word to word
    /// (emptying an array per word cost more than building the skeleton).
    private var storage: [UInt8] = []
    private var count = 0
    /// Characters written so far.
    private(set) var characters = 0
    /// Bytes of the first five characters, once there are five.
    private var fiveBytes = 0
    private var pendingK = false

    init() { storage.reserveCapacity(32) }

    var bytes: ArraySlice<UInt8> { storage[..<count] }

    /// Starts over, keeping the buffer.
    mutating func reset() {
        count = 0; characters = 0; fiveBytes = 0; pendingK = false
    }

    /// A character that is one ASCII scalar.
    @inline(__always)
    mutating func add(_ c: UInt8) {
        if pendingK {
            pendingK = false
            if c == UInt8(ascii: "h") { emit(c); return }
            emit(UInt8(ascii: "k"))
        }
        switch c {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
             UInt8(ascii: "y"), UInt8(ascii: "'"): return
        case UInt8(ascii: "x"): emit(UInt8(ascii: "k")); emit(UInt8(ascii: "s"))
        case UInt8(ascii: "k"): pendingK = true
        case UInt8(ascii: "w"): emit(UInt8(ascii: "v"))
        case UInt8(ascii: "c"), UInt8(ascii: "q"): emit(UInt8(ascii: "k"))
        default: emit(c)
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

    /// The first five characters' bytes (all when fewer).
    var firstFive: ArraySlice<UInt8> { characters >= 5 ? storage[..<fiveBytes] : storage[..<count] }

    @inline(__always)
    private mutating func emit(_ byte: UInt8) {
        put(byte)
        counted()
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        if count < storage.count { storage[count] = byte } else { storage.append(byte) }
        count += 1
    }

    @inline(__always)
    private mutating func counted() {
        characters += 1
        if characters == 5 { fiveBytes = count }
    }
}
