import Testing
@testable import BriefingAnalysis

@Suite struct SentenceTests {
    func split(_ text: String) -> [String] { SentenceSplitter.split(text, document: "d").map(\.text) }

    @Test func splitsOnTerminatorsAndLines() {
        #expect(split("One two. Three four! Five?\nSix") == ["One two.", "Three four!", "Five?", "Six"])
    }

    @Test func abbreviationsAndInitialsDoNotSplit() {
        #expect(split("Mr. Drozdenko met Dr. Smith in St. Petersburg. Next.") == ["Mr. Drozdenko met Dr. Smith in St. Petersburg.", "Next."])
        #expect(split("A. Lukashenko and А. Дрозденко met.") == ["A. Lukashenko and А. Дрозденко met."])
        #expect(split("Это т.е. пример, т. е. тоже.") == ["Это т.е. пример, т. е. тоже."])
        #expect(split("Цена 32 тыс. руб. за кв. м в г. Минске.") == ["Цена 32 тыс. руб. за кв. м в г. Минске."])
    }

    @Test func abbreviationThatEndsASentence() {
        #expect(split("Рост в 2012 г. Объем вырос.") == ["Рост в 2012 г.", "Объем вырос."])
        #expect(split("Товары, услуги и т.д. Далее текст.") == ["Товары, услуги и т.д.", "Далее текст."])
    }

    @Test func decimalsAndQuotedNamesDoNotSplit() {
        #expect(split("The rate is 3.64 rubles. It fell.") == ["The rate is 3.64 rubles.", "It fell."])
        #expect(split("Минск принимает выставку \"ИННОПРОМ. Беларусь\". Далее.") == ["Минск принимает выставку \"ИННОПРОМ. Беларусь\".", "Далее."])
    }

    @Test func quotesStayWithTheirSentence() {
        #expect(split("He said: \"We will.\" Then he left.") == ["He said: \"We will.\"", "Then he left."])
        #expect(split("It grew. \"We are glad,\" he said.") == ["It grew.", "\"We are glad,\" he said."])
    }

    @Test func sentencesCarryDocumentOffsetAndParagraph() {
        let text = "First one. Second one.\nThird."
        let sentences = SentenceSplitter.split(text, document: "doc")
        #expect(sentences.map(\.offset) == [0, 11, 23])
        #expect(sentences.map(\.paragraph) == [0, 0, 1])
        #expect(sentences.allSatisfy { $0.document == "doc" })
        let scalars = Array(text.unicodeScalars)
        for s in sentences {
            #expect(String(String.UnicodeScalarView(scalars[s.offset..<(s.offset + s.text.unicodeScalars.count)])) == s.text)
        }
    }

    @Test func veryLongInputIsCutIntoBoundedSentences() {
        let text = Array(repeating: "word", count: 5_000).joined(separator: " ")
        #expect(split(text).allSatisfy { $0.unicodeScalars.count <= SentenceSplitter.maximumLength + 10 })
    }
}
