/// A word hashed and compared by its UTF-8 bytes.
///
/// `String` hashing normalises non-ASCII text on every lookup, which made Cyrillic
/// dictionary probes the hottest path of the figure scan. Text is NFC-normalised by the
/// decoder and the lexicons are written in NFC, so byte equality is the right equality here.
struct ByteWord: Hashable, Sendable {
    let text: String
    init(_ text: String) { self.text = text }
    static func == (a: ByteWord, b: ByteWord) -> Bool { a.text.bytesEqual(b.text) }
    func hash(into hasher: inout Hasher) {
        var t = text
        t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension FigureLexicon {
    /// Every word some figure rule starts on: number words, scales, fractions, ordinals and the
    /// words of "number one" / "полгода" / "a decade". Any other word is skipped with one probe.
    static let startWords: Set<ByteWord> = {
        var words = Set(NumberLexicon.cardinals.keys).union(NumberLexicon.scales.keys).union(NumberLexicon.fractions.keys)
            .union(NumberLexicon.ordinals.keys)
        words.formUnion(["a", "an", "one", "number", "номер", "полгода", "полугода"])
        words.formUnion(FigureLexicon.multiplierWords.keys)
        // "among the top three", "в тройку крупнейших".
        words.formUnion(["top"]); words.formUnion(FigureRules.topGroupWords.keys)
        return Set(words.map(ByteWord.init))
    }()
}
