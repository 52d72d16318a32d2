import Foundation
import Testing
@testable import BriefingAnalysis

/// Bad and hostile input: no crash, no hang, bounded time (issue 6).
@Suite struct CorpusRobustnessTests {
    /// A small deterministic generator so the randomised test is the same on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    func analyse(_ text: String) throws -> Analysis {
        try Analyzer(skipBad: true).analyze(files: [("x.txt", Data(text.utf8))])
    }

    @Test func randomMixesOfDigitsSeparatorsCyrillicAndChrome() throws {
        var random = Generator(state: 42)
        let pieces = ["2012", "–", "-", "13", ".", ",", ":", "00", " ", "\n", "ноября", "November", "в", "конце", "года", "3.64 BYN",
                      "Font size", "«", "\"", "%", "$", "руб.", "тыс.", "Mr.", "г.", "meeting", "встреча", "Governor", "Иван", "Petrov",
                      "9", "26.09.2023", "mid-", "between", "and", "с", "по", "today", "\u{202E}", "&amp;", "<b>", "%s", "🙂"]
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 1...300, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined(separator: " ")
            let analysis = try analyse(text)
            for d in analysis.documents {
                for mention in analysis.events.flatMap(\.mentions) { #expect(d.text.contains(mention.quote)) }
            }
        }
    }

    @Test func randomBytesNeverCrash() {
        var random = Generator(state: 7)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 1...2_000, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            _ = try? Analyzer().analyze(files: [("x.txt", Data(bytes))])
        }
    }

    @Test func longWordAndManyNumbersStayFast() throws {
        let word = String(repeating: "a", count: 5_000)
        let numbers = (0..<10_000).map { String($0 * 7 % 100_000) }.joined(separator: " ")
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            _ = try analyse("Title of the piece\n" + word + " ends here. " + numbers + ".")
            _ = try analyse(String(repeating: "2012-2013 ", count: 20_000))
            _ = try analyse(String(repeating: "meeting on 9 November 2012 ", count: 5_000))
        }
        #expect(elapsed < .seconds(20))
    }

    @Test func textWithoutSpacesIsCutIntoBoundedSentences() {
        let text = String(repeating: "абв", count: 50_000)
        #expect(SentenceSplitter.split(text, document: "d").allSatisfy { $0.text.unicodeScalars.count <= 4 * SentenceSplitter.maximumLength })
    }

    @Test func bidiAndMarkupAreKeptOrDroppedNeverInterpreted() throws {
        let analysis = try analyse("Title <b>bold</b> &amp; %s\nText \u{202E}reversed\u{202C} here.")
        #expect(analysis.documents.first?.text == "Title <b>bold</b> &amp; %s\nText reversed here.")
    }
}
