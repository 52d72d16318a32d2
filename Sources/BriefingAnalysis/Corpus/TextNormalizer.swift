import Foundation

/// Normalises decoded text in one pass so that every later quote is an exact substring of
/// `Document.text`: NFC, one kind of space, one kind of each dash and quote, no invisible
/// controls.
enum TextNormalizer {
    static func normalize(_ text: String) -> String {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.unicodeScalars.count)
        var needsNFC = false
        var pendingCR = false
        for s in text.unicodeScalars {
            if pendingCR { pendingCR = false; if s == "\n" { continue } }
            switch s.value {
            case 0x0D: pendingCR = true; newline(&out)
            case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: newline(&out)
            case 0x09, 0x20, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                // Collapse runs and drop leading spaces of a line: scraped pages pad freely.
                if let last = out.last, last != " ", last != "\n" { out.append(" ") }
            case 0x00...0x1F, 0x7F, 0x80...0x9F, 0xAD, 0x200B, 0x2060, 0xFEFF:
                continue // controls, soft hyphens and zero-width marks carry no text
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C:
                continue // bidi controls: dropped so that nothing downstream interprets them
            case 0x200D, 0xFE00...0xFE0F, 0x1F000...0x1FAFF, 0xE000...0xF8FF, 0xE0000...0xE007F:
                continue // emoji, their joiners and selectors, private-use icons: page decoration, not text
            case 0x2010, 0x2011, 0x2212, 0xFE63, 0xFF0D: out.append("-")
            case 0x2012, 0x2013: out.append("–")
            case 0x2014, 0x2015: out.append("—")
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x301D, 0x301E, 0xFF02: out.append("\"")
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: out.append("'")
            default:
                if s.value >= 0x300 && s.value <= 0x36F { needsNFC = true }
                out.append(s)
            }
        }
        while let last = out.last, last == " " || last == "\n" { out.removeLast() }
        let result = String(scalars: out)
        return needsNFC ? result.precomposedStringWithCanonicalMapping : result
    }

    private static func newline(_ out: inout [Unicode.Scalar]) {
        if out.last == " " { out.removeLast() }
        out.append("\n")
    }
}
