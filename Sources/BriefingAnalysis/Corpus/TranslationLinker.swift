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
    static func similarity(_ documents: [Document]) -> [[Double]] {
        let signals = documents.map(Self.signals)
        var frequency: [String: Int] = [:]
        for set in signals { for s in set { frequency[s, default: 0] += 1 } }
        let count = Double(documents.count)
        func weight(_ s: String) -> Double { log(1 + count / Double(frequency[s] ?? 1)) }
        let norms = signals.map { set in set.reduce(0) { $0 + weight($1) } }
        var scores = [[Double]](repeating: [Double](repeating: 0, count: documents.count), count: documents.count)
        for a in documents.indices {
            for b in documents.indices where documents[a].language != documents[b].language && norms[a] > 0 && norms[b] > 0 {
                guard lengthsMatch(documents[a].text, documents[b].text) else { continue }
                let shared = signals[a].intersection(signals[b]).sorted().reduce(0) { $0 + weight($1) }
                scores[a][b] = shared / (norms[a] * norms[b]).squareRoot()
            }
        }
        return scores
    }

    /// Character counts within a factor of two: a translation is about as long as its original.
    private static func lengthsMatch(_ a: String, _ b: String) -> Bool {
        let x = Double(a.unicodeScalars.count), y = Double(b.unicodeScalars.count)
        return min(x, y) > 0 && max(x, y) / min(x, y) <= 2
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
