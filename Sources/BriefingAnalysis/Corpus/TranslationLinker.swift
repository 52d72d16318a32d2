import Foundation

/// Links documents that are the same article in two languages, by signals that survive
/// translation: numbers, Latin words kept in Russian text (EXPOFORUM), and proper names
/// compared after transliteration; rare shared signals weigh more than common ones.
enum TranslationLinker {
    /// Cosine similarity of signal sets above which two documents are translations.
    static let threshold = 0.35

    static func link(_ documents: inout [Document]) {
        apply(twins(documents.map(LinkProfile.init)), to: &documents)
    }

    /// Pairwise similarity of documents in different languages (0 for the same language or
    /// lengths too far apart), every pair: for tests and debugging; `twins` compares only
    /// candidate pairs.
    static func similarity(_ documents: [Document]) -> [[Double]] {
        let profiles = documents.map(LinkProfile.init)
        var frequency: [UInt64: Int] = [:]
        for profile in profiles { for signal in profile.signals { frequency[signal, default: 0] += 1 } }
        let weight = { (signal: UInt64) in log(1 + Double(profiles.count) / Double(frequency[signal]!)) }
        let norms = profiles.map { $0.signals.reduce(0) { $0 + weight($1) } }
        return profiles.indices.map { a in
            profiles.indices.map { b in
                guard comparable(profiles[a], profiles[b]), norms[a] > 0, norms[b] > 0 else { return 0 }
                return shared(profiles[a].signals, profiles[b].signals, weight: weight) / (norms[a] * norms[b]).squareRoot()
            }
        }
    }

    /// Numbers, and capitalised words inside sentences as consonant skeletons after
    /// transliteration ("Петров", "Petrov" → "ptrv"; "Москву", "Moscow" → "mskv").
    /// Sentence-initial words are left out: their capital says nothing.
    static func signals(_ document: Document) -> Set<String> {
        var result: Set<String> = []
        forEachSignal(in: document.text) { result.insert(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// Consonants of a Latin word with spelling variants folded (x → ks, kh → h, w → v, c → k).
    /// One pass without `replacingOccurrences`, which cost more than the rest of the linking.
    static func skeleton(_ word: String) -> String {
        var builder = SkeletonBuilder()
        for c in word {
            if c.isASCII, c.unicodeScalars.count == 1, let byte = c.asciiValue { builder.add(byte) } else { builder.add(other: c.utf8) }
        }
        builder.finish()
        return String(decoding: builder.bytes, as: UTF8.self)
    }

    /// Latin spelling of a lower-case Cyrillic word, scalar by scalar (`plainWordSignal`
    /// spells the same on bytes).
    static func transliterate(_ word: String) -> String {
        var out: [Unicode.Scalar] = []
        for s in word.unicodeScalars {
            switch s.value {
            case 0x430...0x44F: out.append(contentsOf: alphabet[Int(s.value - 0x430)])
            case 0x456: out.append("i")
            case 0x45E: out.append("u")
            default: out.append(s)
            }
        }
        return String(scalars: out)
    }

    /// а…я in order.
    static let alphabet: [[Unicode.Scalar]] = [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
    ].map { Array($0.unicodeScalars) }

    /// `alphabet` as ASCII bytes, up to four per letter packed first byte lowest (no letter
    /// is spelt with a zero byte): one integer per letter, not an array to retain.
    static let alphabetPacked: [UInt32] = alphabet.map { letter in
        letter.reversed().reduce(0) { $0 << 8 | $1.value }
    }
}
