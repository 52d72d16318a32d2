import Foundation
import Testing
@testable import briefing_bench

/// The generated corpus is what every benchmark number is measured on: it must be the same
/// bytes for the same seed, keep translation pairs together, and keep dates well formed.
@Suite struct CorpusGeneratorTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path

    static func generate(seed: UInt64, size: Int = 60_000) throws -> [String: Data] {
        let folder = NSTemporaryDirectory() + "corpus-test-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try CorpusGenerator(seeds: seeds, seed: seed).write(size: size, to: folder)
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return files
    }

    @Test func sameSeedSameBytes() throws {
        let first = try Self.generate(seed: 3)
        #expect(first.values.reduce(0) { $0 + $1.count } >= 60_000)
        #expect(try Self.generate(seed: 3) == first)
        #expect(try Self.generate(seed: 4) != first)
    }

    @Test func translationsComeInPairs() throws {
        let names = try Self.generate(seed: 5).keys
        // 000 and 002 are one article in two languages: every variant of one has the other.
        #expect(names.filter { $0.hasSuffix("_000.txt") }.count == names.filter { $0.hasSuffix("_002.txt") }.count)
    }

    @Test func datesStayWellFormedAndYearsMove() {
        let variant = ArticleVariant(key: 42)
        let text = variant.renumber("Posted: 26.09.2023 13:00:00, 2025-09-29, 3.64 BYN, 2nd place, 37 turnkey facilities in 2022")
        #expect(text.hasPrefix("Posted: 26.09.\(2023 + variant.yearShift) 13:00:00, \(2025 + variant.yearShift)-09-29, 3.64 BYN, 2nd place"))
        #expect(text.hasSuffix("turnkey facilities in \(2022 + variant.yearShift)"))
        #expect(variant.renumber("825 pupils and 825 places") .split(separator: " ").first == variant.renumber("825").split(separator: " ").first)
    }

    /// The names a variant renames are found by their shape, in texts it has never seen.
    @Test func regionAndGovernorAreFoundByShape() {
        let en = "Ivan Petrenko, Governor of the Tula Region, met the President. The Tula region and the Omsk Oblast agreed."
        #expect(ArticleNames.region(in: en).en == "Tula")
        #expect(ArticleNames.governor(in: en).en == "Petrenko")
        let ru = "Губернатор Тульской области Иван Петренко встретился с президентом Лукашенко в Тульской области."
        #expect(ArticleNames.region(in: ru).ru == "Тульск")
        #expect(ArticleNames.governor(in: ru).ru == "Петренко")
        // A president in -enko next to a governor is not the governor.
        #expect(ArticleNames.governor(in: "President Lukashenko and Governor Petrenko met.").en == "Petrenko")
        #expect(ArticleNames.governor(in: "President Lukashenko spoke about the region.").en == nil)
    }

    @Test func sizes() {
        #expect(ByteSize.parse("1MB") == 1_000_000)
        #expect(ByteSize.parse("1.5mb") == 1_500_000)
        #expect(ByteSize.parse("512KB") == 512_000)
        #expect(ByteSize.parse("0MB") == nil)
        #expect(ByteSize.parse("ten") == nil)
        #expect(ByteSize.label(100_000_000) == "100MB")
    }
}
