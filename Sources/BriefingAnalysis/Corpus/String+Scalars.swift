extension String {
    /// A string of `scalars`, encoded straight into the string's UTF-8 storage.
    /// `String.UnicodeScalarView.append(contentsOf:)` grows and re-checks the string scalar by
    /// scalar and was about a fifth of the analysis (callgrind on a generated corpus).
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        // The exact length first: the string keeps the capacity it is made with, and sentences
        // live on in every mention (4 bytes per scalar cost 70 MB more on the 100 MB corpus).
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for scalar in scalars {
                let v = scalar.value
                switch v {
                case 0..<0x80:
                    buffer[n] = UInt8(v); n += 1
                case 0x80..<0x800:
                    buffer[n] = UInt8(0xC0 | (v >> 6)); buffer[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                case 0x800..<0x10000:
                    buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                default:
                    buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }
}

extension String {
    /// `Array(unicodeScalars)` in one pass over the UTF-8 bytes: the array initialiser counts
    /// the scalars first and then decodes them again. Reserves one scalar per byte.
    var scalarArray: [Unicode.Scalar] { scalarArray(limit: Int.max) }

    /// `Array(unicodeScalars.prefix(limit))` in one pass.
    func scalarArray(limit: Int) -> [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: Swift.min(bytes.count, limit)) { buffer, count in
                var i = 0, n = 0
                let end = bytes.count
                while i < end, n < limit {
                    let b0 = UInt32(bytes[i])
                    var value: UInt32
                    if b0 < 0x80 {
                        value = b0; i += 1
                    } else if b0 < 0xE0 {
                        value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                    } else if b0 < 0xF0 {
                        value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                    } else {
                        value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    // A String holds valid UTF-8, so every value is a scalar.
                    buffer[n] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    n += 1
                }
                count = n
            }
        }
    }

    /// `hasPrefix` compared on UTF-8 bytes. For NFC text (what `TextNormalizer` makes and what
    /// the lexicons hold) the answer is the same, without Swift's canonical-equivalence path:
    /// `hasPrefix` on Cyrillic words was 17 % of the analysis (the title and plan tests of
    /// `EventLexicon` run on every word of a sentence with an event).
    func hasBytePrefix(_ prefix: String) -> Bool {
        let n = prefix.utf8.count
        guard utf8.count >= n else { return false }
        return String.bytesEqual(self, prefix, count: n)
    }
}

extension String {
    /// `scalarArray` for a whole document: runs of ASCII bytes copied in a tight loop and the
    /// scalars of valid UTF-8 (what a `String` holds) taken without the failable initialiser.
    var documentScalars: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                guard let output = buffer.baseAddress else { count = 0; return }
                count = Self.decodeScalars(bytes, into: output)
            }
        }
    }

    /// Decodes the string's scalars into `output` (room for one scalar per UTF-8 byte) as
    /// `documentScalars` does; returns their number.
    func decodeScalars(into output: UnsafeMutablePointer<Unicode.Scalar>) -> Int {
        var text = self
        return text.withUTF8 { Self.decodeScalars($0, into: output) }
    }

    /// The scalars of valid UTF-8 `bytes` (a line of a string read in place), written to
    /// `output` (room for one scalar per byte) as `documentScalars` decodes them; returns their number.
    static func decodeScalars(utf8 bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<Unicode.Scalar>) -> Int {
        decodeScalars(bytes, into: output)
    }

    /// The scalars of valid UTF-8 `bytes`, written to `output`.
    private static func decodeScalars(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<Unicode.Scalar>) -> Int {
        guard let input = bytes.baseAddress else { return 0 }
        let end = bytes.count
        var i = 0, n = 0
        while i < end {
            // Eight ASCII bytes at a time, widened to scalars in one vector step.
            while end &- i >= 8 {
                let word = UnsafeRawPointer(input + i).loadUnaligned(as: UInt64.self)
                guard word & 0x8080_8080_8080_8080 == 0 else { break }
                let chunk = unsafeBitCast(word, to: SIMD8<UInt8>.self)
                UnsafeMutableRawPointer(output + n).storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: chunk), as: SIMD8<UInt32>.self)
                i &+= 8; n &+= 8
            }
            guard i < end else { break }
            let b0 = UInt32(input[i])
            if b0 < 0x80 {
                output[n] = Unicode.Scalar(UInt8(truncatingIfNeeded: b0)); i &+= 1; n &+= 1
                continue
            }
            let value: UInt32
            if b0 < 0xE0 {
                // Two two-byte sequences (Cyrillic letters) at a time: lead, continuation, lead,
                // continuation in one 32-bit load (little-endian, first byte lowest).
                var pairs = false
                while end &- i >= 4 {
                    let w = UnsafeRawPointer(input + i).loadUnaligned(as: UInt32.self)
                    guard w & 0xC0E0_C0E0 == 0x80C0_80C0 else { break }
                    output[n] = unsafeBitCast((w & 0x1F) << 6 | (w >> 8) & 0x3F, to: Unicode.Scalar.self)
                    output[n &+ 1] = unsafeBitCast((w >> 16 & 0x1F) << 6 | (w >> 24) & 0x3F, to: Unicode.Scalar.self)
                    i &+= 4; n &+= 2
                    pairs = true
                }
                if pairs { continue }
                value = (b0 & 0x1F) << 6 | UInt32(input[i + 1] & 0x3F); i &+= 2
            } else if b0 < 0xF0 {
                value = (b0 & 0x0F) << 12 | UInt32(input[i + 1] & 0x3F) << 6 | UInt32(input[i + 2] & 0x3F); i &+= 3
            } else {
                value = (b0 & 0x07) << 18 | UInt32(input[i + 1] & 0x3F) << 12 | UInt32(input[i + 2] & 0x3F) << 6
                    | UInt32(input[i + 3] & 0x3F)
                i &+= 4
            }
            // Valid UTF-8 decodes to a scalar value (never a surrogate, never past 0x10FFFF).
            output[n] = unsafeBitCast(value, to: Unicode.Scalar.self)
            n &+= 1
        }
        return n
    }
}
