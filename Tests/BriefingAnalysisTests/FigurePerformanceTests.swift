import Foundation
import Testing
@testable import BriefingAnalysis

/// Bounded work: many numbers in one sentence or one document stay linear.
struct FigurePerformanceTests {
    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func sentence(numbers: Int) -> String {
        (0..<numbers).map { "more than \($0 % 900 + 10) such objects, by \($0 % 50)% and RUB\($0),000 per square meter" }
            .joined(separator: " ")
    }

    @Test func tenThousandNumbersInOneSentence() {
        let text = Self.sentence(numbers: 3_334)   // three numbers each: 10,000 numbers
        var count = 0
        let seconds = Self.time { count = FigureTestSupport.figures(text, .en).count }
        #expect(count >= 10_000)
        #expect(seconds < 20, "took \(seconds) s")
    }

    @Test func growsLinearly() {
        let small = Self.sentence(numbers: 500), large = Self.sentence(numbers: 2_000)
        let ts = Self.time { _ = FigureTestSupport.figures(small, .en) }
        let tl = Self.time { _ = FigureTestSupport.figures(large, .en) }
        #expect(tl < ts * 8, "500: \(ts) s, 2000: \(tl) s")
    }

    @Test func factBuilderOnManyFigures() {
        let text = Self.sentence(numbers: 2_000)
        let document = Document(id: "d", fileName: "d.txt", language: .en, title: "", text: text)
        let figures = FigureTestSupport.figures(text, .en)
        var facts: [Fact] = []
        let seconds = Self.time { facts = FactBuilder.facts(from: figures, times: [], documents: [document]) }
        #expect(!facts.isEmpty)
        #expect(seconds < 20, "took \(seconds) s")
    }
}
