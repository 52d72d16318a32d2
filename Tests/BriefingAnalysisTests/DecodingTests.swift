import Foundation
import Testing
@testable import BriefingAnalysis

@Suite struct DecodingTests {
    let russian = "Губернатор Ленинградской области назвал новые направления сотрудничества с Беларусью. Минск в эти дни принимает международную выставку."

    func decode(_ bytes: [UInt8]) throws -> String { try TextDecoder.decode(Data(bytes), path: "a.txt") }

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try decode(Array("Hello, мир".utf8)) == "Hello, мир")
        #expect(try decode([0xEF, 0xBB, 0xBF] + Array("Hello".utf8)) == "Hello")
    }

    @Test func utf16WithBOM() throws {
        let data: [UInt8] = [0xFF, 0xFE] + "Минск".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try decode(data) == "Минск")
    }

    @Test(arguments: CyrillicCodePage.allCases)
    func legacyRussianIsDetected(page: CyrillicCodePage) throws {
        #expect(try decode(page.encode(russian)) == russian)
        let (_, encoding) = try TextDecoder.decodeWithEncoding(Data(page.encode(russian)), path: "a.txt")
        #expect(encoding == page.rawValue)
    }

    @Test func shortLegacyRussianWithLatinIsDetected() throws {
        let text = "Выставка BELEXPO 2025: 52 станции."
        #expect(try decode(CyrillicCodePage.windows1251.encode(text)) == text)
        #expect(try decode(CyrillicCodePage.koi8r.encode(text)) == text)
    }

    @Test func binaryFileIsAnErrorNamingTheFile() {
        #expect { try decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41]) } throws: { error in
            (error as? AnalysisError)?.description.hasPrefix("a.txt: binary file") == true
        }
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: AnalysisError.self) { try decode([]) }
    }

    @Test func westernLatin1IsNotMistakenForRussian() {
        // "Café déjà vu, naïve façade" in ISO-8859-1: invalid UTF-8, not Russian either.
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" d".utf8) + [0xE9] + Array("j".utf8) + [0xE0]
            + Array(" vu, na".utf8) + [0xEF] + Array("ve fa".utf8) + [0xE7] + Array("ade".utf8)
        #expect(throws: AnalysisError.self) { try decode(bytes) }
    }

    @Test func spacesDashesQuotesAreNormalised() {
        let text = TextNormalizer.normalize("32\u{00A0}000\u{202F}руб \u{201C}quoted\u{201D} it\u{2019}s 25\u{2013}30 a\u{2014}b \u{2212}5")
        #expect(text == "32 000 руб \"quoted\" it's 25–30 a—b -5")
    }

    @Test func invisibleControlsAreDropped() {
        let text = TextNormalizer.normalize("a\u{202E}b\u{200F}c\u{00AD}d\u{200B}e\u{0007}f")
        #expect(text == "abcdef")
    }

    @Test func lineEndingsAndPaddingAreNormalised() {
        #expect(TextNormalizer.normalize("  one  two \r\nthree\rfour\n\n") == "one two\nthree\nfour")
    }

    @Test func textIsComposedToNFC() {
        let decomposed = "и\u{0306}"
        #expect(TextNormalizer.normalize(decomposed).unicodeScalars.map(\.value) == [0x439])
    }

    @Test func markupAndFormatSpecifiersStayLiteral() {
        #expect(TextNormalizer.normalize("<b>x</b> &amp; %s") == "<b>x</b> &amp; %s")
    }

    /// `decode` validates plain UTF-8 while normalising it: it must give what validating first
    /// and normalising the string gives, or the same error, for valid and broken bytes alike.
    @Test func validatingNormaliserMatchesValidatingFirst() {
        let pieces: [[UInt8]] = [
            Array("Word ".utf8), Array("  ".utf8), Array("Слово, ".utf8), [0x0D, 0x0A], [0x0D], [0x09], [0x00], [0x7F],
            [0xC3, 0xA9], [0xE2, 0x80, 0x94], [0xF0, 0x9F, 0x98, 0x80], [0xCC, 0x81], [0xC0, 0xAF], [0xC1, 0xBF],
            [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xD0], [0xD1, 0x41],
            [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xFE], [0xFF], [0xEF, 0xBB, 0xBF], Array("abcdefgh".utf8), [0x20],
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for k in 0..<Int(state >> 60) + 1 {
                bytes += pieces[Int((state >> UInt64(4 * (k % 12))) & 0xFF) % pieces.count]
            }
            let general: String? = try? TextNormalizer.normalize(TextDecoder.decodeRaw(Data(bytes), path: "a.txt"))
            #expect((try? decode(bytes)) == general, "\(bytes)")
        }
    }
}
