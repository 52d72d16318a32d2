/// A small deterministic random generator (SplitMix64): the same seed gives the same
/// corpus on every machine and Swift version, which `SystemRandomNumberGenerator` does not.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser: a well-spread 64-bit hash of `value`.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A hash of a string under a key, stable across runs (unlike `Hasher`, which is seeded per process).
    static func hash(_ text: Substring, key: UInt64) -> UInt64 {
        var h = mix(key)
        for byte in text.utf8 { h = mix(h ^ UInt64(byte)) }
        return h
    }
}
