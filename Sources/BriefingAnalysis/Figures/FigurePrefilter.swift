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
        let starts = startWords, next = articleNext
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxWord + 4) { word in
            var length = 0
            // The lexicon hash of the bytes in `word`, mixed as they are written.
            var h = ByteLexicon<Bool>.seed
            var inWord = false, afterArticle = false
            var n = 0, i = 0
            let end = bytes.count
            // Ends the letter run in `word`; true when it may start a figure.
            func close() -> Bool {
                inWord = false
                let w = UnsafeBufferPointer(rebasing: word[0..<length])
                let hash = ByteLexicon<Bool>.finish(h)
                if afterArticle, next.contains(w, hash: hash) { return true }
                let article = word[0] == 0x61 && (length == 1 || (length == 2 && word[1] == 0x6E))
                afterArticle = article
                return !article && starts.contains(w, hash: hash)
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
                        if !inWord { inWord = true; length = 0; h = ByteLexicon<Bool>.seed }
                        if length < maxWord { word[length] = b0 | 0x20; length += 1; h = ByteLexicon<Bool>.mix(h, b0 | 0x20) }
                    } else if inWord, close() { return true }
                    n += 1
                    continue
                }
                let (v, width) = ByteScalars.decode(bytes, at: i)
                i += width
                n += 1
                if v >= 0x410 && v <= 0x44F {
                    // Basic Cyrillic letters, lowercased on their two bytes.
                    let l = v < 0x430 ? v + 0x20 : v
                    if !inWord { inWord = true; length = 0; h = ByteLexicon<Bool>.seed }
                    if length < maxWord {
                        let x = UInt8(0xC0 | (l >> 6)), y = UInt8(0x80 | (l & 0x3F))
                        word[length] = x; word[length + 1] = y; length += 2
                        h = ByteLexicon<Bool>.mix(ByteLexicon<Bool>.mix(h, x), y)
                    }
                    continue
                }
                let c = Unicode.Scalar(v) ?? "\u{FFFD}"
                if FigureTokenizer.isLetter(c) {
                    if !inWord { inWord = true; length = 0; h = ByteLexicon<Bool>.seed }
                    if length < maxWord {
                        var lowered: [UInt8] = []
                        FigureTokenizer.appendLowercased(c, to: &lowered)
                        // A lower case of more than four bytes is in no lexicon word: the run cannot match.
                        if lowered.count > 4 { length = maxWord } else { for b in lowered { word[length] = b; length += 1; h = ByteLexicon<Bool>.mix(h, b) } }
                    }
                } else if inWord, close() { return true }
            }
            if inWord, close() { return true }
            return false
        }
    }

    /// Words a rule may start on, less the articles (tested with the word after them).
    static let startWords = ByteLexicon(words: FigureLexicon.startWords.map(\.text).filter { $0 != "a" && $0 != "an" })
    /// Words after "a"/"an" that make a quantity or a span.
    static let articleNext = ByteLexicon(words: Set(NumberLexicon.fractions.keys).union(NumberLexicon.scales.keys)
        .union(FigureLexicon.timeUnits.keys))
    /// Longer runs are kept cut at this length: no lexicon word is as long.
    private static let maxWord = 64
}
