/// The words of a subject or context as `IndicatorCatalogue` matches them: the lowercased
/// letter runs of the text, ё folded to е.
///
/// Texts of Latin and Cyrillic letters and common punctuation (nearly all of them) are cut
/// into UTF-8 byte runs in one pass, and stems are matched as byte prefixes; for those texts
/// that is exactly `IndicatorCatalogue.words` and `hasPrefix` (every scalar is its own
/// character, NFC, with a one-scalar lower case). Any other text keeps the string path.
struct IndicatorWords {
    /// The bytes of all words, each followed by a space (no word holds one): one array, no
    /// array of ends beside it.
    private var bytes: [UInt8] = []
    /// Set instead when the text holds a scalar outside the plain set.
    private var strings: [String]?

    init(_ text: String) {
        var text = text
        let plain = text.withUTF8 { split($0) }
        if !plain { strings = IndicatorCatalogue.words(text) }
    }

    var isEmpty: Bool { strings?.isEmpty ?? bytes.isEmpty }

    /// Every group matches a word; a banned group matches none.
    func matches(_ groups: [IndicatorCatalogue.StemGroup]) -> Bool {
        groups.allSatisfy { group in
            let found: Bool
            if let strings {
                found = strings.contains { w in group.stems.contains { w.hasPrefix($0) } }
            } else {
                found = bytes.withUnsafeBufferPointer { b in hasWord(b, startingWithAnyOf: group.bytes) }
            }
            return found != group.banned
        }
    }

    private func hasWord(_ b: UnsafeBufferPointer<UInt8>, startingWithAnyOf stems: [[UInt8]]) -> Bool {
        var start = 0
        while start < b.count {
            var end = start
            while b[end] != 0x20 { end += 1 }
            for stem in stems where stem.count <= end - start {
                var i = 0
                while i < stem.count, b[start + i] == stem[i] { i += 1 }
                if i == stem.count { return true }
            }
            start = end + 1
        }
        return false
    }

    /// Cuts `text` into lowercased letter runs; false when a scalar is outside the plain set.
    /// Written through a pointer into an array of the most it can hold (a lowered plain letter
    /// is as long as the letter, a word's space takes the place of the mark that ended it), not
    /// appended byte by byte.
    private mutating func split(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = text.count
        var plain = true
        bytes = [UInt8](unsafeUninitializedCapacity: n + 1) { out, written in
            var o = 0
            var i = 0
            var inWord = false
            while i < n {
                let b = text[i]
                if b < 0x80 {
                    i += 1
                    if b &- 0x41 < 26 { out[o] = b | 0x20; o += 1; inWord = true; continue }
                    if b &- 0x61 < 26 { out[o] = b; o += 1; inWord = true; continue }
                    if inWord { out[o] = 0x20; o += 1; inWord = false }
                    continue
                }
                let (v, length) = ByteScalars.decode(text, at: i)
                i += length
                var lower = v
                switch v {
                case 0x401, 0x451: lower = 0x435
                case 0x400...0x40F: lower = v + 0x50
                case 0x410...0x42F: lower = v + 0x20
                case 0x430...0x45F: break
                case 0x460...0x481, 0x48A...0x4FF:
                    // A lower case outside two bytes (none is known) takes the string path.
                    guard let scalar = Unicode.Scalar(v), let l = scalar.properties.lowercaseMapping.unicodeScalars.first,
                          l.value >= 0x80, l.value < 0x800 else {
                        plain = false; break
                    }
                    lower = l.value
                case 0xA0...0xBF where v != 0xAA && v != 0xB5 && v != 0xBA,
                     0xD7, 0xF7, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF, 0x2116, 0x2122:
                    // Punctuation, spaces and signs: never letters, never joined to a neighbour.
                    if inWord { out[o] = 0x20; o += 1; inWord = false }
                    continue
                default:
                    plain = false
                }
                guard plain else { break }
                inWord = true
                // Every plain letter beyond ASCII lowers to two bytes, as long as it was written.
                out[o] = UInt8(0xC0 | (lower >> 6)); out[o + 1] = UInt8(0x80 | (lower & 0x3F)); o += 2
            }
            if plain, inWord { out[o] = 0x20; o += 1 }
            written = plain ? o : 0
        }
        return plain
    }
}
