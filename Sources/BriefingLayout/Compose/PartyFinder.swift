import BriefingAnalysis

/// Guesses the two parties a corpus is about, for the subtitle: the capitalised names
/// (not at a sentence start) that the most documents mention, most frequent first, kept
/// with a following "Region/Oblast/Republic"-type word when they usually carry one.
enum PartyFinder {
    /// Words that are capitalised in titles and datelines but are not names of parties.
    private static let ignored: Set<String> = [
        "the", "a", "an", "in", "on", "of", "and", "for", "with", "to", "by", "at", "from", "as", "is",
        "governor", "president", "minister", "deputy", "prime", "head", "state", "chairman", "mr", "mrs",
        "news", "posted", "date", "font", "page", "today", "new", "this", "these", "we", "our", "it", "they",
        "в", "и", "на", "с", "по", "для", "о", "не", "мы", "это", "как", "но", "а", "что",
    ]
    private static let qualifiers: Set<String> = ["region", "oblast", "republic", "области", "область", "республика"]

    /// Up to this many documents are read for the guess; a larger corpus gives an evenly
    /// spaced sample of them (which the briefing reads again when it let the texts go).
    static let sampleSize = 400

    /// The documents of `language` the guess is made from, in corpus order.
    static func pool(_ documents: [Document], language: Language) -> [Document] {
        let pool = documents.filter { $0.language == language }
        guard pool.count > sampleSize else { return pool }
        return (0..<sampleSize).map { pool[$0 * pool.count / sampleSize] }
    }

    static func parties(in documents: [Document], language: Language) -> [String] {
        parties(inTexts: pool(documents, language: language).map(\.text))
    }

    /// The parties named in `texts` (one per document, all in one language).
    static func parties(inTexts texts: [String]) -> [String] {
        guard texts.count >= 1 else { return [] }
        var documentFrequency: [String: Int] = [:]
        var frequency: [String: Int] = [:]
        var followers: [String: [String: Int]] = [:]
        for text in texts {
            var seen = Set<String>()
            let words = text.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "." })
            var previousEnded = true
            for (i, raw) in words.enumerated() {
                let ends = raw.hasSuffix(".")
                let word = raw.trimmingCharacters(in: ["."])
                defer { previousEnded = ends }
                guard let first = word.first, first.isUppercase, word.count > 2, !previousEnded,
                      !word.allSatisfy(\.isUppercase) else { continue }
                let key = word.lowercased()
                guard !ignored.contains(key), !qualifiers.contains(key) else { continue }
                frequency[word, default: 0] += 1
                if seen.insert(word).inserted { documentFrequency[word, default: 0] += 1 }
                if i + 1 < words.count {
                    let next = words[i + 1].trimmingCharacters(in: ["."])
                    if qualifiers.contains(next.lowercased()) {
                        followers[word, default: [:]][next.prefix(1).uppercased() + next.dropFirst().lowercased(), default: 0] += 1
                    }
                }
            }
        }
        // "Ruritanian" counts for "Ruritania": an adjective names the same party. Longest words
        // first, so that "Ruritanian-Syldavian" is folded into "Ruritanian" before that is
        // folded into "Ruritania" (the other order brought the adjective back as a second party).
        for word in frequency.keys.sorted(by: { ($0.count, $1) > ($1.count, $0) }) {
            // The longest shorter word (5+ letters) it starts with: a lookup per prefix
            // length, not a scan of the whole vocabulary for every word.
            let length = word.count
            guard length > 5, let stem = stride(from: length - 1, through: 5, by: -1).lazy
                .map({ String(word.prefix($0)) }).first(where: { frequency[$0] != nil }) else { continue }
            frequency[stem, default: 0] += frequency[word]!
            documentFrequency[stem] = max(documentFrequency[stem, default: 0], documentFrequency[word, default: 0])
            frequency[word] = 0
        }
        let threshold = max(1, (texts.count * 3 + 4) / 5)
        let ranked = frequency.keys.filter { documentFrequency[$0, default: 0] >= threshold && frequency[$0]! > 0 }
            .sorted { (frequency[$0]!, $1) > (frequency[$1]!, $0) }
        return ranked.prefix(2).map { name in
            let forms = followers[name] ?? [:]
            let total = forms.values.reduce(0, +)
            guard let (next, _) = forms.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                  total * 2 >= frequency[name]! else { return name }
            return name + " " + next
        }
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> String { String(self).trimmingCharacters(in: set) }
}
