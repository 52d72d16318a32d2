/// The words of a subject or context as `IndicatorCatalogue` matches them: the lowercased
/// letter runs of the text, ё folded to е.
///
/// Texts of Latin and Cyrillic letters and common punctuation (nearly all of them) are cut
/// into UTF-8 byte runs in one pass, and stems are matched as byte prefixes; for those texts
/// that is exactly `IndicatorCatalogue.words` and `hasPrefix` (every scalar is its own
/// character, NFC, with a one-scalar lower case). Any other text keeps the string path.
struct IndicatorWords {
    /// The bytes of all words; word `k` ends at `ends[k]` and starts where word `k - 1` ends.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// Set instead when the text holds a scalar outside the plain set.
    private var strings: [String]?

    init(_ text: String) {
        var text = text
        let plain = text.withUTF8 { split($0) }
        if !plain { strings = IndicatorCatalogue.words(text) }
    }

    var isEmpty: Bool { strings?.isEmpty ?? ends.isEmpty }

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
        for end in ends {
            for stem in stems where stem.count <= end - start {
                var i = 0
                while i < stem.count, b[start + i] == stem[i] { i += 1 }
                if i == stem.count { return true }
            }
            start = end
        }
        return false
    }

    /// Cuts `text` into lowercased letter runs; false when a scalar is outside the plain set.
    private mutating func split(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.reserveCapacity(text.count)
        var i = 0
        var inWord = false
        while i < text.count {
            let (v, length) = ByteScalars.decode(text, at: i)
            i += length
            var lower = v
            switch v {
            case 0x41...0x5A: lower = v + 0x20
            case 0x61...0x7A: break
            case 0...0x7F:
                if inWord { ends.append(bytes.count); inWord = false }
                continue
            case 0x401, 0x451: lower = 0x435
            case 0x400...0x40F: lower = v + 0x50
            case 0x410...0x42F: lower = v + 0x20
            case 0x430...0x45F: break
            case 0x460...0x481, 0x48A...0x4FF:
                guard let scalar = Unicode.Scalar(v), let l = scalar.properties.lowercaseMapping.unicodeScalars.first else { return false }
                lower = l.value
            case 0xA0...0xBF where v != 0xAA && v != 0xB5 && v != 0xBA,
                 0xD7, 0xF7, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF, 0x2116, 0x2122:
                // Punctuation, spaces and signs: never letters, never joined to a neighbour.
                if inWord { ends.append(bytes.count); inWord = false }
                continue
            default:
                return false
            }
            inWord = true
            if lower < 0x80 {
                bytes.append(UInt8(lower))
            } else {
                bytes.append(UInt8(0xC0 | (lower >> 6))); bytes.append(UInt8(0x80 | (lower & 0x3F)))
            }
        }
        if inWord { ends.append(bytes.count) }
        return true
    }
}
