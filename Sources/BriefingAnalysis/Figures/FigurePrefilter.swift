/// The cheap test run before a sentence is tokenised for figures.
///
/// Every figure rule anchors on an unblocked `.number` token or on a word of
/// `FigureLexicon.startWords` (see `FigureFinder.drafts`), so a sentence whose digits all lie
/// inside dates and that has no such word has no figure. "a"/"an" only start a figure before
/// a fraction, a scale or a time unit ("a quarter", "a million", "for a year"). Most sentences
/// of a text are rejected here in one pass over their UTF-8 bytes, without a token or a string.
enum FigurePrefilter {
    /// False only when no figure can be read from `text`; true may still find none.
    static func mayHaveFigures(_ text: String, timeSpans: [Range<Int>]) -> Bool {
        var text = text
        return text.withUTF8 { scan($0, timeSpans: timeSpans) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, timeSpans: [Range<Int>]) -> Bool {
        var word: [UInt8] = []
        word.reserveCapacity(maxWord + 8)
        var inWord = false, afterArticle = false
        var n = 0, i = 0
        let end = bytes.count
        /// Ends the letter run in `word`; true when it may start a figure.
        func close() -> Bool {
            inWord = false
            let article = word.count <= 2 && word.first == 0x61 && (word.count == 1 || word[1] == 0x6E)
            if afterArticle, articleNext.contains(word) { return true }
            afterArticle = article
            return !article && startWords.contains(word)
        }
        while i < end {
            let b0 = bytes[i]
            if b0 < 0x80 {
                // ASCII fast path: digits, letters and the rest.
                i += 1
                if b0 >= 0x30 && b0 <= 0x39 {
                    if !timeSpans.contains(where: { $0.contains(n) }) { return true }
                    if inWord, close() { return true }
                } else if (b0 | 0x20) >= 0x61 && (b0 | 0x20) <= 0x7A {
                    if !inWord { inWord = true; word.removeAll(keepingCapacity: true) }
                    if word.count < maxWord { word.append(b0 | 0x20) }
                } else if inWord, close() { return true }
                n += 1
                continue
            }
            let (v, length) = ByteScalars.decode(bytes, at: i)
            i += length
            let c = Unicode.Scalar(v) ?? "\u{FFFD}"
            n += 1
            if FigureTokenizer.isLetter(c) {
                if !inWord { inWord = true; word.removeAll(keepingCapacity: true) }
                if word.count < maxWord { FigureTokenizer.appendLowercased(c, to: &word) }
            } else if inWord, close() { return true }
        }
        if inWord, close() { return true }
        return false
    }

    /// Words a rule may start on, less the articles (tested with the word after them).
    static let startWords = ByteLexicon(words: FigureLexicon.startWords.map(\.text).filter { $0 != "a" && $0 != "an" })
    /// Words after "a"/"an" that make a quantity or a span.
    static let articleNext = ByteLexicon(words: Set(NumberLexicon.fractions.keys).union(NumberLexicon.scales.keys)
        .union(FigureLexicon.timeUnits.keys))
    /// Longer runs are kept cut at this length: no lexicon word is as long.
    private static let maxWord = 64
}
