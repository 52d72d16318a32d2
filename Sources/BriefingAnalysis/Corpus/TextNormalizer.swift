import Foundation

/// Normalises decoded text in one pass so that every later quote is an exact substring of
/// `Document.text`: NFC, one kind of space, one kind of each dash and quote, no invisible
/// controls.
///
/// Works on the UTF-8 bytes and writes the result straight into the new string's storage:
/// runs of printable ASCII, single spaces and Cyrillic letters are copied eight bytes at a
/// time, and only other bytes are decoded. Every rule keeps
/// or shortens a scalar's encoding, so the output never outgrows the input.
enum TextNormalizer {
    static func normalize(_ text: String) -> String {
        var text = text
        var needsNFC = false, valid = true
        let result = text.withUTF8 { input in
            makeString(capacity: input.count) { out, ascii in
                normalize(input, into: out, needsNFC: &needsNFC, valid: &valid, ascii: &ascii, stopsAtNUL: false)
            }
        }
        return needsNFC ? result.precomposedStringWithCanonicalMapping : result
    }

    /// `normalize` of raw bytes that should be UTF-8, validated on the way (the bytes are
    /// read once instead of validated into a `String` first); nil when they are not valid
    /// UTF-8 or hold a NUL byte, so that the caller decodes them the long way.
    static func normalize(utf8 input: UnsafeBufferPointer<UInt8>) -> String? {
        var needsNFC = false, valid = true
        let result = makeString(capacity: input.count) { out, ascii in
            normalize(input, into: out, needsNFC: &needsNFC, valid: &valid, ascii: &ascii, stopsAtNUL: true)
        }
        guard valid else { return nil }
        return needsNFC ? result.precomposedStringWithCanonicalMapping : result
    }

    /// A string of the bytes `write` puts into a scratch buffer of `capacity` (returning their
    /// count, and clearing its flag when one is not ASCII). The bytes are valid UTF-8 by
    /// construction (every scalar copied was validated, every other one is written from a
    /// literal), so the string is made without validating them again:
    /// `String(unsafeUninitializedCapacity:)` re-validated every byte, a third of the
    /// normaliser's cost.
    private static func makeString(capacity: Int,
                                   _ write: (UnsafeMutableBufferPointer<UInt8>, inout Bool) -> Int) -> String {
        let out = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, capacity))
        defer { out.deallocate() }
        var ascii = true
        let count = write(out, &ascii)
        let written = UnsafeBufferPointer(rebasing: out[..<count])
        return String(copying: unsafe UTF8Span(unchecked: written.span, isKnownASCII: ascii))
    }

    /// Writes the normalised bytes of `input` to `out` (at least as long) and returns their count.
    /// Clears `valid` and stops (returning 0) at a byte sequence that is not UTF-8, or at a NUL
    /// when `stopsAtNUL` (a file with one is binary; a decoded string's NUL is dropped).
    /// Clears `ascii` when it writes a byte over 0x7F.
    private static func normalize(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
                                  needsNFC: inout Bool, valid: inout Bool, ascii: inout Bool, stopsAtNUL: Bool) -> Int {
        var n = 0 // bytes written
        var i = 0
        var pendingCR = false
        let end = input.count
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let inRaw = UnsafeRawPointer(input.baseAddress), outRaw = UnsafeMutableRawPointer(out.baseAddress)
        // The last byte written stands for the last scalar where it matters: a space or a
        // newline is one byte, and no byte of a longer scalar equals either.
        func newline() {
            if n > 0, out[n - 1] == 0x20 { n -= 1 }
            out[n] = 0x0A; n += 1
        }
        func space() {
            if n > 0, out[n - 1] != 0x20, out[n - 1] != 0x0A { out[n] = 0x20; n += 1 }
        }
        func put(_ byte: UInt8) { out[n] = byte; n += 1 }
        /// Copies eight bytes at a time while every one is printable ASCII, a space or part of a
        /// Cyrillic letter (U+0400...U+04FF, a lead 0xD0...0xD3 and its continuation byte, both
        /// in the word), no two spaces meet, and a first space does not follow a space or a line
        /// break: the scalars no rule touches, written as they are. Its own loop on the raw
        /// pointers (the eight-byte test inside the scalar loop cost ~6 instructions a byte).
        @inline(__always)
        func copyPlainRun(_ inRaw: UnsafeRawPointer, _ outRaw: UnsafeMutableRawPointer) {
            while i + 8 <= end {
                let w = inRaw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let y = w ^ 0x2020_2020_2020_2020
                let spaces = ~(((y & low7) &+ low7) | y) & high // exact: high bit of each space byte
                let upper = w & high != 0
                if !upper {
                    // A byte outside 0x20...0x7E: 0x7F + 1, or a borrow from the lowest byte
                    // under 0x20 (bytes under 0x80 carry nothing into the next one).
                    guard ((w &+ ones) | (w &- 0x2020_2020_2020_2020)) & high == 0 else { return }
                } else {
                    // Per byte, on the low seven bits (no carries between bytes): printable
                    // ASCII, a Cyrillic lead, a continuation byte; every lead followed by a
                    // continuation and every continuation led, inside the word.
                    let x = w & low7
                    let plain = ~w & (x &+ 0x6060_6060_6060_6060) & ~(x &+ ones) & high
                    let z = (w & 0xFCFC_FCFC_FCFC_FCFC) ^ 0xD0D0_D0D0_D0D0_D0D0
                    let lead = ~(((z & low7) &+ low7) | z) & high
                    let continuation = w & ~(w << 1) & high
                    guard plain | lead | continuation == high, lead << 8 == continuation, lead >> 63 == 0 else { return }
                }
                guard spaces & (spaces >> 8) == 0 else { return }
                if spaces & 0x80 != 0 {
                    guard n > 0 else { return }
                    let last = outRaw.load(fromByteOffset: n - 1, as: UInt8.self)
                    guard last != 0x20 && last != 0x0A else { return }
                }
                outRaw.storeBytes(of: w, toByteOffset: n, as: UInt64.self)
                n += 8; i += 8
                pendingCR = false
                if upper { ascii = false }
            }
        }
        while i < end {
            if let inRaw, let outRaw { copyPlainRun(inRaw, outRaw) }
            guard i < end else { break }
            let b0 = input[i]
            if b0 > 0x20 && b0 < 0x7F { // printable ASCII: the common case
                pendingCR = false
                out[n] = b0; n += 1; i += 1
                continue
            }
            if b0 == 0x20 { // a space between words the run above could not take whole
                pendingCR = false
                space(); i += 1
                continue
            }
            if b0 >= 0xD0 && b0 <= 0xD3, i + 1 < end, input[i + 1] & 0xC0 == 0x80 { // U+0400...U+04FF, Cyrillic: no rule touches it
                pendingCR = false
                ascii = false
                out[n] = b0; out[n + 1] = input[i + 1]; n += 2; i += 2
                // The rest of a Cyrillic word here: the eight-byte ASCII test would fail on each letter.
                while i + 1 < end, input[i] >= 0xD0, input[i] <= 0xD3, input[i + 1] & 0xC0 == 0x80 {
                    out[n] = input[i]; out[n + 1] = input[i + 1]; n += 2; i += 2
                }
                continue
            }
            // Decode one scalar, checked as Swift validates UTF-8: no overlong forms, no
            // surrogates, nothing past U+10FFFF, no sequence cut short.
            let value: UInt32, width: Int
            if b0 < 0x80 {
                if b0 == 0 && stopsAtNUL { valid = false; return 0 }
                value = UInt32(b0); width = 1
            } else if b0 < 0xC2 || b0 > 0xF4 {
                valid = false; return 0
            } else {
                width = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
                guard i + width <= end else { valid = false; return 0 }
                let b1 = input[i + 1]
                let (low, top): (UInt8, UInt8) = switch b0 {
                case 0xE0: (0xA0, 0xBF)
                case 0xED: (0x80, 0x9F)
                case 0xF0: (0x90, 0xBF)
                case 0xF4: (0x80, 0x8F)
                default: (0x80, 0xBF)
                }
                guard b1 >= low && b1 <= top else { valid = false; return 0 }
                if width == 2 {
                    value = UInt32(b0 & 0x1F) << 6 | UInt32(b1 & 0x3F)
                } else if width == 3 {
                    let b2 = input[i + 2]
                    guard b2 & 0xC0 == 0x80 else { valid = false; return 0 }
                    value = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
                } else {
                    let b2 = input[i + 2], b3 = input[i + 3]
                    guard b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { valid = false; return 0 }
                    value = UInt32(b0 & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F)
                }
            }
            let start = i
            i += width
            if pendingCR { pendingCR = false; if value == 0x0A { continue } }
            switch value {
            case 0x0D: pendingCR = true; newline()
            case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: newline()
            case 0x09, 0x20, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                // Collapse runs and drop leading spaces of a line: scraped pages pad freely.
                space()
            case 0x00...0x1F, 0x7F, 0x80...0x9F, 0xAD, 0x200B, 0x2060, 0xFEFF:
                continue // controls, soft hyphens and zero-width marks carry no text
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C:
                continue // bidi controls: dropped so that nothing downstream interprets them
            case 0x200D, 0xFE00...0xFE0F, 0x1F000...0x1FAFF, 0xE000...0xF8FF, 0xE0000...0xE007F:
                continue // emoji, their joiners and selectors, private-use icons: page decoration, not text
            case 0x2010, 0x2011, 0x2212, 0xFE63, 0xFF0D: put(UInt8(ascii: "-"))
            case 0x2012, 0x2013: ascii = false; put(0xE2); put(0x80); put(0x93) // –
            case 0x2014, 0x2015: ascii = false; put(0xE2); put(0x80); put(0x94) // —
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x301D, 0x301E, 0xFF02: put(UInt8(ascii: "\""))
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: put(UInt8(ascii: "'"))
            default:
                if value >= 0x300 && value <= 0x36F { needsNFC = true }
                if value >= 0x80 { ascii = false }
                for k in start..<i { put(input[k]) }
            }
        }
        while n > 0, out[n - 1] == 0x20 || out[n - 1] == 0x0A { n -= 1 }
        return n
    }
}
