import Foundation

/// Normalises decoded text in one pass so that every later quote is an exact substring of
/// `Document.text`: NFC, one kind of space, one kind of each dash and quote, no invisible
/// controls.
///
/// Works on the UTF-8 bytes and writes the result straight into the new string's storage:
/// printable ASCII is copied byte by byte, and only other bytes are decoded. Every rule keeps
/// or shortens a scalar's encoding, so the output never outgrows the input.
enum TextNormalizer {
    static func normalize(_ text: String) -> String {
        var text = text
        var needsNFC = false
        let result = text.withUTF8 { input in
            String(unsafeUninitializedCapacity: input.count) { out in
                normalize(input, into: out, needsNFC: &needsNFC)
            }
        }
        return needsNFC ? result.precomposedStringWithCanonicalMapping : result
    }

    /// Writes the normalised bytes of `input` to `out` (at least as long) and returns their count.
    private static func normalize(_ input: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
                                  needsNFC: inout Bool) -> Int {
        var n = 0 // bytes written
        var i = 0
        var pendingCR = false
        let end = input.count
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
        while i < end {
            let b0 = input[i]
            if b0 > 0x20 && b0 < 0x7F { // printable ASCII: the common case
                pendingCR = false
                out[n] = b0; n += 1; i += 1
                continue
            }
            if b0 >= 0xD0 && b0 <= 0xD3 { // U+0400...U+04FF, Cyrillic: no rule touches it
                pendingCR = false
                out[n] = b0; out[n + 1] = input[i + 1]; n += 2; i += 2
                continue
            }
            // Decode one scalar.
            let value: UInt32, width: Int
            if b0 < 0x80 {
                value = UInt32(b0); width = 1
            } else if b0 < 0xE0 {
                value = UInt32(b0 & 0x1F) << 6 | UInt32(input[i + 1] & 0x3F); width = 2
            } else if b0 < 0xF0 {
                value = UInt32(b0 & 0x0F) << 12 | UInt32(input[i + 1] & 0x3F) << 6 | UInt32(input[i + 2] & 0x3F); width = 3
            } else {
                value = UInt32(b0 & 0x07) << 18 | UInt32(input[i + 1] & 0x3F) << 12 | UInt32(input[i + 2] & 0x3F) << 6
                    | UInt32(input[i + 3] & 0x3F)
                width = 4
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
            case 0x2012, 0x2013: put(0xE2); put(0x80); put(0x93) // –
            case 0x2014, 0x2015: put(0xE2); put(0x80); put(0x94) // —
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x301D, 0x301E, 0xFF02: put(UInt8(ascii: "\""))
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: put(UInt8(ascii: "'"))
            default:
                if value >= 0x300 && value <= 0x36F { needsNFC = true }
                for k in start..<i { put(input[k]) }
            }
        }
        while n > 0, out[n - 1] == 0x20 || out[n - 1] == 0x0A { n -= 1 }
        return n
    }
}
