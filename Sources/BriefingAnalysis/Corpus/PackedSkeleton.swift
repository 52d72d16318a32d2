/// The first five characters of a consonant skeleton by `SkeletonBuilder`'s rules, for a word
/// whose every character is one ASCII byte: packed into one integer, first byte lowest. No
/// buffer and no call per byte (the builder's call per byte was the largest part of the
/// linker's cost); characters past the fifth are counted, not kept.
struct PackedSkeleton {
    /// The characters' bytes (the first five are the signal).
    private(set) var bytes: UInt64 = 0
    /// Characters written so far.
    private(set) var characters = 0
    private var pendingK = false

    /// A character that is one ASCII scalar (`SkeletonBuilder.add(_:)`). Called only while
    /// fewer than five characters are written, so at most seven are (a waiting "k", then "x"
    /// as "ks"): every byte written fits the integer.
    @inline(__always)
    mutating func add(_ c: UInt8) {
        var waiting = pendingK
        SkeletonBuilder.spell(c, pendingK: &waiting) { emit($0) }
        pendingK = waiting
    }

    /// Ends the word: a last "k" waiting for an "h".
    @inline(__always)
    mutating func finish() {
        if pendingK { pendingK = false; emit(UInt8(ascii: "k")) }
    }

    @inline(__always)
    private mutating func emit(_ byte: UInt8) {
        bytes |= UInt64(byte) &<< UInt64(characters &* 8)
        characters &+= 1
    }
}
