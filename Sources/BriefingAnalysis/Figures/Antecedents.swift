/// Resolves counts of generic or anaphoric nouns ("more than 100 such objects", "37 turnkey
/// facilities") to the noun phrase they refer to: the subject of the previous count in the
/// document, else the nearest specific plural noun phrase in the text just before.
enum Antecedents {
    /// How far back to look, in scalars: about a paragraph.
    static let reach = 400

    static func resolve(_ figures: [Figure], documents: [String: Document]) -> [Figure] {
        var result = figures
        var lastCount: [String: (position: Int, subject: String)] = [:]
        // Scalars of each document, made once: slicing them is then O(1) per lookup.
        var scalarCache: [String: [Unicode.Scalar]] = [:]
        for index in result.indices {
            let f = result[index]
            guard let doc = f.fact.mentions.first?.document else { continue }
            if f.needsAntecedent {
                if let previous = lastCount[doc], f.position - previous.position <= reach * 2 {
                    result[index].fact.subject = previous.subject
                } else if let document = documents[doc] {
                    if scalarCache[doc] == nil { scalarCache[doc] = document.text.scalarArray }
                    if let np = phraseBefore(f.position, in: scalarCache[doc]!, language: document.language) {
                        result[index].fact.subject = np
                    }
                }
            }
            if result[index].fact.kind == .count, !result[index].fact.subject.isEmpty,
               !f.needsAntecedent || result[index].fact.subject != f.fact.subject {
                lastCount[doc] = (f.position, result[index].fact.subject)
            }
        }
        return result
    }

    /// The nearest plural noun phrase of two or more words before `position`, in the same paragraph.
    static func phraseBefore(_ position: Int, in scalars: [Unicode.Scalar], language: Language) -> String? {
        let end = min(position, scalars.count)
        var start = max(0, end - reach)
        var view = Array(scalars[start..<end])
        // Stay in the paragraph: cut at the last blank line.
        if let cut = (1..<max(1, view.count)).last(where: { view[$0] == "\n" && view[$0 - 1] == "\n" }) {
            view = Array(view[(cut + 1)...]); start += cut + 1
        }
        let c = FigureContext(scalars: view, language: language, timeSpans: [])
        var best: Range<Int>?
        withExtendedLifetime(c.storage) {
            var i = 0
            while i < c.count {
                if let np = PhraseReader.countedNoun(after: i, in: c), np.lowerBound == i, np.count >= 2,
                   FigureRules.isCountable(np, in: c), !FigureLexicon.genericHeads.contains(c.tokens[np.upperBound - 1].text),
                   plural(c.tokens[np.upperBound - 1].text, c.language) {
                    best = np; i = np.upperBound
                } else { i += 1 }
            }
        }
        return best.map { c.quote($0.lowerBound, $0.upperBound) }
    }

    private static func plural(_ w: TokenText, _ language: Language) -> Bool {
        language == .en ? PhraseReader.isEnglishPlural(w) : ["ии", "ы", "и", "ий", "ов", "ей", "ев", "а", "я"].contains { w.endsWithBytes($0) }
    }
}
