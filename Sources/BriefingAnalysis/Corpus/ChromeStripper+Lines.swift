/// Line rules of `ChromeStripper` for page furniture that is not a widget: menus and
/// breadcrumbs, language switchers, weather, cookie banners, copyright and label footers
/// ("Contacts:", "Related:"), bare URLs. Each looks at one line's tokens, in one pass.
extension ChromeStripper {
    /// True when the line is page furniture by one of the rules below.
    static func isFurniture(_ tokens: [Token], words: [Token], numbers: [Token], scalars: [Unicode.Scalar]) -> Bool {
        isCopyright(tokens, words: words) || isCookieBanner(words) || isLabelFooter(tokens)
            || isBareURL(tokens, scalars: scalars) || isLanguageSwitcher(tokens, words: words)
            || isWeather(tokens, words: words) || isMenu(tokens, words: words, numbers: numbers)
    }

    /// "© 1999-2024 BelTA. All rights reserved.", "Все права защищены".
    static func isCopyright(_ tokens: [Token], words: [Token]) -> Bool {
        if let first = tokens.first, first.kind == .punct, first.text.bytesEqual("©") { return true }
        guard words.count <= 30 else { return false }
        for k in words.indices.dropFirst() {
            let (a, b) = (words[k - 1].text, words[k].text)
            if (a.bytesEqual("rights") && b.bytesEqual("reserved")) || (a.bytesEqual("права") && b.bytesEqual("защищены")) { return true }
        }
        return false
    }

    /// A cookie consent banner: "Cookies: We use cookies to improve your experience."
    static func isCookieBanner(_ words: [Token]) -> Bool {
        guard words.count <= 20, words.contains(where: { $0.text.bytesEqual("cookies") || $0.text.bytesEqual("cookie") || $0.text.bytesEqual("куки") }) else {
            return false
        }
        return words.contains { ChromeVocabulary.consentWords.contains($0.text) }
    }

    /// A footer field: up to three words, one of them a label word, then a colon
    /// ("Contacts: …", "Related: …", "Tel.: …", "For media inquiries: …", "Телефон для справок: …").
    static func isLabelFooter(_ tokens: [Token]) -> Bool {
        var label = false
        for (index, token) in tokens.prefix(5).enumerated() {
            switch token.kind {
            case .word: if ChromeVocabulary.footerLabels.contains(token.text) { label = true }
            case .number: return false
            case .punct:
                if token.text.bytesEqual(":") { return label && index > 0 }
                if !token.text.bytesEqual(".") && !token.text.bytesEqual("-") { return false }
            }
            if index >= 3 && token.kind == .word { return false }
        }
        return false
    }

    /// A line that is only a web address.
    static func isBareURL(_ tokens: [Token], scalars: [Unicode.Scalar]) -> Bool {
        guard let first = tokens.first, first.kind == .word, ["http", "https", "www"].contains(where: first.text.bytesEqual) else { return false }
        return !scalars.contains { ScalarClass.isSpace($0) }
    }

    /// "RU | BE | EN", "EN RU BA": two or more language codes and separators only.
    static func isLanguageSwitcher(_ tokens: [Token], words: [Token]) -> Bool {
        guard words.count >= 2 else { return false }
        for token in tokens {
            switch token.kind {
            case .word: guard ChromeVocabulary.languageCodes.contains(token.text), token.isAllCaps || token.isCapitalized else { return false }
            case .number: return false
            case .punct: guard ChromeVocabulary.menuSeparators.contains(token.text) else { return false }
            }
        }
        return true
    }

    /// "Weather in Minsk: +3 °C, cloudy", "+12 °C Gomel", "☀ Казань +4°": a temperature on a
    /// short line without a year (a header date line with the weather keeps its date).
    static func isWeather(_ tokens: [Token], words: [Token]) -> Bool {
        // Only a "°" makes a weather line: without one the month lookups below are not needed.
        guard words.count <= 6, tokens.contains(where: { $0.kind == .punct && $0.text.bytesEqual("°") }) else { return false }
        var degrees = false
        for (index, token) in tokens.enumerated() {
            if token.kind == .number && token.length == 4 { return false }
            if token.kind == .word && DateLexicon.month(token.text) != nil { return false }
            if token.kind == .punct, token.text.bytesEqual("°"), index > 0, tokens[index - 1].kind == .number { degrees = true }
        }
        return degrees
    }

    /// Site menus and breadcrumbs: "Home | Politics | Economics", "Главная / Новости / Новости
    /// региона", "Home > Press centre > News", "Главная › Регионы"; and a run of capitalised
    /// menu items without separators that names a menu entry ("Продукция Сервис Дилеры Контакты").
    static func isMenu(_ tokens: [Token], words: [Token], numbers: [Token]) -> Bool {
        guard numbers.isEmpty, !words.isEmpty else { return false }
        if let last = tokens.last, last.kind == .punct, ScalarClass.isTerminator(last.text.unicodeScalars.first!) { return false }
        var pieces: [Int] = [0] // words per piece
        var crumb = false
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .word: pieces[pieces.count - 1] += 1
            case .number: return false
            case .punct:
                guard ChromeVocabulary.menuSeparators.contains(token.text) else { continue }
                // "/" and ">" only as separators between spaces, never inside "km/h" or "A/B".
                let spaced = token.spaceBefore && (index + 1 >= tokens.count || tokens[index + 1].spaceBefore)
                if (token.text.bytesEqual("/") || token.text.bytesEqual(">")) && !spaced { continue }
                if ChromeVocabulary.crumbSeparators.contains(token.text) { crumb = true }
                pieces.append(0)
            }
        }
        pieces.removeAll { $0 == 0 }
        if pieces.count >= 3 && pieces.allSatisfy({ $0 <= 4 }) { return true }
        if pieces.count == 2, crumb, pieces.allSatisfy({ $0 <= 4 }),
           let first = words.first, ChromeVocabulary.menuEntries.contains(first.text) { return true }
        // Separators lost with the spaces: every word capitalised, no function words, a menu entry among them.
        guard pieces.count == 1, (4...8).contains(words.count), tokens.allSatisfy({ $0.kind == .word }),
              words.allSatisfy({ $0.isCapitalized && !ChromeVocabulary.functionWords.contains($0.text) }) else { return false }
        return words.contains { ChromeVocabulary.menuEntries.contains($0.text) }
    }

    /// A header of a block of other articles' headlines ("Most read", "Читайте также:").
    static func isRelatedHeader(_ words: [Token]) -> Bool {
        guard (1...3).contains(words.count) else { return false }
        let phrase = words.map(\.text).joined(separator: " ")
        return ChromeVocabulary.relatedHeaders.contains(phrase)
    }

    /// A line short enough to be a menu item of a column menu: one or two words, no digits, no final stop.
    static func isMenuItem(_ line: Substring, shape: LineShape?) -> Bool {
        guard line.utf8.count <= 60, let shape else { return false }
        let pieces = shape.pieces.prefix(8)
        let words = shape.count(.word, limit: 8)
        guard (1...2).contains(words), pieces.allSatisfy({ $0.kind != .number }) else { return false }
        if let last = pieces.last, last.kind == .punct, ScalarClass.isTerminator(last.first) { return false }
        return true
    }

    /// A line that reads as a sentence of the article: a final stop after six words or more.
    static func isSentenceLine(_ line: Substring, tokens line16: LineTokens?) -> Bool {
        guard let last = line.unicodeScalars.last, ScalarClass.isTerminator(last) else { return line.utf8.count > 640 }
        guard line.utf8.count <= 640 else { return true }
        return (line16 ?? LineTokens(line)).words(limit: 16) >= 6
    }
}
