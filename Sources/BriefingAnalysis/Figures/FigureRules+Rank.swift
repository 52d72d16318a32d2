/// Ranks: "2nd place in terms of trade", "1st place in imports", "2-е место", "первое место",
/// "number one", "номер один". Not "first class", "second edition", "for the first time".
extension FigureRules {
    static let rank = FigureRule(name: "rank", anchor: .token) { c, i in
        guard !c.blocked[i] else { return nil }
        var value = 0, k = i
        let t = c.tokens[i]
        if t.kind == .number, !t.decimal, !t.grouped, t.value >= 1, t.value <= 1000 {
            if let s = c.word(i + 1), !c.tokens[i + 1].spaceBefore, ["st", "nd", "rd", "th"].contains(s) {
                value = Int(t.value); k = i + 2
            } else if c.text(i + 1) == "-", !c.tokens[i + 1].spaceBefore, let s = c.word(i + 2), !c.tokens[i + 2].spaceBefore,
                      NumberLexicon.ordinalSuffixes.contains(s) {
                value = Int(t.value); k = i + 3
            }
        } else if t.kind == .word, let v = NumberLexicon.ordinals[t.text] {
            value = v; k = i + 1
        } else if t.kind == .word, ["number", "номер"].contains(t.text), !["a", "the", "phone", "telephone", "телефона"].contains(c.word(i - 1) ?? "") {
            guard let n = numberAfterNumberWord(i + 1, in: c) else { return nil }
            var d = FigureDraft(kind: .rank, start: i, end: i + 2, value: Double(n))
            d.subject = rankSubject(start: i, end: i + 2, in: c)
            return .figure(d)
        }
        guard value > 0 else { return nil }
        let ranked = c.word(i - 1).map { $0.hasPrefix("rank") } ?? false
        guard let place = c.word(k), FigureLexicon.placeNouns.contains(place) || ranked else { return nil }
        // "in the first place" means "firstly".
        if place == "place", c.word(i - 1) == "the", c.word(i - 2) == "in" { return .skip(k + 1) }
        let end = FigureLexicon.placeNouns.contains(place) ? k + 1 : k
        var d = FigureDraft(kind: .rank, start: i, end: end, value: Double(value))
        d.subject = rankSubject(start: i, end: end, in: c)
        return .figure(d)
    }

    /// "number one", "номер 1": a cardinal word or small digit right after.
    private static func numberAfterNumberWord(_ k: Int, in c: FigureContext) -> Int? {
        guard k < c.count, c.word(k + 1) != "of" else { return nil }
        let t = c.tokens[k]
        if t.kind == .word, let v = NumberLexicon.cardinals[t.text], v >= 1, v <= 10 { return Int(v) }
        if t.kind == .number, !t.decimal, t.value >= 1, t.value <= 10 { return Int(t.value) }
        return nil
    }

    /// What the rank is in: "in terms of trade", "in imports", "по промышленным инвестициям".
    static func rankSubject(start: Int, end: Int, in c: FigureContext) -> String {
        var k = end
        if c.matches(["in", "terms", "of"], at: k) { k += 3 } else if c.matches(["in", "the", "field", "of"], at: k) { k += 4 }
        else if let p = c.word(k), ["in", "by", "for", "по", "в"].contains(p) { k += 1 }
        if k > end, let r = PhraseReader.phrase(from: k, in: c, limit: 4) { return PhraseReader.text(r, in: c) }
        // "In terms of industrial investments, we are number one" / "По промышленным инвестициям мы … номер один".
        var j = start - 1
        while j >= 0, start - j <= 20 {
            if c.matches(["in", "terms", "of"], at: j), let r = PhraseReader.phrase(from: j + 3, in: c, limit: 4) {
                return PhraseReader.text(r, in: c)
            }
            if c.word(j) == "по", j == 0 || c.isClauseBreak(j - 1), let r = PhraseReader.phrase(from: j + 1, in: c, limit: 4) {
                return PhraseReader.text(r, in: c)
            }
            j -= 1
        }
        return ""
    }
}
