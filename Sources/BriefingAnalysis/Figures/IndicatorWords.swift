/// The words of a subject or context as `IndicatorCatalogue` matches them: the lowercased
/// letter runs of the text, ё folded to е.
///
/// Texts of Latin and Cyrillic letters and common punctuation (nearly all of them) are cut
/// into UTF-8 byte runs in one pass, and stems are matched as byte prefixes; for those texts
/// that is exactly `IndicatorCatalogue.words` and `hasPrefix` (every scalar is its own
/// character, NFC, with a one-scalar lower case). Any other text keeps the string path.
///
/// The bytes live in storage the caller lends (`room(for:)` bytes, on the stack of the look-up):
/// an array per subject and context was a third of the catalogue's cost.
struct IndicatorWords {
    /// The bytes of all words, each followed by a space (no word holds one).
    private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// Set instead when the text holds a scalar outside the plain set.
    private var strings: [String]?
    /// `startBit` of every word of two or more bytes: a stem of two or more bytes whose bit is
    /// not set starts no word, without reading the words (most stems of most rows).
    private var starts: UInt64 = 0

    /// The bytes `init(_:storage:)` may write for `text`.
    static func room(for text: String) -> Int { text.utf8.count + 1 }

    /// `storage` holds at least `room(for: text)` bytes and outlives the words.
    init(_ text: String, storage: UnsafeMutableBufferPointer<UInt8>) {
        var text = text
        let written = text.withUTF8 { Self.split($0, into: storage) }
        if let written {
            bytes = UnsafeBufferPointer(rebasing: storage[..<written])
            var start = 0
            while start < written {
                var end = start
                while storage[end] != 0x20 { end += 1 }
                if end - start >= 2 { starts |= Self.startBit(storage[start], storage[start + 1]) }
                start = end + 1
            }
        } else {
            strings = IndicatorCatalogue.words(text)
        }
    }

    var isEmpty: Bool { strings?.isEmpty ?? bytes.isEmpty }

    /// One of 64 bits for a word's or stem's first two bytes.
    static func startBit(_ first: UInt8, _ second: UInt8) -> UInt64 {
        1 << (((UInt32(first) << 8 | UInt32(second)) &* 0x9E37_79B1) >> 26)
    }

    /// Every group matches a word; a banned group matches none.
    func matches(_ groups: [IndicatorCatalogue.StemGroup]) -> Bool {
        for group in groups {
            let found: Bool
            if let strings {
                found = strings.contains { w in group.stems.contains { w.hasPrefix($0) } }
            } else if !group.hasShortStem, group.startBits & starts == 0 {
                found = false
            } else {
                found = hasWord(startingWithAnyOf: group)
            }
            if found == group.banned { return false }
        }
        return true
    }

    private func hasWord(startingWithAnyOf group: IndicatorCatalogue.StemGroup) -> Bool {
        let b = bytes
        for (k, stem) in group.bytes.enumerated() {
            // A stem of two or more bytes is only read when a word starts with its first two.
            if stem.count >= 2, group.bits[k] & starts == 0 { continue }
            let found = stem.withUnsafeBufferPointer { stem in
                var start = 0
                while start < b.count {
                    var end = start
                    while b[end] != 0x20 { end += 1 }
                    if stem.count <= end - start {
                        var i = 0
                        while i < stem.count, b[start + i] == stem[i] { i += 1 }
                        if i == stem.count { return true }
                    }
                    start = end + 1
                }
                return false
            }
            if found { return true }
        }
        return false
    }

    /// Cuts `text` into lowercased letter runs written to `out` (at least `text.count + 1`
    /// bytes: a lowered plain letter is as long as the letter, a word's space takes the place
    /// of the mark that ended it); the bytes written, or nil when a scalar is outside the plain set.
    private static func split(_ text: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let n = text.count
        var plain = true
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
        return plain ? o : nil
    }
}
