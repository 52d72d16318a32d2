/// Ranks: "2nd place in terms of trade", "1st place in imports", "2-е место", "первое место",
/// "number one", "номер один". Not "first class", "second edition", "for the first time".
extension FigureRules {
    static let rank = FigureRule(name: "rank", anchor: .token) { c, i in
        guard !c.blocked[i] else { return nil }
        let t = c.tokens[i]
        // Tried at every number and start word: what cannot start a rank leaves before any phrase test.
        if t.kind == .number {
            guard !t.decimal, !t.grouped, t.value >= 1, t.value <= 1000, i + 1 < c.count, !c.tokens[i + 1].spaceBefore else { return nil }
        } else if t.kind != .word || !rankWords.contains(t.text) { return nil }
        if let top = topGroup(at: i, in: c) { return .figure(top) }
        var value = 0, k = i
        if t.kind == .number, !t.decimal, !t.grouped, t.value >= 1, t.value <= 1000 {
            if let s = c.word(i + 1), !c.tokens[i + 1].spaceBefore, ["st", "nd", "rd", "th"].contains(s) {
                value = Int(t.value); k = i + 2
            } else if c.text(i + 1) == "-", !c.tokens[i + 1].spaceBefore, let s = c.word(i + 2), !c.tokens[i + 2].spaceBefore,
                      NumberLexicon.ordinalSuffixes.contains(s) {
                value = Int(t.value); k = i + 3
            }
        } else if t.kind == .word, let v = NumberLexicon.ordinals[t.text] {
            value = v; k = i + 1
        } else if t.kind == .word, t.text.bytesEqual("number") || t.text.bytesEqual("номер"), !["a", "the", "phone", "telephone", "телефона"].contains(c.word(i - 1)) {
            guard let n = numberAfterNumberWord(i + 1, in: c) else { return nil }
            var d = FigureDraft(kind: .rank, start: i, end: i + 2, value: Double(n))
            d.subject = rankSubject(start: i, end: i + 2, in: c)
            return .figure(d)
        }
        guard value > 0 else { return nil }
        let ranked = c.word(i - 1).map { $0.hasBytePrefix("rank") } ?? false
        if !ranked, !FigureLexicon.placeNouns.contains(c.word(k)) {
            return partnerRank(value, start: i, after: k, in: c) ?? ellipticRank(value, at: i, in: c)
        }
        guard let place = c.word(k), FigureLexicon.placeNouns.contains(place) || ranked else { return nil }
        // "in the first place" means "firstly".
        if place == "place", c.word(i - 1) == "the", c.word(i - 2) == "in" { return .skip(k + 1) }
        let end = FigureLexicon.placeNouns.contains(place) ? k + 1 : k
        var d = FigureDraft(kind: .rank, start: i, end: end, value: Double(value))
        d.subject = rankSubject(start: i, end: end, in: c)
        return .figure(d)
    }

    /// "ranked among the top three suppliers", "in the top 10", "входит в тройку крупнейших
    /// партнеров", "в первую пятерку": a rank of at most that place.
    private static func topGroup(at i: Int, in c: FigureContext) -> FigureDraft? {
        guard let w = c.word(i) else { return nil }
        var n: Double, start: Int, end: Int
        if w.bytesEqual("top"), let p = c.word(i - 1), ["among", "in", "into"].contains(p)
            || p == "the" && ["among", "in", "into"].contains(c.word(i - 2)) {
            let t = c.tokens.indices.contains(i + 1) ? c.tokens[i + 1] : nil
            if let t, t.kind == .number, !t.decimal, t.value >= 2, t.value <= 100 { n = t.value }
            else if let v = NumberLexicon.cardinals[c.word(i + 1)], v >= 2, v <= 100 { n = v }
            else { return nil }
            start = p == "the" && ["among", "in", "into"].contains(c.word(i - 2)) ? i - 2 : i - 1
            end = i + 2
        } else if let v = topGroupWords[w] {
            start = c.word(i - 1).map { ["первую", "первой"].contains($0) } == true ? i - 1 : i
            guard let p = c.word(start - 1), ["в", "во"].contains(p) else { return nil }
            n = v; start -= 1; end = i + 1
        } else { return nil }
        var d = FigureDraft(kind: .rank, start: start, end: end, value: n)
        d.qualify(.upTo)
        d.subject = rankSubject(start: start, end: end, in: c)
        return d
    }

    /// Every word a rank can start on: "top", the group words, the ordinals, "number", "номер".
    private static let rankWords = ByteLexicon(words: ["top", "number", "номер"] + topGroupWords.keys + NumberLexicon.ordinals.keys)

    static let topGroupWords: ByteLexicon<Double> = ["тройку": 3, "тройке": 3, "тройки": 3, "пятерку": 5, "пятерке": 5, "пятерки": 5,
                                                  "десятку": 10, "десятке": 10, "десятки": 10]

    /// "the first trading partner", "является первым торговым партнером": an ordinal, at most two
    /// adjectives, a partner noun; the adjectives say in what.
    private static func partnerRank(_ value: Int, start i: Int, after k: Int, in c: FigureContext) -> RuleOutcome? {
        var j = k
        while j < k + 3, let w = c.word(j), !FigureLexicon.stopwords.contains(w) {
            if FigureLexicon.rankedNouns.contains(w) {
                var d = FigureDraft(kind: .rank, start: i, end: j + 1, value: Double(value))
                d.subject = j > k ? c.quote(k, j) : rankSubject(start: i, end: j + 1, in: c)
                return .figure(d)
            }
            j += 1
        }
        return nil
    }

    /// "первое место по экспорту, а в импорте — второе": a bare ordinal after a dash, when a
    /// place was named earlier in the sentence; the words before the dash say in what.
    private static func ellipticRank(_ value: Int, at i: Int, in c: FigureContext) -> RuleOutcome? {
        guard c.tokens[i].kind == .word, let dash = c.text(i - 1), ["—", "–", "-"].contains(dash), c.tokens[i - 1].spaceBefore,
              c.isClauseBreak(i + 1) else { return nil }
        var j = i - 2, sawPlace = false
        while j >= 0, i - j <= 40 {
            if let w = c.word(j), FigureLexicon.placeNouns.contains(w) || w.hasBytePrefix("rank") { sawPlace = true; break }
            j -= 1
        }
        guard sawPlace else { return nil }
        var d = FigureDraft(kind: .rank, start: i, end: i + 1, value: Double(value))
        var p = i - 2
        while p >= 0, i - p <= 6, !c.isClauseBreak(p) {
            if let w = c.word(p), ["in", "в", "во", "по", "by"].contains(w) {
                d.subject = c.quote(p + 1, i - 1)
                break
            }
            p -= 1
        }
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
        // "ranks third among Russian regions in trade", "третье место среди регионов во внешней торговле".
        if let a = c.word(k), a.bytesEqual("among") || a.bytesEqual("среди") {
            var j = k + 1
            while j < c.count, j - k <= 6, !c.isClauseBreak(j), !["in", "by", "по", "в", "во"].contains(c.word(j)) { j += 1 }
            if j < c.count, j - k <= 6, !c.isClauseBreak(j) { k = j }
        }
        if c.matches(["in", "terms", "of"], at: k) { k += 3 } else if c.matches(["in", "the", "field", "of"], at: k) { k += 4 }
        else if let p = c.word(k), ["in", "by", "for", "по", "в", "во"].contains(p) { k += 1 }
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
