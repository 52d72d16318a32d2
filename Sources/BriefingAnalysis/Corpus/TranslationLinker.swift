import Foundation

/// Links documents that are the same article in two languages, by signals that survive
/// translation: numbers, Latin words kept in Russian text (BELEXPO), and proper names
/// compared after transliteration; rare shared signals weigh more than common ones.
enum TranslationLinker {
    /// Cosine similarity of signal sets above which two documents are translations.
    static let threshold = 0.35

    static func link(_ documents: inout [Document]) {
        let scores = similarity(documents)
        var best: [Int: (other: Int, score: Double)] = [:]
        for a in documents.indices {
            for b in documents.indices where scores[a][b] >= threshold && scores[a][b] > (best[a]?.score ?? 0) {
                best[a] = (b, scores[a][b])
            }
        }
        for a in documents.indices {
            guard let (b, _) = best[a], best[b]?.other == a else { continue }
            documents[a].translationOf = documents[b].id
            if documents[a].date == nil { documents[a].date = documents[b].date }
        }
    }

    /// Pairwise similarity of documents in different languages (0 for the same language).
    /// Signals become sorted integer ids so each pair costs one merge of two short arrays.
    static func similarity(_ documents: [Document]) -> [[Double]] {
        let signals = documents.map(Self.signals)
        var ids: [String: Int] = [:]
        var frequency: [Int] = []
        let sets: [[Int]] = signals.map { set in
            set.map { signal -> Int in
                if let id = ids[signal] { frequency[id] += 1; return id }
                ids[signal] = frequency.count; frequency.append(1); return frequency.count - 1
            }.sorted()
        }
        let count = Double(documents.count)
        let weight = frequency.map { log(1 + count / Double($0)) }
        let norms = sets.map { $0.reduce(0) { $0 + weight[$1] } }
        let lengths = documents.map { Double($0.text.utf8.count) }
        var scores = [[Double]](repeating: [Double](repeating: 0, count: documents.count), count: documents.count)
        for a in documents.indices {
            for b in documents.indices where documents[a].language != documents[b].language && norms[a] > 0 && norms[b] > 0 {
                // A translation is about as long as its original (UTF-8 bytes, Cyrillic counted double).
                guard min(lengths[a], lengths[b]) > 0, max(lengths[a], lengths[b]) / min(lengths[a], lengths[b]) <= 3 else { continue }
                var i = 0, j = 0, shared = 0.0
                let x = sets[a], y = sets[b]
                while i < x.count, j < y.count {
                    if x[i] == y[j] { shared += weight[x[i]]; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
                }
                scores[a][b] = shared / (norms[a] * norms[b]).squareRoot()
            }
        }
        return scores
    }

    /// Numbers, and capitalised words inside sentences as consonant skeletons after
    /// transliteration ("Дрозденко", "Drozdenko" → "drzdn"; "Москву", "Moscow" → "mskv").
    /// Sentence-initial words are left out: their capital says nothing.
    static func signals(_ document: Document) -> Set<String> {
        var result: Set<String> = []
        let tokens = Tokenizer.tokens(Array(document.text.unicodeScalars.prefix(200_000)), limit: 40_000)
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

    /// Consonants of a Latin word with spelling variants folded (x → ks, w → v, c → k).
    static func skeleton(_ word: String) -> String {
        var out = ""
        for c in word.replacingOccurrences(of: "x", with: "ks").replacingOccurrences(of: "kh", with: "h") {
            switch c {
            case "a", "e", "i", "o", "u", "y", "'": continue
            case "w": out.append("v")
            case "c", "q": out.append("k")
            default: out.append(c)
            }
        }
        return out
    }

    static func transliterate(_ word: String) -> String {
        var out = ""
        for c in word {
            out += table[c] ?? String(c)
        }
        return out
    }

    private static let table: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
        "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        "і": "i", "ў": "u",
    ]
}
