/// Reading the bundled tab-separated tables (`topics.tsv`, `indicators.tsv`) on their UTF-8
/// bytes: cutting and trimming by `Character`, Foundation's `components`, `trimmingCharacters`
/// and `lowercased` cost more than the rest of setting up the analysis.
///
/// Every cut is exact for any text. Lower-casing and splitting on bytes is exact for "plain"
/// text, ASCII and basic Cyrillic (U+0400–U+045F), where every scalar is a character of its own
/// (a carriage return before a line feed aside) with a one-scalar lower case; callers keep the
/// `String` path for any other text.
enum TableText {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// `range` cut at every `separator` (ASCII), empty pieces kept. A line feed after a carriage
    /// return does not cut: "\r\n" is one character, which `split` on characters never cut either.
    static func pieces(_ b: Bytes, _ range: Range<Int>, at separator: UInt8) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        for i in range where b[i] == separator && !(separator == 0x0A && i > range.lowerBound && b[i - 1] == 0x0D) {
            result.append(start..<i)
            start = i + 1
        }
        result.append(start..<range.upperBound)
        return result
    }

    /// `range` without leading and trailing tabs and space separators (`CharacterSet.whitespaces`).
    static func trimmed(_ b: Bytes, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end {
            let (v, length) = ByteScalars.decode(b, at: start)
            guard isBlank(v) else { break }
            start += length
        }
        while end > start {
            var first = end - 1
            while first > start, b[first] & 0xC0 == 0x80 { first -= 1 }
            guard isBlank(ByteScalars.decode(b, at: first).0) else { break }
            end = first
        }
        return start..<end
    }

    private static func isBlank(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || v == 0x09 }
        guard let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.generalCategory == .spaceSeparator
    }

    /// The text starts with the character "#" (not "#" with a combining mark).
    static func startsWithHash(_ b: Bytes, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, b[range.lowerBound] == UInt8(ascii: "#") else { return false }
        guard range.count > 1, b[range.lowerBound + 1] >= 0x80 else { return true }
        return string(b, range).hasPrefix("#")
    }

    static func string(_ b: Bytes, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)
    }

    /// The bytes are ASCII or basic Cyrillic letters (U+0400–U+045F).
    static func isPlain(_ b: Bytes, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            guard i + 1 < range.upperBound else { return false }
            let d = b[i + 1]
            guard (c == 0xD0 && d >= 0x80 && d <= 0xBF) || (c == 0xD1 && d >= 0x80 && d <= 0x9F) else { return false }
            i += 2
        }
        return true
    }

    /// `split(separator: " ")` of a lexicon literal, cut on bytes when it is plain.
    static func words(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { b in
            guard isPlain(b, 0..<b.count) else { return text.split(separator: " ").map(String.init) }
            return pieces(b, 0..<b.count, at: 0x20).filter { !$0.isEmpty }.map { string(b, $0) }
        }
    }

    /// `lowercased()` of plain bytes (`isPlain`), appended to `out`.
    static func appendLowercased(_ b: Bytes, _ range: Range<Int>, to out: inout [UInt8]) {
        var i = range.lowerBound
        while i < range.upperBound {
            let c = b[i]
            if c < 0x80 {
                out.append(c >= 0x41 && c <= 0x5A ? c + 0x20 : c)
                i += 1
                continue
            }
            var v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
            if v < 0x410 { v += 0x50 } else if v < 0x430 { v += 0x20 }
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
            i += 2
        }
    }
}
