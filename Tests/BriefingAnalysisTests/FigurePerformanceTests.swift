import Foundation
import Testing
@testable import BriefingAnalysis

/// Bounded work: many numbers in one sentence or one document are all read and merged.
/// Speed and linear cost are measured by the benchmark (`briefing-bench`, release build),
/// not here: timed assertions in unit tests are flaky on a shared machine.
struct FigurePerformanceTests {
    static func sentence(numbers: Int) -> String {
        (0..<numbers).map { "more than \($0 % 900 + 10) such objects, by \($0 % 50)% and RUB\($0),000 per square meter" }
            .joined(separator: " ")
    }

    @Test func tenThousandNumbersInOneSentence() {
        let text = Self.sentence(numbers: 3_334)   // three numbers each: 10,000 numbers
        #expect(FigureTestSupport.figures(text, .en).count >= 10_000)
    }

    @Test func factBuilderOnManyFigures() {
        let text = Self.sentence(numbers: 2_000)
        let document = Document(id: "d", fileName: "d.txt", language: .en, title: "", text: text)
        let figures = FigureTestSupport.figures(text, .en)
        let facts = FactBuilder.facts(from: figures, times: [], documents: [document])
        #expect(!facts.isEmpty)
        #expect(facts.count <= figures.count)
    }
}
