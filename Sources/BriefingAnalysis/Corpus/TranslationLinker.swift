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
        let tokens = Tokenizer.tokens(document.text.scalarArray(limit: 200_000), limit: 40_000)
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .number: result.insert("#" + token.text)
            case .word:
                guard token.isCapitalized, token.text.count >= 4, index > 0, tokens[index - 1].kind != .punct
                        || [",", "(", ":", ";"].contains(tokens[index - 1].text) else { continue }
                let skeleton = self.skeleton(token.isCyrillic ? transliterate(token.text) : token.text)
                if skeleton.count >= 3 { result.insert(String(skeleton.prefix(5))) }
            case .punct: continue
            }
        }
        return result
    }

    /// Consonants of a Latin word with spelling variants folded (x → ks, kh → h, w → v, c → k).
    /// One pass without `replacingOccurrences`, which cost more than the rest of the linking.
    static func skeleton(_ word: String) -> String {
        var out = ""
        var pendingK = false
        for c in word {
            if pendingK {
                pendingK = false
                if c == "h" { out.append("h"); continue }
                out.append("k")
            }
            switch c {
            case "a", "e", "i", "o", "u", "y", "'": continue
            case "x": out.append("ks")
            case "k": pendingK = true
            case "w": out.append("v")
            case "c", "q": out.append("k")
            default: out.append(c)
            }
        }
        if pendingK { out.append("k") }
        return out
    }

    /// Latin spelling of a lower-case Cyrillic word, scalar by scalar.
    static func transliterate(_ word: String) -> String {
        var out = ""
        for s in word.unicodeScalars {
            switch s.value {
            case 0x430...0x44F: out += alphabet[Int(s.value - 0x430)]
            case 0x456: out += "i"
            case 0x45E: out += "u"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// а…я in order.
    private static let alphabet = ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                                   "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]
}
