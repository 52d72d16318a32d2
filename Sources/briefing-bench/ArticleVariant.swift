import Foundation

/// One rewriting of a seed article: other numbers, years shifted, other region and person
/// names, body paragraphs in another order. Translations of one article get the same
/// variant (the same key), so they still read as translations of each other.
struct ArticleVariant {
    /// Keys the number mapping: the same digits map to the same new digits in every article of the variant.
    let key: UInt64
    /// Added to every year 1990...2030, so dates move together and stay consistent.
    let yearShift: Int
    /// 0 keeps the article's own name; otherwise one more than the index into `regions` / `surnames`.
    let region: Int
    let surname: Int
    /// Whether the body paragraphs are rotated, and by how many.
    let rotation: Int

    /// Header lines that keep their place, so titles, datelines and "Posted:" lines stay headers.
    static let headerLines = 12

    init(key: UInt64) {
        var rng = SplitMix64(seed: key)
        self.key = key
        yearShift = -Int(rng.next() % 11)
        region = Int(rng.next() % UInt64(Self.regions.count + 1))
        surname = Int(rng.next() % UInt64(Self.surnames.count + 1))
        rotation = rng.next() % 2 == 0 ? 0 : 1 + Int(rng.next() % 7)
    }

    /// The seed article rewritten.
    func apply(to text: String) -> String {
        var out = text
        if region > 0 { out = Self.rename(out, ArticleNames.region(in: out), to: Self.regions[region - 1]) }
        if surname > 0 { out = Self.rename(out, ArticleNames.governor(in: out), to: Self.surnames[surname - 1]) }
        return reorder(renumber(out))
    }

    // MARK: - Names

    /// Other regions: English name and Russian adjective stem ("…ской области" keeps its case
    /// ending). Variant 0 keeps the article's own region (found by `ArticleNames`).
    static let regions: [(en: String, ru: String)] = [
        ("Pskov", "Псковск"), ("Novgorod", "Новгородск"), ("Smolensk", "Смоленск"), ("Kaluga", "Калужск"), ("Tver", "Тверск"),
    ]
    /// Other surnames in -enko: they do not decline in Russian, so a plain replacement stays
    /// grammatical. Variant 0 keeps the article's own.
    static let surnames: [(en: String, ru: String)] = [
        ("Kovalenko", "Коваленко"), ("Bondarenko", "Бондаренко"), ("Tkachenko", "Ткаченко"),
        ("Kravchenko", "Кравченко"), ("Marchenko", "Марченко"), ("Lysenko", "Лысенко"),
    ]

    private static func rename(_ text: String, _ own: (en: String?, ru: String?), to other: (en: String, ru: String)) -> String {
        var out = text
        if let en = own.en { out = out.replacingOccurrences(of: en, with: other.en) }
        if let ru = own.ru { out = out.replacingOccurrences(of: ru, with: other.ru) }
        return out
    }

    // MARK: - Numbers

    /// Rewrites digit runs: years move by `yearShift`; parts of dates, decimals, clock times,
    /// ordinals ("2nd", "2-е") and grouped tails keep their digits so they stay well formed;
    /// every other number becomes another with as many digits.
    func renumber(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            guard Self.isDigit(scalars[i]) else { out.append(scalars[i]); i += 1; continue }
            var j = i
            while j < scalars.count, Self.isDigit(scalars[j]) { j += 1 }
            let digits = String(String.UnicodeScalarView(scalars[i..<j]))
            out.append(contentsOf: replacement(digits, before: i > 0 ? scalars[i - 1] : nil,
                                               after: Array(scalars[j..<min(j + 2, scalars.count)])).unicodeScalars)
            i = j
        }
        return String(out)
    }

    private func replacement(_ digits: String, before: Unicode.Scalar?, after: [Unicode.Scalar]) -> String {
        let value = Int(digits) ?? 0
        if digits.count == 4, (1990...2030).contains(value) { return String(value + yearShift) }
        let joiners: Set<Unicode.Scalar> = [".", ",", ":", "/", "-", "–"]
        // "26.09.2023", "3.64", "13:00", "2025-09-29", "25-30%": keep, the neighbours depend on it.
        if let before, joiners.contains(before) { return digits }
        if let next = after.first {
            if joiners.contains(next), after.count > 1, Self.isDigit(after[1]) || Self.isLetter(after[1]) { return digits }
            if Self.isLetter(next) { return digits } // "2nd", "3D"
        }
        let hash = SplitMix64.hash(Substring(digits), key: key)
        if digits.count == 1 { return String(2 + hash % 8) }
        if digits.count == 2 { return String(10 + hash % 19) } // 10...28: still a valid day of any month
        let low = Int(pow(10.0, Double(digits.count - 1)))
        return String(low + Int(hash % UInt64(9 * low)))
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    private static func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }

    // MARK: - Order

    /// Rotates the body paragraphs after the header, so the same facts sit at other offsets.
    func reorder(_ text: String) -> String {
        guard rotation > 0 else { return text }
        var lines = text.components(separatedBy: "\n")
        guard lines.count > Self.headerLines + 2 else { return text }
        var body = Array(lines[Self.headerLines...])
        let shift = rotation % body.count
        body = Array(body[shift...] + body[..<shift])
        lines.replaceSubrange(Self.headerLines..., with: body)
        return lines.joined(separator: "\n")
    }
}
