/// Finds named people with their titles, as written: "Governor of the Pskov Region
/// Ivan Petrov", "Ivan Petrov, Governor of the Pskov Region",
/// "губернатор Псковской области Иван Петров", "Mr. Petrov".
enum ParticipantFinder {
    static func participants(in scan: TokenScan) -> [String] {
        var found: [String] = []
        // The title tables fetched once for the sentence (asked of most of its words).
        let titles = EventLexicon.titleTest
        var i = 0
        let tokens = scan.tokens
        while i < tokens.count {
            let t = tokens[i]
            // Every rule starts on a word; a name (and an honorific) on a capitalised one.
            guard t.kind == .word else { i += 1; continue }
            if t.isCapitalized, scan.isText(i, in: EventLexicon.honorifics),
               scan.isPunct(i + 1, "."), let end = nameEnd(scan, from: i + 2, minimum: 1, titles: titles) {
                found.append(scan.text(tokens: i, end)); i = end + 1; continue
            }
            if t.kind == .word, titles.matches(scan, i), let (start, end) = titled(scan, title: i, titles: titles) {
                found.append(scan.text(tokens: start, end)); i = end + 1; continue
            }
            // "Ivan Petrov, Governor of …"
            if t.isCapitalized, let end = nameEnd(scan, from: i, minimum: 2, titles: titles), scan.isPunct(end + 1, ","), let title = scan.token(end + 2),
               title.kind == .word, titles.matches(scan, end + 2) || scan.isText(end + 2, in: EventLexicon.titleModifiers) {
                var k = end + 2
                while let w = scan.token(k), w.kind == .word, scan.isText(k, in: EventLexicon.titleModifiers) || titles.matches(scan, k) { k += 1 }
                let complementEnd = complement(scan, from: k, stopAtName: false, titles: titles)
                found.append(scan.text(tokens: i, max(k - 1, complementEnd))); i = max(k, complementEnd + 1); continue
            }
            i += 1
        }
        // The first of equal texts kept (a handful per sentence: compared in the list).
        var kept: [String] = []
        for text in found where !kept.contains(text) { kept.append(text) }
        return kept
    }

    /// Title at `title` followed by a name: the token range from its modifiers to the name.
    private static func titled(_ scan: TokenScan, title: Int, titles: EventLexicon.WordTest) -> (Int, Int)? {
        var start = title
        while let w = scan.token(start - 1), start > title - 3,
              (w.kind == .word && scan.isText(start - 1, in: EventLexicon.titleModifiers)) || (scan.isText(start - 1, "-") && !w.spaceBefore) {
            start -= 1
        }
        var k = title + 1
        while let w = scan.token(k), w.kind == .word, titles.matches(scan, k) { k += 1 }
        // Name right after the title: "President Sergei Ivanov"
        if let end = nameEnd(scan, from: k, minimum: 2, titles: titles) { return (start, end) }
        let complementEnd = complement(scan, from: k, stopAtName: true, titles: titles)
        var n = complementEnd + 1
        if scan.isPunct(n, ",") { n += 1 }
        if let end = nameEnd(scan, from: n, minimum: 2, titles: titles) { return (start, end) }
        // The name may have been read into an English complement: "of Belarus Sergei Ivanov".
        if let last = scan.token(complementEnd), !last.isCyrillic, complementEnd - k >= 3,
           isNameWord(scan, complementEnd, titles: titles), isNameWord(scan, complementEnd - 1, titles: titles),
           scan.token(complementEnd - 2).map({ $0.isCapitalized }) == true {
            return (start, complementEnd)
        }
        return nil
    }

    /// Last token of what the title governs: "of the Republic of Belarus", "Псковской области".
    private static func complement(_ scan: TokenScan, from k: Int, stopAtName: Bool, titles: EventLexicon.WordTest) -> Int {
        var end = k - 1
        var i = k
        while let w = scan.token(i), w.kind == .word, i - k < 10 {
            if !w.isCyrillic {
                if scan.isText(i, "of") || scan.isText(i, "the") { i += 1; continue }
                guard w.isCapitalized else { break }
            } else {
                if stopAtName, nameEnd(scan, from: i, minimum: 2, titles: titles) != nil { break }
                guard w.isCapitalized || scan.isText(i, in: EventLexicon.institutionWords) || isGenitive(scan, i) else { break }
            }
            end = i
            i += 1
        }
        return end
    }

    private static func isGenitive(_ scan: TokenScan, _ i: Int) -> Bool {
        ["ой", "ей", "ого", "его", "ии", "ы", "ти", "ства", "ета", "ата"].contains { scan.hasSuffix(i, $0) }
            && !["и", "с", "в", "на", "по"].contains { scan.isText(i, $0) }
    }

    /// A capitalised word that can be part of a person's name.
    private static func isNameWord(_ scan: TokenScan, _ index: Int, titles: EventLexicon.WordTest) -> Bool {
        guard let w = scan.token(index), w.kind == .word, w.isCapitalized, !w.isAllCaps, scan.characterCount(index) >= 2,
              !scan.isText(index, in: EventLexicon.institutionWords), !titles.matches(scan, index),
              DateLexicon.month(scan, index) == nil else { return false }
        if w.isCyrillic, ["ской", "ского", "ская", "ский", "ской", "ных", "ного", "ной"].contains(where: { scan.hasSuffix(index, $0) }) {
            return false
        }
        return true
    }

    /// End of a name of at least `minimum` words starting at `from` ("Ivan Petrov",
    /// "S. Ivanov", "Иван Сергеевич Петров"), at most three words.
    static func nameEnd(_ scan: TokenScan, from: Int, minimum: Int, titles: EventLexicon.WordTest) -> Int? {
        var k = from
        var words = 0
        // Initial: "S. Ivanov"
        if let w = scan.token(k), w.kind == .word, w.isCapitalized, scan.characterCount(k) == 1, scan.isPunct(k + 1, "."),
           isNameWord(scan, k + 2, titles: titles) {
            return k + 2
        }
        while words < 3, isNameWord(scan, k, titles: titles), k == from || !scan.isPunct(k - 1, ",") {
            words += 1; k += 1
        }
        return words >= minimum ? k - 1 : nil
    }
}
