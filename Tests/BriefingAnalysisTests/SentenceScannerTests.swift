import Testing
@testable import BriefingAnalysis

/// `SentenceScanner` (one tokenising pass per document) must give the sentences and scans of
/// splitting first and cutting each sentence on its own.
@Suite struct SentenceScannerTests {
    private func expectSameAsSeparatePasses(_ text: String) {
        let (sentences, scans) = SentenceScanner.scan(text, document: "d")
        let scalars = Array(text.unicodeScalars)
        let (expected, ranges) = SentenceSplitter.split(text, scalars: scalars, document: "d")
        #expect(sentences == expected)
        #expect(scans.count == ranges.count)
        for (scan, range) in zip(scans, ranges) {
            let reference = TokenScan(scalars: Array(scalars[range]))
            #expect(scan.scalars == reference.scalars)
            #expect(scan.bytes == reference.bytes)
            #expect(scan.identifierRuns == reference.identifierRuns)
            #expect(scan.tokens.count == reference.tokens.count)
            for (a, b) in zip(scan.tokens, reference.tokens) {
                #expect(a.kind == b.kind && a.start == b.start && a.end == b.end && a.textStart == b.textStart
                        && a.textCount == b.textCount && a.hash == b.hash && a.value == b.value
                        && a.isCapitalized == b.isCapitalized && a.isAllCaps == b.isAllCaps
                        && a.isCyrillic == b.isCyrillic && a.spaceBefore == b.spaceBefore)
            }
        }
    }

    @Test func sameAsSplittingThenCutting() {
        expectSameAsSeparatePasses("Mr. Smith met Dr. Jones in St. Petersburg on 9 November 2012. Revenue rose 3.64% (USD 1,200).\n"
            + "Губернатор ЁЛКИН сказал: «Рост — 25 %». И т.д. В 2023 г. NATO, EXPO-2025 и ВВП…\n\n"
            + "See https://example.com/news/2023/12345 or mail a_b@example.org #tag x=2012 a/b/c/d.\n"
            + "Çà et là, the naïve café's CEO said \"It's done!\" Then?! Zürich; İstanbul Ⱥ.   \t \r\n  trailing")
    }

    @Test func longRunsCutInsideAWordAreScannedOnTheirOwn() {
        // Over four times the length bound without a space: cut inside the run.
        let run = String(repeating: "abcdefghij", count: 700)
        expectSameAsSeparatePasses("Start. " + run + " end. " + String(repeating: "word ", count: 400) + "done.")
        expectSameAsSeparatePasses(String(repeating: "1234567890", count: 700))
        expectSameAsSeparatePasses("")
        expectSameAsSeparatePasses("   \n\n  ")
    }
}
