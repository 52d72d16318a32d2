/// Line rules of `ChromeStripper` for page furniture that is not a widget: menus and
/// breadcrumbs, language switchers, weather, cookie banners, copyright and label footers
/// ("Contacts:", "Related:"), bare URLs. Each looks at one line's tokens, in one pass.
/// Words are compared on the tokens' lower-cased bytes; a punctuation token is one scalar.
extension ChromeStripper {
    /// True when the line is page furniture by one of the rules below.
    static func isFurniture(_ line: LineTokens, words: Int, numbers: Int) -> Bool {
        isCopyright(line, words: words) || isCookieBanner(line, words: words) || isLabelFooter(line)
            || isBareURL(line) || isLanguageSwitcher(line, words: words)
            || isWeather(line, words: words) || isMenu(line, words: words, numbers: numbers)
    }

    /// "© 1999-2024 BelTA. All rights reserved.", "Все права защищены".
    static func isCopyright(_ line: LineTokens, words: Int) -> Bool {
        if let first = line.tokens.first, first.kind == .punct, line.first(0) == "©" { return true }
        guard words <= 30 else { return false }
        var previous = -1 // the word before, in the list of words
        for k in line.tokens.indices where line.tokens[k].kind == .word {
            // The pair's second word first: one probe rejects almost every word.
            if previous >= 0, line.isWord(k, in: copyrightEnds), (line.hasText(previous, "rights") && line.hasText(k, "reserved"))
                || (line.hasText(previous, "права") && line.hasText(k, "защищены")) { return true }
            previous = k
        }
        return false
    }

    /// The second words of the copyright pairs, the cookie words and the first words of a bare
    /// address, listed once for the rules and for `ChromeShape.mayBeChrome`'s pre-test.
    static let copyrightEndList = ["reserved", "защищены"]
    static let cookieWordList = ["cookies", "cookie", "куки"]
    static let urlStartList = ["http", "https", "www"]
    private static let copyrightEnds = ScanWordSet(copyrightEndList)
    private static let cookieWords = ScanWordSet(cookieWordList)
    private static let urlStarts = ScanWordSet(urlStartList)

    /// A cookie consent banner: "Cookies: We use cookies to improve your experience."
    static func isCookieBanner(_ line: LineTokens, words: Int) -> Bool {
        guard words <= 20, line.anyWord({ line.isWord($0, in: cookieWords) }) else {
            return false
        }
        return line.anyWord { line.isWord($0, in: ChromeVocabulary.consentWords) }
    }

    /// A footer field: up to three words, one of them a label word, then a colon
    /// ("Contacts: …", "Related: …", "Tel.: …", "For media inquiries: …", "Телефон для справок: …").
    static func isLabelFooter(_ line: LineTokens) -> Bool {
        var label = false
        for (index, token) in line.tokens.prefix(5).enumerated() {
            switch token.kind {
            case .word: if line.isWord(index, in: ChromeVocabulary.footerLabels) { label = true }
            case .number: return false
            case .punct:
                let mark = line.first(index)
                if mark == ":" { return label && index > 0 }
                if mark != "." && mark != "-" { return false }
            }
            if index >= 3 && token.kind == .word { return false }
        }
        return false
    }

    /// A line that is only a web address.
    static func isBareURL(_ line: LineTokens) -> Bool {
        guard !line.tokens.isEmpty, line.isWord(0, in: urlStarts) else { return false }
        return !line.scalars.contains { ScalarClass.isSpace($0) }
    }

    /// "RU | BE | EN", "EN RU BA": two or more language codes and separators only.
    static func isLanguageSwitcher(_ line: LineTokens, words: Int) -> Bool {
        guard words >= 2 else { return false }
        for (k, token) in line.tokens.enumerated() {
            switch token.kind {
            case .word: guard line.isWord(k, in: ChromeVocabulary.languageCodes), token.isAllCaps || token.isCapitalized else { return false }
            case .number: return false
            case .punct: guard ChromeVocabulary.menuSeparators.contains(ChromeVocabulary.mark(line.first(k))) else { return false }
            }
        }
        return true
    }

    /// "Weather in Minsk: +3 °C, cloudy", "+12 °C Gomel", "☀ Казань +4°": a temperature on a
    /// short line without a year (a header date line with the weather keeps its date).
    static func isWeather(_ line: LineTokens, words: Int) -> Bool {
        let tokens = line.tokens
        // Only a "°" makes a weather line: without one the month lookups below are not needed.
        guard words <= 6, tokens.indices.contains(where: { tokens[$0].kind == .punct && line.first($0) == "°" }) else { return false }
        var degrees = false
        for (index, token) in tokens.enumerated() {
            if token.kind == .number && token.length == 4 { return false }
            if token.kind == .word && DateLexicon.month(line.text(index)) != nil { return false }
            if token.kind == .punct, line.first(index) == "°", index > 0, tokens[index - 1].kind == .number { degrees = true }
        }
        return degrees
    }

    /// Site menus and breadcrumbs: "Home | Politics | Economics", "Главная / Новости / Новости
    /// региона", "Home > Press centre > News", "Главная › Регионы"; and a run of capitalised
    /// menu items without separators that names a menu entry ("Продукция Сервис Дилеры Контакты").
    static func isMenu(_ line: LineTokens, words: Int, numbers: Int) -> Bool {
        let tokens = line.tokens
        guard numbers == 0, words > 0 else { return false }
        if let last = tokens.last, last.kind == .punct, ScalarClass.isTerminator(line.first(tokens.count - 1)) { return false }
        // Pieces between separators, counted without an array: how many hold a word, and the
        // most words in one.
        var current = 0, pieces = 0, longest = 0
        var crumb = false
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .word: current += 1
            case .number: return false
            case .punct:
                let mark = ChromeVocabulary.mark(line.first(index))
                guard ChromeVocabulary.menuSeparators.contains(mark) else { continue }
                // "/" and ">" only as separators between spaces, never inside "km/h" or "A/B".
                let spaced = token.spaceBefore && (index + 1 >= tokens.count || tokens[index + 1].spaceBefore)
                if (line.first(index) == "/" || line.first(index) == ">") && !spaced { continue }
                if ChromeVocabulary.crumbSeparators.contains(mark) { crumb = true }
                if current > 0 { pieces += 1; longest = max(longest, current) }
                current = 0
            }
        }
        if current > 0 { pieces += 1; longest = max(longest, current) }
        if pieces >= 3 && longest <= 4 { return true }
        if pieces == 2, crumb, longest <= 4,
           let first = tokens.indices.first(where: { tokens[$0].kind == .word }), line.isWord(first, in: ChromeVocabulary.menuEntries) { return true }
        // Separators lost with the spaces: every word capitalised, no function words, a menu entry among them.
        guard pieces == 1, (4...8).contains(words), tokens.allSatisfy({ $0.kind == .word }),
              !line.anyWord({ !tokens[$0].isCapitalized || line.isWord($0, in: ChromeVocabulary.functionWords) }) else { return false }
        return line.anyWord { line.isWord($0, in: ChromeVocabulary.menuEntries) }
    }

    /// A line that reads as a sentence of the article: a final stop after six words or more.
    static func isSentenceLine(_ line: Substring, tokens line16: LineTokens?) -> Bool {
        guard let last = line.unicodeScalars.last, ScalarClass.isTerminator(last) else { return line.utf8.count > 640 }
        guard line.utf8.count <= 640 else { return true }
        return (line16 ?? LineTokens(line)).words(limit: 16) >= 6
    }
}
