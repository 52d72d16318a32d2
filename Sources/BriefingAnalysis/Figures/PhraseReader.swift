/// Finds the words a figure is about: the noun a count counts, the subject of a change,
/// the phrase after "in terms of" / "по". Heuristics over tokens, bounded to a few words.
enum PhraseReader {
    /// Russian adjective endings: an adjective is followed by more of the phrase. "-ий"/"-ый"
    /// are left out: after a number they are mostly plural nouns ("компаний", "станций").
    private static let adjectiveEndings = ["ые", "ых", "ие", "их", "ой", "ая", "яя", "ое", "ее", "ого", "его",
                                           "ому", "ему", "ым", "им", "ыми", "ими", "ую", "юю"]

    /// The counted noun phrase right after a quantity ("turnkey facilities", "водоочистные станции").
    /// Returns the token range, or nil when no noun follows.
    static func countedNoun(after i: Int, in c: FigureContext) -> Range<Int>? {
        guard i < c.count, c.tokens[i].kind == .word, c.tokens[i].spaceBefore else { return nil }
        var j = i
        // "такие объекты" after the number is rare; "such" comes before. Allow one anaphor.
        if FigureLexicon.anaphora.contains(c.tokens[j].text) { j += 1 }
        let start = j
        while j < c.count, j - start < 4 {
            let t = c.tokens[j]
            guard t.kind == .word, !FigureLexicon.stopwords.contains(t.text) else { break }
            if j > start, t.capitalized, c.language == .en { break }
            if c.language == .ru {
                if !adjectiveEndings.contains(where: { t.text.endsWithBytes($0) }) || t.text.letterCount <= 3 { return start..<(j + 1) }
            } else {
                if isEnglishPlural(t.text) { return start..<(j + 1) }
                if FigureLexicon.endsPhrase(t.text) { break }
            }
            j += 1
            // hyphenated compounds: "high-tech enterprises"
            if j + 1 < c.count, c.tokens[j].text == "-", !c.tokens[j].spaceBefore, c.tokens[j + 1].kind == .word { j += 1 }
        }
        // A Russian phrase of adjective forms only ("100 отдыхающих"): the last one is the noun.
        if c.language == .ru, j > start, c.tokens[j - 1].kind == .word { return start..<j }
        return nil
    }

    static func isEnglishPlural(_ w: TokenText) -> Bool {
        if FigureLexicon.irregularPlurals.contains(w) { return true }
        guard w.letterCount > 3, w.endsWithBytes("s"), !w.endsWithBytes("ss"), !w.endsWithBytes("us"), !w.endsWithBytes("is"),
              !FigureLexicon.stopwords.contains(w) else { return false }
        return true
    }

    /// Words after a preposition up to the next clause break or function word, at most `limit`
    /// words ("in terms of trade" → "trade", "по промышленным инвестициям").
    static func phrase(from i: Int, in c: FigureContext, limit: Int = 5) -> Range<Int>? {
        var j = i
        while j < c.count, j - i < limit, c.tokens[j].kind == .word, !FigureLexicon.stopwords.contains(c.tokens[j].text) { j += 1 }
        return j > i ? i..<j : nil
    }

    /// The subject of a change: the words before the verb in its clause, without auxiliaries,
    /// cut at the first preposition ("the trade turnover between our regions has grown" → "trade turnover").
    static func subjectBefore(_ verb: Int, in c: FigureContext) -> Range<Int>? {
        var j = verb - 1
        var start = verb
        // Dates inside the clause are passed over ("Trade … in 2023 fell by 4.2%"), never taken.
        while j >= 0, verb - j <= 12, !c.isClauseBreak(j) || c.blocked[j] { start = j; j -= 1 }
        var k = start
        // Skip leading function words, then take the content words up to a preposition or verb.
        while k < verb, FigureLexicon.stopwords.contains(c.tokens[k].text) || c.tokens[k].kind != .word || c.blocked[k] { k += 1 }
        var end = k
        while end < verb, c.tokens[end].kind == .word || c.tokens[end].text == "-", !c.blocked[end],
              !FigureLexicon.stopwords.contains(c.tokens[end].text) { end += 1 }
        return end > k ? k..<end : nil
    }

    /// Up to `limit` content words before `i` in the same clause: the fallback subject.
    static func wordsBefore(_ i: Int, in c: FigureContext, limit: Int = 6) -> Range<Int>? {
        var j = i - 1
        var start = i
        while j >= 0, i - j <= 10, !c.isClauseBreak(j), !c.blocked[j], c.tokens[j].kind != .number {
            if ["we", "they", "he", "she", "it", "мы", "они", "он", "она", "i", "я", "is", "are", "was", "were", "has", "have"].contains(c.tokens[j].text) { break }
            start = j; j -= 1
        }
        while start < i, FigureLexicon.stopwords.contains(c.tokens[start].text) || c.tokens[start].kind != .word { start += 1 }
        var end = i
        while end > start, FigureLexicon.stopwords.contains(c.tokens[end - 1].text) || c.tokens[end - 1].kind != .word { end -= 1 }
        guard end > start else { return nil }
        return max(start, end - limit)..<end
    }

    /// The text of a token range, as written.
    static func text(_ r: Range<Int>?, in c: FigureContext) -> String {
        guard let r else { return "" }
        return c.quote(r.lowerBound, r.upperBound)
    }
}
