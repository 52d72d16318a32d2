/// Calendar vocabulary for `TimeExpressionFinder`: month names in English (full and
/// abbreviated) and Russian (every case form), modifiers, ordinals and year words.
enum DateLexicon {
    /// Month number for a lower-cased word, and whether the word is also a common
    /// non-month word ("may", "mar") that needs a number or a capital to count.
    static func month(_ word: String) -> (month: Int, ambiguous: Bool)? {
        if let m = months[word] {
            return (m, word.bytesEqual("may") || word.bytesEqual("mar") || word.bytesEqual("march") || word.bytesEqual("jun"))
        }
        return nil
    }

    /// `month(_:)` of token `index` of `scan` (any kind), probed by the token's hash.
    static func month(_ scan: TokenScan, _ index: Int) -> (month: Int, ambiguous: Bool)? {
        scan.value(index, in: scanMonths)
    }

    private static let scanMonths = ScanWordMap(months.keys.map { word in
        (word, (months[word]!, word == "may" || word == "mar" || word == "march" || word == "jun"))
    })

    private static let months: WordMap<Int> = {
        var table = WordMap<Int>()
        let english = ["january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december"]
        let short = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        for (index, name) in english.enumerated() { table[name] = index + 1; table[short[index]] = index + 1 }
        table["sept"] = 9
        // Russian stems; soft stems take ь/я/е/ю/ем/ём, hard ones ""/а/е/у/ом.
        let soft = [1: "январ", 2: "феврал", 4: "апрел", 6: "июн", 7: "июл", 9: "сентябр", 10: "октябр",
                    11: "ноябр", 12: "декабр"]
        for (month, stem) in soft { for ending in ["ь", "я", "е", "ю", "ем"] { table[stem + ending] = month } }
        for (month, stem) in [3: "март", 8: "август"] { for ending in ["", "а", "е", "у", "ом"] { table[stem + ending] = month } }
        for form in ["май", "мая", "мае", "маю", "маем"] { table[form] = 5 }
        return table
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
    private static let scanMonthCounts = ScanWordMap(monthCounts.keys.map { ($0, monthCounts[$0]!) })

    private static let monthCounts: WordMap<Int> = {
        var table = WordMap<Int>()
        let english = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
        for (index, word) in english.enumerated() { table[word] = index + 2 }
        let russian: [[String]] = [["два", "двух"], ["три", "трех"], ["четыре", "четырех"], ["пять", "пяти"],
                                   ["шесть", "шести"], ["семь", "семи"], ["восемь", "восьми"], ["девять", "девяти"],
                                   ["десять", "десяти"], ["одиннадцать", "одиннадцати"]]
        for (index, forms) in russian.enumerated() { for form in forms { table[form] = index + 2 } }
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
    private static let scanModifiers = ScanWordMap(modifiers.keys.map { ($0, modifiers[$0]!) })

    // Dictionaries rather than switches: one hash per word instead of a string compare per case.
    private static let modifiers: WordMap<DateModifier> = {
        var table = WordMap<DateModifier>()
        for w in ["end", "late", "конце", "конец", "концу", "конца", "исходе"] { table[w] = .end }
        for w in ["beginning", "start", "early", "начале", "начало", "начала", "началу"] { table[w] = .start }
        for w in ["middle", "mid", "середине", "середина", "середины", "середину"] { table[w] = .mid }
        return table
    }()

    /// Ordinals of quarters and halves: "first", "1st", "II", "третьем".
    static func ordinal(_ scan: TokenScan, _ index: Int) -> Int? { scan.value(index, in: scanOrdinals) }
    private static let scanOrdinals = ScanWordMap(ordinals.keys.map { ($0, ordinals[$0]!) })

    private static let ordinals: WordMap<Int> = {
        var table = WordMap<Int>()
        for w in ["first", "1st", "i", "первый", "первом", "первого", "первому", "первой", "первая", "первое"] { table[w] = 1 }
        for w in ["second", "2nd", "ii", "второй", "втором", "второго", "второму", "вторая", "второе"] { table[w] = 2 }
        for w in ["third", "3rd", "iii", "третий", "третьем", "третьего", "третьему", "третья", "третье"] { table[w] = 3 }
        for w in ["fourth", "4th", "iv", "четвертый", "четвертом", "четвертого", "четвертому"] { table[w] = 4 }
        return table
    }()

    static func isQuarter(_ scan: TokenScan, _ index: Int) -> Bool { scan.isText(index, "quarter") || scan.hasPrefix(index, "квартал") }
    static func isHalf(_ scan: TokenScan, _ index: Int) -> Bool {
        scan.isText(index, "half") || scan.hasPrefix(index, "полугоди") || scan.isText(index, "половине") || scan.isText(index, "половина")
    }

    /// Years relative to the document date: "last year" → -1, "в этом году" → 0.
    static func relativeYear(_ scan: TokenScan, _ index: Int) -> Int? { scan.value(index, in: scanRelativeYears) }
    private static let scanRelativeYears = ScanWordMap(relativeYears.keys.map { ($0, relativeYears[$0]!) })

    private static let relativeYears: WordMap<Int> = {
        var table = WordMap<Int>()
        for w in ["this", "current", "этом", "этого", "текущем", "текущего", "нынешнем", "нынешнего", "сем"] { table[w] = 0 }
        for w in ["last", "previous", "прошлом", "прошлого", "минувшем", "минувшего"] { table[w] = -1 }
        for w in ["next", "coming", "следующем", "следующего", "будущем", "будущего", "наступающем"] { table[w] = 1 }
        return table
    }()

    /// True for a word that can start a date rule; other words are skipped with one lookup.
    static func canStartDate(_ scan: TokenScan, _ index: Int) -> Bool { scan.isWord(index, in: starters) }

    /// The same for a lower-cased word read outside a scan (the dateline's quick test).
    static func canStartDate(_ word: String) -> Bool { starters.index(of: word) != nil }

    /// The keys of the five tables above in one set: one probe per word instead of five.
    static let starters = ScanWordSet(months.keys + modifiers.keys + ordinals.keys + relativeYears.keys + monthCounts.keys)

    /// Words that join two days of one month ("from 8 to 11 July", "с 14 по 18 июля").
    static let dayJoiners: ScanWordSet = ["to", "till", "until", "through", "по", "до"]

    /// Words before the first day of a span ("from 8 to 11 July", "с 14 по 18 июля").
    static let spanOpeners: ScanWordSet = ["from", "с", "со"]

    /// Words ordinal days may carry ("9th November").
    static let daySuffixes: ScanWordSet = ["st", "nd", "rd", "th", "го", "е", "ого"]

    /// Words joining the two ends of a span.
    static let spanJoiners: ScanWordSet = ["-", "–", "—", "to", "through", "till", "until", "по", "до", "and", "и"]
}
