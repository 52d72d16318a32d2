/// Vocabulary the figure rules read: comparators, change verbs, currencies, units,
/// place nouns, time units and the words that end a noun phrase. English and Russian.
///
/// General language only: nothing here is shaped around one article.
enum FigureLexicon {
    // MARK: Comparators ("more than 100" → moreThan), longest phrases first.

    static let comparators: [([String], Qualifier)] = {
        let table: [(String, Qualifier)] = [
            ("more than", .moreThan), ("over", .moreThan), ("above", .moreThan), ("in excess of", .moreThan),
            ("exceeding", .moreThan), ("upwards of", .moreThan), ("more then", .moreThan),
            ("exceeded", .moreThan), ("exceeds", .moreThan), ("exceed", .moreThan), ("surpassed", .moreThan),
            ("surpasses", .moreThan), ("topped", .moreThan),
            ("not exceed", .upTo), ("not to exceed", .upTo), ("not exceeding", .upTo), ("never exceeds", .upTo),
            ("at least", .atLeast), ("no less than", .atLeast), ("not less than", .atLeast), ("a minimum of", .atLeast),
            ("no fewer than", .atLeast), ("not fewer than", .atLeast),
            ("up to", .upTo), ("as many as", .upTo), ("as much as", .upTo), ("no more than", .upTo),
            ("not more than", .upTo), ("at most", .upTo), ("a maximum of", .upTo),
            ("less than", .lessThan), ("fewer than", .lessThan), ("under", .lessThan), ("below", .lessThan),
            ("about", .about), ("around", .about), ("approximately", .about), ("roughly", .about),
            ("nearly", .about), ("almost", .about), ("close to", .about), ("circa", .about), ("some", .about),
            ("an estimated", .about), ("approx", .about), ("some", .about),
            ("более чем", .moreThan), ("более", .moreThan), ("больше", .moreThan), ("свыше", .moreThan),
            ("чуть более", .moreThan), ("чуть больше", .moreThan), ("сверх", .moreThan),
            ("превысил", .moreThan), ("превысила", .moreThan), ("превысило", .moreThan), ("превысили", .moreThan),
            ("превысит", .moreThan), ("превысят", .moreThan), ("превышает", .moreThan), ("превышают", .moreThan),
            ("превышал", .moreThan), ("превышала", .moreThan), ("превышало", .moreThan), ("превышали", .moreThan),
            ("превысив", .moreThan), ("превышать", .moreThan), ("превысить", .moreThan),
            ("не превысит", .upTo), ("не превысят", .upTo), ("не превышает", .upTo), ("не превышают", .upTo),
            ("не превысил", .upTo), ("не превысила", .upTo), ("не превысило", .upTo), ("не превысили", .upTo),
            ("не превышать", .upTo), ("не должна превышать", .upTo), ("не должен превышать", .upTo),
            ("не должно превышать", .upTo), ("не должны превышать", .upTo),
            ("не менее чем", .atLeast), ("не менее", .atLeast), ("не меньше", .atLeast), ("как минимум", .atLeast),
            ("минимум", .atLeast), ("по меньшей мере", .atLeast), ("по крайней мере", .atLeast),
            ("до", .upTo), ("не более чем", .upTo), ("не более", .upTo), ("не больше", .upTo), ("максимум", .upTo),
            ("менее чем", .lessThan), ("менее", .lessThan), ("меньше", .lessThan), ("чуть менее", .lessThan),
            ("около", .about), ("почти", .about), ("примерно", .about), ("приблизительно", .about),
            ("порядка", .about), ("почти что", .about), ("ориентировочно", .about), ("где-то", .about),
        ]
        // Deduplicated and split on bytes: a `Set<String>` and `String.split` walked Cyrillic by grapheme.
        var seen = Set<ByteWord>()
        return table.filter { seen.insert(ByteWord($0.0)).inserted }
            .map { (TableText.words($0.0), $0.1) }
            .sorted { $0.0.count > $1.0.count }
    }()

    /// Words after a quantity that open it upwards ("100 or more", "100 и более").
    static let trailingAtLeast: [[String]] = [["or", "more"], ["and", "more"], ["и", "более"], ["и", "больше"], ["or", "over"]]

    // MARK: Change

    static let upStems = ["increas", "grew", "grow", "rose", "risen", "rise", "rising", "gain", "climb", "jump", "surg",
                          "soar", "expand", "boost", "up", "added", "improv",
                          "вырос", "выросл", "раст", "рост", "увелич", "прирост", "повыс", "повыш", "подорож", "прибав", "возрос",
                          "нараст", "наращ", "вырас"]
    static let downStems = ["decreas", "declin", "fell", "fall", "drop", "reduc", "down", "shrank", "shrunk", "shrink",
                            "lower", "cut", "contracted", "contraction", "slump", "plung", "dipp", "dip", "lost",
                            "снизи", "сниж", "сократ", "сокращ", "уменьш", "упал", "упад", "падени", "подешев", "потеря"]
    /// Words after "на N%" that give the direction ("на 25% больше").
    static let upAfter: ByteLexicon<Bool> = ["больше", "выше", "more", "higher", "above"]
    static let downAfter: ByteLexicon<Bool> = ["меньше", "ниже", "less", "lower", "below"]

    // MARK: Multipliers ("в 1,5 раза", "1.4 times", "вдвое")

    /// Words after a number that make it a multiplier.
    static let timesWords: ByteLexicon<Bool> = ["times", "раза", "раз", "fold"]
    /// One-word multipliers.
    static let multiplierWords: ByteLexicon<Double> = [
        "вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5, "вшестеро": 6, "вдесятеро": 10,
        "двукратно": 2, "трехкратно": 3, "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "tenfold": 10,
        "twice": 2, "thrice": 3,
    ]

    // MARK: Percent

    static let percentWords: ByteLexicon<Bool> = ["percent", "процент", "процента", "процентов", "процентах", "процентам", "проц", "pct"]

    // MARK: Money

    static let currencySymbols: ByteLexicon<String> = ["$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "¥": "CNY", "₸": "KZT", "₴": "UAH"]
    static let currencyCodes: ByteLexicon<Bool> = ["usd", "eur", "rub", "byn", "byr", "cny", "rmb", "gbp", "jpy", "kzt", "uah", "chf", "inr", "try", "aed"]
    /// Codes that may be glued to digits ("RUB45,000").
    static let glueableCurrencies = ByteLexicon(words: currencyCodes.keys + ["us"])
    /// Exact currency words → ISO code.
    static let currencyWords: ByteLexicon<String> = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "ruble": "RUB", "rubles": "RUB",
        "rouble": "RUB", "roubles": "RUB", "yuan": "CNY", "renminbi": "CNY", "tenge": "KZT", "hryvnia": "UAH",
        "hryvnias": "UAH", "sterling": "GBP", "yen": "JPY",
        "руб": "RUB", "р": "RUB", "долл": "USD", "евро": "EUR", "тенге": "KZT", "юаней": "CNY", "юаня": "CNY",
        "юань": "CNY", "юанях": "CNY", "гривен": "UAH", "гривны": "UAH", "гривна": "UAH", "иен": "JPY",
    ]
    /// Currency stems for inflected Russian forms ("рублей", "долларов").
    static let currencyStems: [(String, String)] = [("рубл", "RUB"), ("доллар", "USD")]
    /// Words before "rubles" that make them Belarusian.
    static let belarusianMarkers: ByteLexicon<Bool> = ["belarusian", "belarus", "белорусских", "белорусский", "белорусского",
                                                 "белорусские", "белорусским", "бел"]

    /// Words before a currency that only say whose it is ("российских рублей", "US dollars"): skipped.
    static let currencyOwners: ByteLexicon<Bool> = ["russian", "российских", "российского", "российские", "российский",
                                              "российским", "российскому", "us", "american", "американских",
                                              "американского", "американские", "chinese", "китайских", "китайского"]
    /// Words after a currency that only say whose it is ("долларов США"): part of the quote.
    static let currencyCountries: ByteLexicon<Bool> = ["сша", "usa", "us", "рф", "россии"]
    /// Comparators that are verbs ("exceeded", "превысил"): never read across a "by" / "на"
    /// ("was exceeded by 5%" is a change).
    static let verbComparators: ByteLexicon<Bool> = ["exceeded", "exceeds", "exceed", "surpassed", "surpasses", "topped",
                                               "превысил", "превысила", "превысило", "превысили", "превысит",
                                               "превысят", "превышает", "превышают", "превышал", "превышала",
                                               "превышало", "превышали", "превысив", "превышать", "превысить"]

    static func currency(_ word: TokenText) -> String? {
        if currencyCodes.contains(word) { return word.uppercased() }
        if let code = currencyWords[word] { return code }
        return currencyStems.first { word.hasBytePrefix($0.0) }?.1
    }

    /// `currency(word) != nil` without making the code's `String`; the stems compared as bytes
    /// (each `String` stem was opened for its UTF-8 on every word).
    static func isCurrency(_ word: TokenText) -> Bool {
        currencyCodes.contains(word) || currencyWords.contains(word) || currencyStemBytes.contains { word.hasBytePrefix($0) }
    }
    /// The UTF-8 of `currencyStems`.
    private static let currencyStemBytes: [[UInt8]] = currencyStems.map { Array($0.0.utf8) }

    // MARK: Per-unit ("per square meter", "за кв. м")

    static let perCues: ByteLexicon<Bool> = ["per", "за", "/", "a", "an", "в"]
    /// Unit phrases → canonical English name, longest first.
    static let perUnits: [([String], String)] = {
        let table: [(String, String)] = [
            ("square meter", "square meter"), ("square meters", "square meter"), ("square metre", "square meter"),
            ("square metres", "square meter"), ("sq m", "square meter"), ("sq . m", "square meter"), ("sq . m .", "square meter"),
            ("sqm", "square meter"), ("m ²", "square meter"), ("м ²", "square meter"),
            ("кв . м", "square meter"), ("кв . метр", "square meter"), ("кв м", "square meter"),
            ("квадратный метр", "square meter"), ("квадратного метра", "square meter"), ("квадратных метров", "square meter"),
            ("квадратному метру", "square meter"), ("квадратном метре", "square meter"),
            ("cubic meter", "cubic meter"), ("cubic metre", "cubic meter"), ("куб . м", "cubic meter"), ("кубометр", "cubic meter"),
            ("ton", "ton"), ("tonne", "ton"), ("tons", "ton"), ("тонну", "ton"), ("тонна", "ton"), ("тонны", "ton"), ("т", "ton"),
            ("kilogram", "kilogram"), ("kg", "kilogram"), ("кг", "kilogram"), ("килограмм", "kilogram"),
            ("liter", "liter"), ("litre", "liter"), ("литр", "liter"), ("hectare", "hectare"), ("ha", "hectare"), ("га", "hectare"),
            ("гектар", "hectare"), ("person", "person"), ("capita", "person"), ("head", "person"), ("человека", "person"),
            ("душу населения", "person"), ("month", "month"), ("месяц", "month"), ("year", "year"), ("год", "year"),
            ("day", "day"), ("сутки", "day"), ("день", "day"), ("unit", "unit"), ("единицу", "unit"), ("штуку", "unit"),
            ("kwh", "kWh"), ("квт", "kWh"), ("barrel", "barrel"), ("баррель", "barrel"),
        ]
        return table.map { (TableText.words($0.0), $0.1) }.sorted { $0.0.count > $1.0.count }
    }()
    /// Cue words that only introduce time units ("a month", "в год"), never "a ton of".
    static let timeOnlyPerCues: ByteLexicon<Bool> = ["a", "an", "в"]
    static let costWords: ByteLexicon<Bool> = ["cost", "price", "costs", "prices", "стоимость", "стоимости", "цена", "цену", "цены", "стоит"]

    // MARK: Ranks

    static let placeNouns: ByteLexicon<Bool> = ["place", "position", "spot", "место", "месте", "места", "позицию", "позиции",
                                          "позиция", "строчку", "строчке", "строчка", "строку", "строке"]
    /// Nouns a rank may name after one or two adjectives ("first trading partner", "первым торговым партнером").
    static let rankedNouns: ByteLexicon<Bool> = ["partner", "партнер", "партнером", "партнера", "партнеру", "партнере"]
    static let numberWords: ByteLexicon<Bool> = ["number", "номер", "no", "№"]

    /// Every word some figure rule starts on: number words, scales, fractions, ordinals and the
    /// words of "number one" / "полгода" / "a decade"; any other word is skipped with one probe.
    /// A plain list (duplicates left in): no `Set` hashed to build it.
    static let startWordList: [String] = NumberLexicon.cardinals.keys + NumberLexicon.scales.keys
        + NumberLexicon.fractions.keys + NumberLexicon.ordinals.keys + ["a", "an", "one", "number", "номер", "полгода", "полугода"]
        + multiplierWords.keys + ["top"] + FigureRules.topGroupWords.keys

    // MARK: Durations

    /// Time unit words → (unit, how many of it one word is).
    static let timeUnits: ByteLexicon<(String, Double)> = {
        var m: LexiconPairs<(String, Double)> = [
            "year": ("year", 1), "years": ("year", 1), "decade": ("year", 10), "decades": ("year", 10),
            "month": ("month", 1), "months": ("month", 1), "week": ("week", 1), "weeks": ("week", 1),
            "day": ("day", 1), "days": ("day", 1),
        ]
        for w in ["год", "года", "году", "лет", "годы", "годах", "годам", "годами"] { m[w] = ("year", 1) }
        for w in ["десятилетие", "десятилетия", "десятилетий", "десятилетия"] { m[w] = ("year", 10) }
        for w in ["месяц", "месяца", "месяцев", "месяцы", "месяцам"] { m[w] = ("month", 1) }
        for w in ["неделю", "недели", "недель", "неделя"] { m[w] = ("week", 1) }
        for w in ["день", "дня", "дней", "сутки", "суток"] { m[w] = ("day", 1) }
        return ByteLexicon(m)
    }()
    /// Words right before a duration quantity ("for", "next", "в ближайшие").
    static let durationCues: ByteLexicon<Bool> = ["for", "within", "next", "past", "last", "coming", "following", "over", "in",
                                            "ближайшие", "последние", "течение", "следующие", "предстоящие", "за", "на"]
    /// Words that turn "three years" into a point in time, not a span ("three years ago").
    static let durationBlockers: ByteLexicon<Bool> = ["ago", "old", "назад", "спустя", "later", "earlier", "раньше", "позже"]

    // MARK: Noun phrases

    static let stopwords: ByteLexicon<Bool> = [
        "of", "in", "on", "at", "for", "with", "by", "from", "to", "into", "among", "between", "under", "over", "about",
        "per", "than", "as", "the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her",
        "my", "your", "each", "every", "all", "some", "any", "and", "or", "but", "while", "which", "who", "whom",
        "whose", "we", "they", "it", "he", "she", "you", "i", "is", "are", "was", "were", "be", "been", "being",
        "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did",
        "not", "no", "so", "if", "also", "already", "only", "just", "more", "most", "less", "than", "there", "here",
        "now", "then", "when", "where", "why", "how", "what", "such", "through", "during", "within", "across", "up",
        "down", "out", "off", "against", "via", "since", "until", "after", "before", "including", "used", "using",
        "в", "во", "на", "с", "со", "по", "к", "ко", "из", "от", "до", "для", "за", "о", "об", "обо", "при", "без",
        "у", "над", "под", "между", "и", "или", "а", "но", "что", "как", "это", "этот", "эта", "эти", "мы", "они",
        "он", "она", "вы", "я", "его", "ее", "её", "их", "наш", "наши", "ещё", "еще", "уже", "только", "же", "ли",
        "не", "бы", "все", "всё", "весь", "который", "которые", "которых", "которая", "которую", "которое", "был",
        "была", "были", "было", "будет", "будут", "есть", "также", "тоже", "так", "там", "тут", "где", "когда",
        "чем", "свыше", "более", "менее", "около", "почти", "примерно", "через", "после", "среди", "том", "числе",
    ]
    /// Heads that say "things" without saying which; their subject is looked up in the text before.
    static let genericHeads: ByteLexicon<Bool> = ["facilities", "facility", "objects", "object", "sites", "units", "items", "ones",
                                            "projects", "объекты", "объектов", "объекта", "единиц", "единицы", "штук",
                                            "проектов", "проекта"]
    /// Words that point back to something named before ("such objects", "таких объектов").
    static let anaphora: ByteLexicon<Bool> = ["such", "these", "those", "similar", "таких", "такие", "этих", "эти", "подобных",
                                        "аналогичных", "такого", "таким"]
    /// English plurals without a final s.
    static let irregularPlurals: ByteLexicon<Bool> = ["people", "children", "men", "women", "staff", "personnel", "cattle", "sheep",
                                                "livestock", "police", "persons", "pupils", "employees", "workers"]
    /// Nouns a count never counts: they belong to other figure kinds or mean "times".
    static let notCounted: ByteLexicon<Bool> = ["times", "time", "раз", "раза", "percent", "place", "places", "points", "point",
                                          "per", "of", "years", "year", "months", "month", "days", "day", "weeks", "week",
                                          "decades", "decade", "hours", "minutes", "seconds", "o'clock",
                                          "лет", "год", "года", "году", "месяцев", "месяца", "дней", "дня", "часов", "минут",
                                          "место", "месте", "раза", "процентов", "процента", "процент"]

    /// English past and present participles and common verbs that end a counted noun phrase.
    static func endsPhrase(_ word: TokenText) -> Bool {
        word.endsWithBytes("ing") || (word.endsWithBytes("ed") && word.letterCount > 4) || stopwords.contains(word)
    }
}
