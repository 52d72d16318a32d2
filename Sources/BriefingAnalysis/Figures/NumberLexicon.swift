/// Number words of English and Russian, every case form listed, plus scales and fractions.
///
/// Kept as tables so a missing form is a one-line data fix.
enum NumberLexicon {
    /// Cardinal words below a hundred and hundreds ("thirty", "пятидесяти", "двухсот").
    static let cardinals: ByteLexicon<Double> = {
        var m: LexiconPairs<Double> = [:]
        let en = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (v, w) in en.enumerated() { m[w] = Double(v) }
        for (w, v) in [("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60),
                       ("seventy", 70), ("eighty", 80), ("ninety", 90)] { m[w] = Double(v) }
        let ru: [(String, Int)] = [
            ("ноль нуля нулю нулём нулем", 0),
            ("один одна одно одного одной одному одним одном одну", 1),
            ("два две двух двум двумя", 2), ("три трех трёх трем трём тремя", 3),
            ("четыре четырех четырёх четырем четырём четырьмя", 4), ("пять пяти пятью", 5),
            ("шесть шести шестью", 6), ("семь семи семью", 7), ("восемь восьми восемью", 8),
            ("девять девяти девятью", 9), ("десять десяти десятью", 10),
            ("одиннадцать одиннадцати одиннадцатью", 11), ("двенадцать двенадцати двенадцатью", 12),
            ("тринадцать тринадцати тринадцатью", 13), ("четырнадцать четырнадцати четырнадцатью", 14),
            ("пятнадцать пятнадцати пятнадцатью", 15), ("шестнадцать шестнадцати шестнадцатью", 16),
            ("семнадцать семнадцати семнадцатью", 17), ("восемнадцать восемнадцати восемнадцатью", 18),
            ("девятнадцать девятнадцати девятнадцатью", 19), ("двадцать двадцати двадцатью", 20),
            ("тридцать тридцати тридцатью", 30), ("сорок сорока", 40),
            ("пятьдесят пятидесяти пятьюдесятью", 50), ("шестьдесят шестидесяти шестьюдесятью", 60),
            ("семьдесят семидесяти семьюдесятью", 70), ("восемьдесят восьмидесяти восемьюдесятью", 80),
            ("девяносто девяноста", 90), ("сто ста", 100),
            ("двести двухсот двумстам двумястами двухстах", 200),
            ("триста трехсот трёхсот тремстам тремястами трехстах трёхстах", 300),
            ("четыреста четырехсот четырёхсот четыремстам четырьмястами четырехстах", 400),
            ("пятьсот пятисот пятистам пятьюстами пятистах", 500), ("шестьсот шестисот шестистам", 600),
            ("семьсот семисот семистам", 700), ("восемьсот восьмисот восьмистам", 800),
            ("девятьсот девятисот девятистам", 900),
        ]
        for (forms, v) in ru { for w in words(forms) { m[w] = Double(v) } }
        return ByteLexicon(m)
    }()

    /// Multipliers: "hundred" (English only; Russian hundreds are cardinals), thousands and up.
    static let scales: ByteLexicon<Double> = {
        var m: LexiconPairs<Double> = ["hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                                   "bn": 1e9, "mn": 1e6, "mln": 1e6, "bln": 1e9, "k": 1e3, "m": 1e6, "b": 1e9,
                                   "тыс": 1e3, "млн": 1e6, "млрд": 1e9, "трлн": 1e12]
        let ru: [(String, Double)] = [
            ("тысяча тысячи тысяч тысячу тысячей тысячам тысячами тысячах", 1e3),
            ("миллион миллиона миллионов миллиону миллионом миллионам миллионами миллионах", 1e6),
            ("миллиард миллиарда миллиардов миллиарду миллиардом миллиардам миллиардами миллиардах", 1e9),
            ("триллион триллиона триллионов триллионам триллионами", 1e12),
        ]
        for (forms, v) in ru { for w in words(forms) { m[w] = v } }
        return ByteLexicon(m)
    }()

    /// Scale abbreviations that are only scales when glued to digits or after a currency ("5m", "$3bn").
    static let shortScales: ByteLexicon<Bool> = ["k", "m", "b"]

    /// Scales written in the plural mean "many", not a value ("millions of people", "тысячи людей").
    static let vagueScales: ByteLexicon<Bool> = ["thousands", "millions", "billions", "hundreds", "тысячи", "миллионы",
                                           "миллиарды", "сотни", "десятки", "dozens", "tens"]

    /// Fractions, as a share of one ("a quarter" = 0.25, "полтора" = 1.5).
    static let fractions: ByteLexicon<Double> = {
        var m: LexiconPairs<Double> = ["quarter": 0.25, "half": 0.5, "third": 1.0 / 3, "quarters": 0.25, "thirds": 1.0 / 3]
        let ru: [(String, Double)] = [
            ("четверть четверти четвертью", 0.25), ("треть трети третью", 1.0 / 3),
            ("половина половины половину половиной половине", 0.5), ("полтора полторы полутора", 1.5),
        ]
        for (forms, v) in ru { for w in words(forms) { m[w] = v } }
        return ByteLexicon(m)
    }()

    /// Ordinal words and stems ("second", "второе") with their rank.
    static let ordinals: ByteLexicon<Int> = {
        var m: LexiconPairs<Int> = [:]
        let en = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        for (v, w) in en.enumerated() { m[w] = v + 1 }
        let ru = ["перв", "втор", "треть", "четвёрт", "пят", "шест", "седьм", "восьм", "девят", "десят"]
        let endings = ["ый", "ой", "ий", "ое", "ье", "ая", "ья", "ого", "ьего", "его", "ом", "ьем", "ем", "ую", "ью", "ым", "им", "ьим"]
        for (v, stem) in ru.enumerated() {
            for e in endings { m[stem + e] = v + 1 }
            if stem == "четвёрт" { for e in endings { m["четверт" + e] = v + 1 } }
            if stem == "треть" { for e in endings { m["трет" + e] = v + 1 } }
        }
        // "третью"/"четверти" are fractions as well; the rank rule needs a place noun after them anyway.
        return ByteLexicon(m)
    }()

    /// The space-separated words of `forms`, split on bytes (`String.split` walks Cyrillic by grapheme).
    private static func words(_ forms: String) -> [String] {
        forms.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Suffixes that make a digit an ordinal: "2nd", "2-е", "1-м".
    static let ordinalSuffixes: ByteLexicon<Bool> = ["st", "nd", "rd", "th", "е", "й", "я", "го", "м", "ое", "ый", "ой", "ая", "ий", "ье", "ом", "ем"]
}
