/// Reads quantities from tokens: digits with scales, number words in English and in any
/// Russian case form, and fractions.
///
/// Works left to right and never looks more than a few tokens ahead, so it is linear.
enum NumberReader {
    /// The quantity starting at token `i`, or nil.
    static func quantity(at i: Int, in tokens: [FigureToken]) -> Quantity? {
        let t = tokens[i]
        switch t.kind {
        case .number: return digits(at: i, in: tokens)
        case .word: return t.starts && wordStarts.contains(t.text) ? words(at: i, in: tokens) : nil
        default: return nil
        }
    }

    /// The words `words(at:)` can start on: cardinals, fractions, scales, "a", "an", "one". One
    /// probe here spares the five the readers make for every other start word.
    private static let wordStarts = ByteLexicon(words: NumberLexicon.cardinals.keys + NumberLexicon.fractions.keys
                                                    + NumberLexicon.scales.keys + ["a", "an", "one"])

    /// All quantities of tokenised text, not overlapping, in order.
    static func quantities(in tokens: FigureTokens) -> [Quantity] {
        withExtendedLifetime(tokens.storage) { quantities(in: tokens.tokens) }
    }

    /// All quantities of a sentence, not overlapping, in order.
    static func quantities(in tokens: [FigureToken]) -> [Quantity] {
        var result: [Quantity] = []
        var i = 0
        while i < tokens.count {
            if let q = quantity(at: i, in: tokens) { result.append(q); i = q.end } else { i += 1 }
        }
        return result
    }

    // MARK: - Digits

    private static func digits(at i: Int, in tokens: [FigureToken]) -> Quantity? {
        let t = tokens[i]
        // "промышленник-2006", "COVID-19": a number glued by a hyphen to a word is part of a name.
        if i >= 2, !t.spaceBefore, tokens[i - 1].text == "-", !tokens[i - 1].spaceBefore, tokens[i - 2].kind == .word {
            return nil
        }
        // Letters glued before the digits are only allowed for a currency ("RUB45,000").
        if i >= 1, !t.spaceBefore, tokens[i - 1].kind == .word, !FigureLexicon.isCurrency(tokens[i - 1].text) { return nil }
        var q = Quantity(start: i, end: i + 1, value: t.value, looksLikeYear: t.looksLikeYear)
        if let (scale, end) = scale(after: i + 1, in: tokens, glued: true) {
            q.value *= scale; q.end = end; q.hasScale = true; q.looksLikeYear = false
        }
        return q
    }

    /// A scale word at `i` ("million", "млн.", "bn"), with the abbreviation's dot.
    static func scale(after i: Int, in tokens: [FigureToken], glued: Bool) -> (Double, Int)? {
        guard i < tokens.count, tokens[i].kind == .word, let scale = NumberLexicon.scales[tokens[i].text] else { return nil }
        // "5m", "3k", "$2b" only when glued: "5 m" is five metres.
        if NumberLexicon.shortScales.contains(tokens[i].text), tokens[i].spaceBefore || !glued { return nil }
        var end = i + 1
        if ["тыс", "млн", "млрд", "трлн", "bn", "mn", "mln", "bln"].contains(tokens[i].text), end < tokens.count,
           tokens[end].text == ".", !tokens[end].spaceBefore {
            end += 1
        }
        return (scale, end)
    }

    // MARK: - Words

    private static func words(at i: Int, in tokens: [FigureToken]) -> Quantity? {
        let w = tokens[i].text
        // Fractions: "a quarter", "half", "полтора", "две трети".
        if let q = fraction(at: i, in: tokens) { return q }
        // "a hundred", "a million"; a Russian scale alone ("более миллиарда") is one of it.
        // (Words compared on bytes: `==` walked normalisation data for every Cyrillic word.)
        if w.bytesEqual("a") || w.bytesEqual("an") {
            guard i + 1 < tokens.count, let s = NumberLexicon.scales[tokens[i + 1].text], s >= 100,
                  tokens[i + 1].text.letterCount > 2 else { return nil }
            return chain(at: i + 1, in: tokens, leadingOne: true).map { Quantity(start: i, end: $0.end, value: $0.value,
                                                                                  isWord: true, hasScale: true) }
        }
        if NumberLexicon.scales[w] != nil {
            guard w.letterCount > 3, isRussianWord(w), !NumberLexicon.vagueScales.contains(w) else { return nil }
            return chain(at: i, in: tokens, leadingOne: true)
        }
        return chain(at: i, in: tokens, leadingOne: false)
    }

    /// "thirty-seven", "one hundred and twenty", "тридцать семь тысяч", "пятидесяти двух".
    ///
    /// Each next word must be of a smaller place than the last ("сто двадцать пять"), so
    /// "two three" is two quantities, not five.
    private static func chain(at i: Int, in tokens: [FigureToken], leadingOne: Bool) -> Quantity? {
        var total = 0.0, current = leadingOne ? 1.0 : 0.0
        var minPlace = Double.infinity, lastScale = Double.infinity
        var j = i, end = i
        var sawScale = false
        while j < tokens.count {
            let t = tokens[j]
            if t.kind == .word, let v = NumberLexicon.cardinals[t.text], !(leadingOne && j == i) {
                guard v < minPlace, v > 0 || j == i else { break }
                current += v
                minPlace = v >= 100 ? 100 : (v >= 20 ? 10 : 1)
                end = j + 1; j += 1; continue
            }
            if t.kind == .word, j > i || leadingOne, let s = NumberLexicon.scales[t.text], t.text.letterCount > 2,
               !NumberLexicon.vagueScales.contains(t.text) {
                if s == 100 {
                    guard current > 0, current < 10 else { break }
                    current *= 100; minPlace = 100
                } else {
                    guard s < lastScale else { break }
                    total += max(current, 1) * s; current = 0; minPlace = s; lastScale = s; sawScale = true
                }
                end = j + 1; j += 1
                if j < tokens.count, tokens[j].text == ".", !tokens[j].spaceBefore, t.text.letterCount <= 4 { end = j + 1; j += 1 }
                continue
            }
            // "thirty-seven", "one hundred and five"
            if j > i, t.kind == .symbol || t.text == "and", t.text == "-" ? !t.spaceBefore : t.text == "and",
               j + 1 < tokens.count, let v = NumberLexicon.cardinals[tokens[j + 1].text], v < minPlace {
                j += 1; continue
            }
            break
        }
        guard end > i else { return nil }
        return Quantity(start: i, end: end, value: total + current, isWord: true, hasScale: sawScale)
    }

    private static func fraction(at i: Int, in tokens: [FigureToken]) -> Quantity? {
        let w = tokens[i].text
        var j = i
        var numerator = 1.0
        if w.bytesEqual("a") || w.bytesEqual("an") || w.bytesEqual("one") { j += 1 }
        else if let n = NumberLexicon.cardinals[w], n >= 2, n <= 9, j + 1 < tokens.count,
                let f = NumberLexicon.fractions[tokens[j + 1].text], f < 1 { numerator = n; j += 1 }
        guard j < tokens.count, tokens[j].kind == .word, let f = NumberLexicon.fractions[tokens[j].text] else { return nil }
        // "one and a half": handled as 1 + 0.5
        var value = numerator * f
        var end = j + 1
        // "a half" alone is not worth a figure unless followed by a scale ("полтора миллиона").
        if let (scale, e) = scale(after: end, in: tokens, glued: false), NumberLexicon.scales[tokens[end].text]! >= 1000 {
            value *= scale; end = e
            return Quantity(start: i, end: end, value: value, isWord: true, hasScale: true)
        }
        if j == i, w.hasBytePrefix("полтор") || w.bytesEqual("полутора") { return Quantity(start: i, end: end, value: value, isWord: true) }
        return Quantity(start: i, end: end, value: value, isWord: true, isFraction: true)
    }

    private static func isRussianWord(_ w: TokenText) -> Bool { w.firstScalar >= 0x400 }
}
