import Foundation
import Testing
@testable import BriefingAnalysis

/// Emoji and icon glyphs of scraped pages are decoration: they never reach the text
/// (no bundled font draws them, and they carry no facts).
struct DecorationTests {
    @Test func emojiAndSelectorsAreDropped() throws {
        let text = "Минск 👁 1 245 ✈️\nТоварооборот вырос на 25% 👍🏽 за год.\n"
        let analysis = try Analyzer().analyze(files: [(name: "a.txt", data: Data(text.utf8))])
        let body = analysis.documents[0].text
        #expect(!body.unicodeScalars.contains { $0.value >= 0x1F000 || (0xFE00...0xFE0F).contains($0.value) })
        #expect(body.contains("Товарооборот вырос на 25%"))
    }

    @Test func ordinarySymbolsStay() throws {
        let text = "Цена выросла на 5 % — до 32 000 руб. за м² (≈ €300), № 15.\nЭто второе предложение статьи.\n"
        let analysis = try Analyzer().analyze(files: [(name: "a.txt", data: Data(text.utf8))])
        let body = analysis.documents[0].text
        for kept in ["—", "м²", "≈", "€", "№"] { #expect(body.contains(kept), "\(kept) was dropped") }
    }
}
