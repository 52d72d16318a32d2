import Testing
@testable import BriefingAnalysis

/// Numbers in digits and words, English and Russian, and the digit runs that are not numbers.
struct NumberReaderTests {
    static let digits: [(String, Language, Double)] = [
        ("32,000", .en, 32_000), ("32 000", .ru, 32_000), ("816 000", .ru, 816_000),
        ("1.844.036.360,12", .ru, 1_844_036_360.12), ("3,64", .ru, 3.64), ("3.64", .en, 3.64),
        ("1,234.5", .en, 1234.5), ("1 234,5", .ru, 1234.5), ("3 000 000", .ru, 3_000_000), ("25", .en, 25),
        ("1,5 млрд", .ru, 1.5e9), ("32 тыс.", .ru, 32_000), ("1.2 billion", .en, 1.2e9), ("5 млн", .ru, 5e6),
        ("3bn", .en, 3e9), ("10 thousand", .en, 10_000), ("2,5 миллиона", .ru, 2.5e6), ("100 000", .ru, 100_000),
    ]
    static let words: [(String, Language, Double)] = [
        ("Thirty-seven", .en, 37), ("two", .en, 2), ("a hundred", .en, 100), ("one hundred and twenty", .en, 120),
        ("two thousand three hundred", .en, 2300), ("a billion", .en, 1e9), ("тридцать семь", .ru, 37), ("двух", .ru, 2),
        ("пятидесяти двух", .ru, 52), ("двести пятьдесят", .ru, 250), ("трёх", .ru, 3), ("сорока", .ru, 40),
        ("миллиарда", .ru, 1e9), ("пять тысяч", .ru, 5000), ("тридцать семь тысяч", .ru, 37_000), ("девяноста", .ru, 90),
    ]
    static let fractions: [(String, Language, Double)] = [
        ("a quarter", .en, 0.25), ("half", .en, 0.5), ("a third", .en, 1.0 / 3), ("четверть", .ru, 0.25),
        ("треть", .ru, 1.0 / 3), ("половина", .ru, 0.5), ("полтора", .ru, 1.5), ("полтора миллиона", .ru, 1.5e6),
        ("две трети", .ru, 2.0 / 3), ("three quarters", .en, 0.75), ("половины", .ru, 0.5), ("полторы", .ru, 1.5),
    ]

    /// "половина" is a share of one; "полтора" is a number of its own.
    @Test func halfIsAFractionOneAndAHalfIsNot() {
        func first(_ text: String) -> Quantity? { NumberReader.quantities(in: FigureTokenizer.tokens(of: text, language: .ru)).first }
        #expect(first("половина")?.isFraction == true)
        #expect(first("половины")?.isFraction == true)
        #expect(first("полтора")?.isFraction == false)
        #expect(first("полторы тысячи")?.value == 1500)
    }

    /// Digits with grouping, decimals and scales; words in any case form; fractions.
    @Test(arguments: digits + words + fractions)
    func reads(text: String, language: Language, value: Double) {
        #expect(FigureTestSupport.quantity(text, language) == value)
    }

    /// Words that look numeric but are not quantities, and runs of digits that are codes.
    @Test(arguments: [
        "13:00:00", "26.09.2023", "2025-09-29", "123-45-67", "a8edd24489970e3b", "https://site.by/news/12345",
        "A320", "09", "12/05/2020", "192.168.1.1", "id12345", "millions", "тысячи", "Российский промышленник-2006",
        "COVID-19", "XI", "one", "the first",
    ])
    func notNumbers(text: String) {
        let tokens = FigureTokenizer.tokens(of: text, language: .en)
        let q = NumberReader.quantities(in: tokens).filter { !($0.isWord && $0.value <= 1) }
        #expect(q.isEmpty, "\(text) read as \(q.map(\.value))")
    }

    @Test func twoWordNumbersInARowStayApart() {
        let tokens = FigureTokenizer.tokens(of: "two three", language: .en)
        #expect(NumberReader.quantities(in: tokens).map(\.value) == [2, 3])
    }

    @Test func yearsAreFlagged() {
        let tokens = FigureTokenizer.tokens(of: "in 2022 and 2,022 and 20222", language: .en)
        #expect(NumberReader.quantities(in: tokens).map(\.looksLikeYear) == [true, false, false])
    }

    @Test func offsetsAreUnicodeScalars() {
        let tokens = FigureTokenizer.tokens(of: "Рост на 25%", language: .ru)
        #expect(tokens.map(\.start) == [0, 5, 8, 10])
    }
}
