/// Decoding of one scalar from valid UTF-8 (a `String`'s storage), for the byte scanners.
enum ByteScalars {
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) { decode(b.baseAddress!, at: i) }

    /// The scalar value at byte `i` of valid UTF-8 and its width in bytes.
    @inline(__always)
    static func decode(_ b: UnsafePointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        return ((b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
    }

    /// `decode` as a scalar (U+FFFD for a value that is none, which valid UTF-8 never holds).
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let (value, width) = decode(b.baseAddress!, at: i)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// Bytes of the first `scalars` scalars of valid UTF-8 `bytes` (all of them when it has
    /// fewer): scalars are the bytes that are not continuation bytes (10xxxxxx), counted eight
    /// at a time until the limit is near.
    static func prefixLength(_ bytes: UnsafeBufferPointer<UInt8>, scalars limit: Int) -> Int {
        guard bytes.count > limit, let base = bytes.baseAddress else { return bytes.count } // fewer bytes than scalars allowed
        let raw = UnsafeRawPointer(base)
        var i = 0, count = 0
        while i + 8 <= bytes.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // Lead bytes: high bit clear, or the next bit set.
            let k = highBits(~w | (w << 1))
            guard count + k <= limit else { break }
            count += k; i += 8
        }
        while i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 {
                if count == limit { return i }
                count += 1
            }
            i += 1
        }
        return bytes.count
    }

    /// How many of the eight bytes of `word` have their high bit set, by one multiply
    /// (`nonzeroBitCount` is a loop of shifts without the POPCNT instruction).
    @inline(__always)
    static func highBits(_ word: UInt64) -> Int {
        Int((((word & 0x8080_8080_8080_8080) >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }

    /// Scalars in valid UTF-8: bytes that are not continuation bytes (10xxxxxx), eight at a time.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var continuations = 0, i = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                continuations += highBits(word & ~(word << 1))
                i += 8
            }
        }
        while i < bytes.count { if bytes[i] & 0xC0 == 0x80 { continuations += 1 }; i += 1 }
        return bytes.count - continuations
    }
}
