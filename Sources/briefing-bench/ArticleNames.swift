/// The names a variant renames, found in an article by their shape rather than listed: the
/// region the article is about ("X Region", "X Oblast", "Xской области") and the surname
/// in -enko of a governor ("Xenko, Governor of …", "Губернатор … Xенко"). Both
/// languages are searched in one text; a name not found is left alone.
enum ArticleNames {
    /// The region named most often, in English and as a Russian adjective stem ending in "ск".
    static func region(in text: String) -> (en: String?, ru: String?) {
        let words = self.words(text)
        var english: [String: Int] = [:], russian: [String: Int] = [:]
        for (index, word) in words.enumerated().dropLast() {
            let next = words[index + 1]
            if isCapitalized(word), ["Region", "region", "Oblast", "oblast"].contains(next) { english[word, default: 0] += 1 }
            if isCapitalized(word), next.hasPrefix("област") || next.hasPrefix("регион"),
               let stem = word.range(of: "ск", options: .backwards).map({ String(word[..<$0.upperBound]) }) {
                russian[stem, default: 0] += 1
            }
        }
        return (mostFrequent(english), mostFrequent(russian))
    }

    /// The surname in -enko / -енко right before "Governor" / "Губернатор", or else the first
    /// within eight words after it; the first such governor of each language.
    static func governor(in text: String) -> (en: String?, ru: String?) {
        let words = self.words(text)
        var en: String?, ru: String?
        for (index, word) in words.enumerated() where word.lowercased().hasPrefix("governor") || word.lowercased().hasPrefix("губернатор") {
            // "Alexander Xenko, Governor of …" or "Governor of … Alexander Xenko".
            let before = index > 0 && isSurname(words[index - 1]) ? words[index - 1] : nil
            guard let found = before ?? words[(index + 1)...].prefix(8).first(where: isSurname) else { continue }
            if found.hasSuffix("enko") { en = en ?? found } else { ru = ru ?? found }
        }
        return (en, ru)
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    private static func isCapitalized(_ word: String) -> Bool { word.first?.isUppercase == true && word.count > 2 }

    private static func isSurname(_ word: String) -> Bool {
        isCapitalized(word) && (word.hasSuffix("enko") || word.hasSuffix("енко")) && word.count > 5
    }

    /// The most frequent key; ties go to the smaller key, so the choice never depends on hashing.
    private static func mostFrequent(_ counts: [String: Int]) -> String? {
        counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
