import Foundation
import Testing
@testable import BriefingAnalysis

/// Seeded random corpora (issue 6): whole folders of articles mixing good text, random
/// bytes, legacy encodings, digits, separators, Cyrillic and page chrome. Beyond "no crash"
/// (see `CorpusRobustnessTests` for single texts), every file must finish as a document or
/// a reasoned skip, every quote must come from its article, and the result must not
/// depend on anything but the input.
@Suite struct RandomInputTests {
    typealias Generator = CorpusRobustnessTests.Generator

    static let digits = ["0", "7", "25", "816 000", "1.844.036.360,12", "3,64", "3.64", "2012–13", "2012-2013", "10 000",
                         "1 000 000", "12.03.2024", "26.09.2023 13:00:00", "+375 17 222-33-44", "№ 5", "XXI", "1/2", "0,5"]
    static let separators = [" ", " ", ". ", ", ", "; ", ": ", " – ", "-", "/", "\n", "\n\n", "\u{00A0}", "\u{202F}", "%", "(", ")",
                             "«", "»", "\"", "…", "\t"]
    static let words = ["товарооборот", "вырос", "на", "процентов", "млрд", "рублей", "долларов", "марта", "года", "в", "конце",
                        "Губернатор", "Беларуси", "trade", "grew", "by", "percent", "billion", "million", "more than", "about",
                        "in", "March", "the", "agreement", "signed", "Minsk", "Leningrad Region", "first", "class", "up to"]
    static let chrome = ["Home | News | Contacts", "Share", "Print", "Views: 1234", "Font settings", "Версия для слабовидящих",
                         "USD 3.64 ↑", "← Back to news", "Подписаться", "© 2024 All rights reserved", "Комментарии (0)"]

    @Test func randomCorporaFinishEveryFileWithQuotesFromTheirArticles() throws {
        var random = Generator(state: 2024)
        var read = 0, skipped = 0, facts = 0
        for round in 0..<30 {
            let files = (0..<Int.random(in: 1...5, using: &random)).map { index in
                (name: "r\(round)-\(index).txt", data: Self.article(using: &random))
            }
            let analysis = try Analyzer(skipBad: true).analyze(files: files)
            read += analysis.documents.count; skipped += analysis.skipped.count; facts += analysis.facts.count
            #expect(analysis.documents.count + analysis.skipped.count == files.count, "round \(round): a file vanished")
            for skipped in analysis.skipped {
                #expect(!skipped.reason.isEmpty && !skipped.reason.contains("\n"), "round \(round): \(skipped)")
            }
            let texts = Dictionary(uniqueKeysWithValues: analysis.documents.map { ($0.id, $0.text) })
            for mention in analysis.facts.flatMap(\.mentions) {
                #expect(texts[mention.document]?.contains(mention.quote) == true, "round \(round): quote not in its article")
            }
        }
        // The corpora reach both paths and the figure rules, so the checks above are not vacuous.
        #expect(read > 0 && skipped > 0 && facts > 0, "read \(read), skipped \(skipped), facts \(facts)")
    }

    @Test func sameRandomCorpusGivesTheSameAnalysis() throws {
        var random = Generator(state: 99)
        let files = (0..<4).map { (name: "s\($0).txt", data: Self.article(using: &random)) }
        let first = try Analyzer(skipBad: true).analyze(files: files)
        let second = try Analyzer(skipBad: true).analyze(files: files)
        #expect(first == second)
    }

    @Test func longRandomMixFinishes() throws {
        // About 120 kB of digits and separators: the shape that turns quadratic if anything does.
        var random = Generator(state: 5)
        var text = "Report\n\n"
        while text.utf8.count < 120_000 {
            text += Self.digits.randomElement(using: &random)! + Self.separators.randomElement(using: &random)!
            if Int.random(in: 0..<8, using: &random) == 0 { text += Self.words.randomElement(using: &random)! + " " }
        }
        let start = Date()
        _ = try Analyzer(skipBad: true).analyze(files: [(name: "long.txt", data: Data(text.utf8))])
        // Generous: a sanity bound for a debug build on a busy machine, not a benchmark.
        #expect(Date().timeIntervalSince(start) < 60)
    }

    // MARK: - Generating articles

    /// One file: usually a text of random pieces (UTF-8 or Windows-1251), sometimes raw bytes.
    static func article(using random: inout Generator) -> Data {
        switch Int.random(in: 0..<10, using: &random) {
        case 0:
            return Data((0..<Int.random(in: 0...3_000, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
        case 1:
            // High bytes only, no NUL: neither UTF-8 nor clearly Russian, or Russian by chance.
            return Data((0..<Int.random(in: 1...500, using: &random)).map { _ in UInt8.random(in: 0x80...0xFF, using: &random) })
        default:
            let text = Self.text(using: &random)
            if Int.random(in: 0..<4, using: &random) == 0, let legacy = text.data(using: .windowsCP1251) { return legacy }
            return Data(text.utf8)
        }
    }

    /// A title, then lines mixing words, numbers, separators and whole chrome lines.
    static func text(using random: inout Generator) -> String {
        var lines = [words.shuffled(using: &random).prefix(5).joined(separator: " ")]
        for _ in 0..<Int.random(in: 0...40, using: &random) {
            if Int.random(in: 0..<4, using: &random) == 0 {
                lines.append(chrome.randomElement(using: &random)!)
                continue
            }
            var line = ""
            for _ in 0..<Int.random(in: 1...30, using: &random) {
                let pool = [digits, separators, words, words][Int.random(in: 0..<4, using: &random)]
                line += pool.randomElement(using: &random)! + " "
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
