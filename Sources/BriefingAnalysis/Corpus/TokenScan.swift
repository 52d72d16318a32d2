/// A sentence's scalars and tokens with small look-around helpers shared by the rules
/// for dates, events and topics.
struct TokenScan {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Token sits in a URL, e-mail, file name or id ("news/2023/12345", "a_b=2012"): never a figure or date.
    let inIdentifier: [Bool]

    init(scalars: [Unicode.Scalar], limit: Int = 20_000) {
        self.scalars = scalars
        let tokens = Tokenizer.tokens(scalars, limit: limit)
        self.tokens = tokens
        var mask = [Bool](repeating: false, count: tokens.count)
        var runStart = 0
        for index in 0...tokens.count {
            guard index == tokens.count || (index > runStart && tokens[index].spaceBefore) else { continue }
            if index > runStart, Self.isIdentifier(tokens[runStart..<index]) {
                for k in runStart..<index { mask[k] = true }
            }
            runStart = index
        }
        self.inIdentifier = mask
    }

    init(_ text: String) { self.init(scalars: Array(text.unicodeScalars)) }

    /// A run of tokens without spaces that reads as an address or id rather than words.
    private static func isIdentifier(_ run: ArraySlice<Token>) -> Bool {
        var slash = 0, letters = false, digits = false
        for token in run {
            switch token.kind {
            case .word: letters = true; if token.text.bytesEqual("www") || token.text.bytesEqual("http") || token.text.bytesEqual("https") { return true }
            case .number: digits = true
            case .punct:
                if token.text == "@" || token.text == "=" || token.text == "_" || token.text == "#" || token.text == "&" { return true }
                if token.text == "/" || token.text == "\\" { slash += 1 }
            }
        }
        return (slash > 0 && letters && digits) || slash >= 3
    }

    func token(_ index: Int) -> Token? { index >= 0 && index < tokens.count ? tokens[index] : nil }

    /// Token `index` follows the previous one without a space.
    func attached(_ index: Int) -> Bool { token(index).map { !$0.spaceBefore } ?? false }

    func isWord(_ index: Int, in set: WordSet) -> Bool {
        guard let t = token(index), t.kind == .word else { return false }
        return set.contains(t.text)
    }

    func isPunct(_ index: Int, _ marks: String) -> Bool {
        guard let t = token(index), t.kind == .punct else { return false }
        return marks.unicodeScalars.contains(t.text.unicodeScalars.first!)
    }

    /// Text of scalars `start..<end`.
    func text(_ start: Int, _ end: Int) -> String {
        String(scalars: scalars[start..<end])
    }

    /// Text of tokens `first...last` as written.
    func text(tokens first: Int, _ last: Int) -> String { text(tokens[first].start, tokens[last].end) }
}
