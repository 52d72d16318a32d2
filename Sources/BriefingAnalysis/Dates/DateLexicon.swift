/// Calendar vocabulary for `TimeExpressionFinder`: month names in English (full and
/// abbreviated) and Russian (every case form), modifiers, ordinals and year words.
enum DateLexicon {
    /// Month number for a lower-cased word, and whether the word is also a common
    /// non-month word ("may", "mar") that needs a number or a capital to count.
    static func month(_ word: String) -> (month: Int, ambiguous: Bool)? {
        if let m = months[word] {
            return (m, ambiguousMonths.contains { word.bytesEqual($0) })
        }
        return nil
    }

    /// `month(_:)` of token `index` of `scan` (any kind), probed by the token's hash.
    static func month(_ scan: TokenScan, _ index: Int) -> (month: Int, ambiguous: Bool)? {
        scan.value(index, in: scanMonths)
    }

    private static let scanMonths = ScanWordMap(monthForms.map { word, month in
        (word, (month, ambiguousMonths.contains(word)))
    })

    /// Month words that are also common other words: a number or a capital must make them months.
    private static let ambiguousMonths = ["may", "mar", "march", "jun"]

    private static let months: WordMap<Int> = {
        var table = WordMap<Int>()
        for (word, month) in monthForms { table[word] = month }
        return table
    }()

    /// Every form of every month with its number (a form may come twice, with one number).
    /// The tables are built from lists of pairs: dictionaries made and grown only to be read
    /// into the scan tables were a tenth of the one-off set-up.
    private static let monthForms: [(String, Int)] = {
        var pairs: [(String, Int)] = []
        pairs.reserveCapacity(96)
        let english = ["january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december"]
        let short = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        for (index, name) in english.enumerated() { pairs.append((name, index + 1)); pairs.append((short[index], index + 1)) }
        pairs.append(("sept", 9))
        // Russian stems; soft stems take ь/я/е/ю/ем/ём, hard ones ""/а/е/у/ом.
        let soft: [(Int, String)] = [(1, "январ"), (2, "феврал"), (4, "апрел"), (6, "июн"), (7, "июл"), (9, "сентябр"),
                                     (10, "октябр"), (11, "ноябр"), (12, "декабр")]
        for (month, stem) in soft { for ending in ["ь", "я", "е", "ю", "ем"] { pairs.append((stem + ending, month)) } }
        for (month, stem) in [(3, "март"), (8, "август")] { for ending in ["", "а", "е", "у", "ом"] { pairs.append((stem + ending, month)) } }
        for form in ["май", "мая", "мае", "маю", "маем"] { pairs.append((form, 5)) }
        return pairs
    }()

    /// Words after a year that belong to it ("2022 year", "2022 года", "2012 г.").
    static let yearWords: ScanWordSet = ["year", "years", "год", "года", "году", "годом", "годы", "годов", "годах", "г", "гг"]

    /// Words before a bare year that make it a year ("in 2008", "of 2008", "в 2008").
    static let yearPrepositions: ScanWordSet = [
        "in", "of", "since", "by", "until", "till", "from", "to", "for", "during", "before", "after", "through",
        "between", "year", "fiscal", "circa", "throughout", "until", "within", "as",
        "в", "во", "с", "со", "до", "по", "к", "за", "на", "от", "из", "около", "между", "после", "перед", "года",
    ]

    /// Prepositions of a target or deadline year ("until 2028", "by 2021", "до 2030 года").
    static let targetPrepositions: ScanWordSet = ["until", "till", "by", "до", "к"]

    /// Number of months in "nine months of 2023" / "за девять месяцев 2023 года" (2...11).
    static func monthCount(_ scan: TokenScan, _ index: Int) -> Int? { scan.value(index, in: scanMonthCounts) }
    private static let scanMonthCounts = ScanWordMap(monthCounts)

    private static let monthCounts: [(String, Int)] = {
        var table: [(String, Int)] = []
        let english = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
        for (index, word) in english.enumerated() { table.append((word, index + 2)) }
        let russian: [[String]] = [["два", "двух"], ["три", "трех"], ["четыре", "четырех"], ["пять", "пяти"],
                                   ["шесть", "шести"], ["семь", "семи"], ["восемь", "восьми"], ["девять", "девяти"],
                                   ["десять", "десяти"], ["одиннадцать", "одиннадцати"]]
        for (index, forms) in russian.enumerated() { for form in forms { table.append((form, index + 2)) } }
        return table
    }()

    /// "months" after a count of months.
    static let monthWords: ScanWordSet = ["months", "месяцев", "месяца"]

    /// Prepositions that make a bare month a date ("in September", "в сентябре", "с июня").
    static let monthPrepositions: ScanWordSet = [
        "in", "since", "until", "till", "by", "from", "during", "before", "after", "through", "early", "late",
        "в", "во", "с", "со", "до", "по", "к", "на", "от", "после", "начиная",
    ]

    /// Words that put a date at the start, middle or end of a period.
    static func modifier(_ scan: TokenScan, _ index: Int) -> DateModifier? { scan.value(index, in: scanModifiers) }
    private static let scanModifiers = ScanWordMap(modifiers)

    // Tables rather than switches: one hash per word instead of a string compare per case.
    private static let modifiers: [(String, DateModifier)] =
        ["end", "late", "конце", "конец", "концу", "конца", "исходе"].map { ($0, DateModifier.end) }
        + ["beginning", "start", "early", "начале", "начало", "начала", "началу"].map { ($0, DateModifier.start) }
        + ["middle", "mid", "середине", "середина", "середины", "середину"].map { ($0, DateModifier.mid) }

    /// Ordinals of quarters and halves: "first", "1st", "II", "третьем".
    static func ordinal(_ scan: TokenScan, _ index: Int) -> Int? { scan.value(index, in: scanOrdinals) }
    private static let scanOrdinals = ScanWordMap(ordinals)

    private static let ordinals: [(String, Int)] =
        ["first", "1st", "i", "первый", "первом", "первого", "первому", "первой", "первая", "первое"].map { ($0, 1) }
        + ["second", "2nd", "ii", "второй", "втором", "второго", "второму", "вторая", "второе"].map { ($0, 2) }
        + ["third", "3rd", "iii", "третий", "третьем", "третьего", "третьему", "третья", "третье"].map { ($0, 3) }
        + ["fourth", "4th", "iv", "четвертый", "четвертом", "четвертого", "четвертому"].map { ($0, 4) }

    static func isQuarter(_ scan: TokenScan, _ index: Int) -> Bool { scan.isText(index, "quarter") || scan.hasPrefix(index, "квартал") }
    static func isHalf(_ scan: TokenScan, _ index: Int) -> Bool {
        scan.isText(index, "half") || scan.hasPrefix(index, "полугоди") || scan.isText(index, "половине") || scan.isText(index, "половина")
    }

    /// Years relative to the document date: "last year" → -1, "в этом году" → 0.
    static func relativeYear(_ scan: TokenScan, _ index: Int) -> Int? { scan.value(index, in: scanRelativeYears) }
    private static let scanRelativeYears = ScanWordMap(relativeYears)

    private static let relativeYears: [(String, Int)] =
        ["this", "current", "этом", "этого", "текущем", "текущего", "нынешнем", "нынешнего", "сем"].map { ($0, 0) }
        + ["last", "previous", "прошлом", "прошлого", "минувшем", "минувшего"].map { ($0, -1) }
        + ["next", "coming", "следующем", "следующего", "будущем", "будущего", "наступающем"].map { ($0, 1) }

    /// True for a lower-cased word that can start a date rule (the dateline's quick test).
    static func canStartDate(_ word: String) -> Bool { starters.index(of: word) != nil }

    /// The keys of the five tables above in one set: one probe per word instead of five.
    static let starters = ScanWordSet(monthForms.map(\.0) + modifiers.map(\.0) + ordinals.map(\.0) + relativeYears.map(\.0)
                                      + monthCounts.map(\.0))

    /// Which of the five tables hold each word of `starters` (`StarterKind` bits, in the order
    /// of `starters.words`): `matchDate` tries only the rules a word can start.
    private static let starterKinds: [UInt8] = starters.words.map { word in
        // The word's bytes and hash made once for the five probes (as `index(of:)` makes them).
        let b = Array(word.utf8), hash = ByteHash.of(b[...])
        func has(_ set: ScanWordSet) -> Bool { set.index(hash: hash, in: b, start: 0, count: b.count) != nil }
        return (has(scanMonths.keys) ? StarterKind.month : 0)
            | (has(scanModifiers.keys) ? StarterKind.modifier : 0)
            | (has(scanOrdinals.keys) ? StarterKind.ordinal : 0)
            | (has(scanRelativeYears.keys) ? StarterKind.relativeYear : 0)
            | (has(scanMonthCounts.keys) ? StarterKind.monthCount : 0)
    }

    /// The tables of `starters` a word is in, as bits.
    enum StarterKind {
        static let month: UInt8 = 1, modifier: UInt8 = 2, ordinal: UInt8 = 4, relativeYear: UInt8 = 8, monthCount: UInt8 = 16
    }

    /// `StarterKind` bits of token `index` of `scan`: 0 when it is no word of `starters`
    /// (`canStartDate` is false), one lookup for the five tables.
    static func starterKinds(_ scan: TokenScan, _ index: Int) -> UInt8 {
        let t = scan.tokens[index]
        guard t.kind == .word,
              let k = starters.index(hash: t.hash, in: scan.bytes, start: Int(t.textStart), count: Int(t.textCount)) else { return 0 }
        return starterKinds[k]
    }

    /// Words that join two days of one month ("from 8 to 11 July", "с 14 по 18 июля").
    static let dayJoiners: ScanWordSet = ["to", "till", "until", "through", "по", "до"]

    /// Words before the first day of a span ("from 8 to 11 July", "с 14 по 18 июля").
    static let spanOpeners: ScanWordSet = ["from", "с", "со"]

    /// Words ordinal days may carry ("9th November").
    static let daySuffixes: ScanWordSet = ["st", "nd", "rd", "th", "го", "е", "ого"]

    /// Words joining the two ends of a span.
    static let spanJoiners: ScanWordSet = ["-", "–", "—", "to", "through", "till", "until", "по", "до", "and", "и"]
}
