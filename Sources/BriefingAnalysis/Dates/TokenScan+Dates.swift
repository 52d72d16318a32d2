/// The date rules of `TimeExpressionFinder`, each a short look-ahead from one token.
extension TokenScan {
    /// The longest date or period starting at token `i`, if any.
    func matchDate(at i: Int, reference: TimeValue?) -> TimeMatch? {
        guard !isInIdentifier(i) else { return nil }
        switch tokens[i].kind {
        case .number:
            if isClock(i) { return nil }
            return numericDate(at: i) ?? dayMonth(at: i, reference: reference) ?? quarter(at: i, reference: reference)
                ?? monthsOfYear(at: i) ?? year(at: i, needsContext: true)
        case .word:
            // A quarter code's letter is one byte.
            if tokens[i].textCount == 1, let match = quarterCode(at: i) { return match }
            // Each rule below starts with a word of one table and answers nil for any other word:
            // only the rules of the word's tables are tried.
            let kinds = DateLexicon.starterKinds(self, i)
            guard kinds != 0 else { return nil }
            typealias Kind = DateLexicon.StarterKind
            return (kinds & Kind.modifier != 0 ? modified(at: i, reference: reference) : nil)
                ?? (kinds & Kind.ordinal != 0 ? quarter(at: i, reference: reference) : nil)
                ?? (kinds & Kind.month != 0 ? monthFirst(at: i, bareAllowed: true, reference: reference) : nil)
                ?? (kinds & Kind.relativeYear != 0 ? relativeYear(at: i, reference: reference) : nil)
                ?? (kinds & Kind.monthCount != 0 ? monthsOfYear(at: i) : nil)
        case .punct:
            return nil
        }
    }

    /// The first token from `i` on that may start a date (`matchDate` says which): a number,
    /// or a word of the date lexicon or a quarter code's letter; else the token count. The
    /// finder skips the tokens between on raw buffers.
    func nextDateStart(from i: Int, starters: ScanWordSet) -> Int {
        let n = tokens.count
        guard i < n else { return i }
        // Pointers walked with the filter's bits in hand: about ten instructions per skipped token.
        return tokens.withUnsafeBufferPointer { t in
            bytes.withUnsafeBufferPointer { b in
                starters.withFilter { filter in
                    let first = t.baseAddress!, text = b.baseAddress!
                    var p = first + i
                    let end = first + n
                    while p < end {
                        let kind = p.pointee.kind
                        if kind == .number { break }
                        if kind == .word {
                            let start = Int(p.pointee.textStart)
                            // "q", "h": a quarter or half-year code's letter.
                            if p.pointee.textCount == 1, text[start] == 0x71 || text[start] == 0x68 { break }
                            let hash = p.pointee.hash
                            if ScanWordSet.mayContain(hash: hash, filter: filter),
                               starters.index(hash: hash, in: b, start: start, count: Int(p.pointee.textCount)) != nil { break }
                        }
                        p += 1
                    }
                    return p - first
                }
            }
        }
    }

    // MARK: - Helpers

    private func number(_ index: Int, digits: ClosedRange<Int>) -> Int? {
        guard let t = token(index), t.kind == .number, digits.contains(t.length) else { return nil }
        return t.number
    }

    /// A four-digit number in the years news speaks of.
    func yearValue(_ index: Int) -> Int? {
        guard let value = number(index, digits: 4...4), (1900...2100).contains(value) else { return nil }
        return value
    }

    /// `13:00`, `13:00:00`: a clock time, never a date or figure.
    func isClock(_ i: Int) -> Bool {
        (isPunct(i + 1, ":") && attached(i + 1) && token(i + 2)?.kind == .number && attached(i + 2))
            || (isPunct(i - 1, ":") && attached(i) && token(i - 2)?.kind == .number)
    }

    private func month(_ index: Int) -> Int? {
        guard let t = token(index), t.kind == .word, let (month, ambiguous) = DateLexicon.month(self, index) else { return nil }
        if ambiguous && !t.isCapitalized { return nil }
        // "Sep.", "Nov." are fine; "Mar" or "May" alone as a word of a title is not a month.
        return month
    }

    /// Year word after a year ("года", "г.") and its dot: index of the last token to include.
    private func afterYearWords(_ index: Int) -> Int {
        guard isWord(index + 1, in: DateLexicon.yearWords) else { return index }
        if isText(index + 1, "г") || isText(index + 1, "гг"), isPunct(index + 2, "."), attached(index + 2) {
            return index + 2
        }
        return index + 1
    }

    /// A year after a month or day ("June 2023", "9 ноября 2012 года"), with an optional comma or "of".
    private func trailingYear(after index: Int) -> (year: Int, last: Int)? {
        var k = index + 1
        if isPunct(k, ",") || isWord(k, "of") { k += 1 }
        guard let year = yearValue(k), !isPunct(k + 1, ".,") || !(token(k + 2)?.kind == .number && attached(k + 2)) else {
            return nil
        }
        return (year, afterYearWords(k))
    }

    /// "this year" / "текущего года" after a month or day ("на сентябрь текущего года"): the year and last token.
    private func relativeTrailingYear(after index: Int, reference: TimeValue?) -> (year: Int, last: Int)? {
        var k = index + 1
        if isWord(k, "of") { k += 1 }
        guard let reference, let delta = DateLexicon.relativeYear(self, k),
              isWord(k + 1, "year", "года", "году") else { return nil }
        return (reference.year + delta, k + 1)
    }

    // MARK: - Rules

    /// `26.09.2023`, `26/09/2023`, `2025-09-29`, `2023-06`.
    private func numericDate(at i: Int) -> TimeMatch? {
        if isPunct(i - 1, ".,/-") && attached(i) && token(i - 2)?.kind == .number { return nil }
        if let day = number(i, digits: 1...2), isPunct(i + 1, "./"), attached(i + 1),
           let month = number(i + 2, digits: 1...2), attached(i + 2), i + 3 < tokens.count, sameText(i + 3, i + 1), attached(i + 3),
           let year = yearValue(i + 4), attached(i + 4), (1...31).contains(day), (1...12).contains(month),
           !(isPunct(i + 5, ".") && attached(i + 5) && token(i + 6)?.kind == .number && attached(i + 6)) {
            return TimeMatch(first: i, last: i + 4, year: year, month: month, day: day, explicitYear: true)
        }
        if let year = yearValue(i), isPunct(i + 1, "-"), attached(i + 1), let month = number(i + 2, digits: 2...2),
           attached(i + 2), (1...12).contains(month) {
            if isPunct(i + 3, "-"), attached(i + 3), let day = number(i + 4, digits: 2...2), attached(i + 4), (1...31).contains(day) {
                return TimeMatch(first: i, last: i + 4, year: year, month: month, day: day, explicitYear: true)
            }
            if hasPrefix(i + 2, "0"), !(isPunct(i + 3, "-") && attached(i + 3)) {
                return TimeMatch(first: i, last: i + 2, year: year, month: month, explicitYear: true)
            }
        }
        return nil
    }

    /// `9 November 2012`, `9th of November`, `9-11 ноября 2012 года`, `9 ноября`.
    private func dayMonth(at i: Int, reference: TimeValue?) -> TimeMatch? {
        guard let day = number(i, digits: 1...2), (1...31).contains(day) else { return nil }
        if isPunct(i - 1, ".,") && attached(i) { return nil }
        var k = i + 1
        var endDay: Int? = nil
        var first = i
        if isPunct(k, "-–—"), let second = number(k + 1, digits: 1...2), second > day, second <= 31 {
            endDay = second; k += 2
        } else if isWord(k, in: DateLexicon.dayJoiners), let second = number(k + 1, digits: 1...2), second > day, second <= 31,
                  self.month(k + 2) != nil {
            // "from 8 to 11 July", "с 14 по 18 июля"
            endDay = second; k += 2
            if isWord(i - 1, in: DateLexicon.spanOpeners) { first = i - 1 }
        }
        if let t = token(k), t.kind == .word, !t.spaceBefore, isText(k, in: DateLexicon.daySuffixes) { k += 1 }
        else if isPunct(k, "-"), attached(k), isWord(k + 1, in: DateLexicon.daySuffixes) { k += 2 }
        if isWord(k, "of") { k += 1 }
        guard let month = month(k) else { return nil }
        var match = TimeMatch(first: first, last: k, month: month, day: day, explicitYear: false)
        if let endDay { match.isSpan = true; match.endMonth = month; match.endDay = endDay }
        // "from 29 March to 2 April", "с 29 марта по 2 апреля", "29 March – 2 April": across months.
        else if isWord(k + 1, in: DateLexicon.dayJoiners) || isPunct(k + 1, "-–—"),
                let second = number(k + 2, digits: 1...2), (1...31).contains(second), let endMonth = self.month(k + 3), endMonth > month {
            match.isSpan = true; match.endMonth = endMonth; match.endDay = second
            if isWord(i - 1, in: DateLexicon.spanOpeners) { match.first = i - 1 }
            k += 3; match.last = k
            if let (year, last) = trailingYear(after: k) ?? relativeTrailingYear(after: k, reference: reference) {
                match.year = year; match.endYear = year; match.last = last; match.explicitYear = true
            }
            return match
        }
        if let (year, last) = trailingYear(after: k) ?? relativeTrailingYear(after: k, reference: reference) {
            match.year = year; match.endYear = endDay == nil ? nil : year; match.last = last; match.explicitYear = true
        }
        return match
    }

    /// Dates that start with a month: spans, `November 9, 2012`, `June 2023`, and a bare
    /// month after a preposition (`in September`, `в сентябре`).
    private func monthFirst(at i: Int, bareAllowed: Bool, reference: TimeValue? = nil) -> TimeMatch? {
        guard let month = month(i) else { return nil }
        // January–July 2010, январь-июль, с января по июль 2010 года
        if isText(i + 1, in: DateLexicon.spanJoiners), !isText(i + 1, "and"), !isText(i + 1, "и"),
           let endMonth = self.month(i + 2), endMonth != month {
            var match = TimeMatch(first: i, last: i + 2, month: month, endMonth: endMonth, isSpan: true, explicitYear: false)
            if let (year, last) = trailingYear(after: i + 2) {
                match.year = endMonth > month ? year : year - 1; match.endYear = year; match.last = last; match.explicitYear = true
            } else if !bareAllowed || !isWord(i - 1, in: DateLexicon.monthPrepositions) { return nil }
            return match
        }
        // November 9, 2012 / November 9th
        if let t = token(i), !t.isCyrillic, let day = number(i + 1, digits: 1...2), (1...31).contains(day),
           !isPunct(i + 2, ".:") || !attached(i + 2) {
            var k = i + 1
            if let s = token(k + 1), s.kind == .word, !s.spaceBefore, isText(k + 1, in: DateLexicon.daySuffixes) { k += 1 }
            var match = TimeMatch(first: i, last: k, month: month, day: day, explicitYear: false)
            if let (year, last) = trailingYear(after: k) { match.year = year; match.last = last; match.explicitYear = true }
            return match
        }
        if let (year, last) = trailingYear(after: i) {
            return TimeMatch(first: i, last: last, year: year, month: month, explicitYear: true)
        }
        if bareAllowed, isWord(i - 1, in: DateLexicon.monthPrepositions), let (year, last) = relativeTrailingYear(after: i, reference: reference) {
            return TimeMatch(first: i, last: last, year: year, month: month, explicitYear: true)
        }
        guard bareAllowed, isWord(i - 1, in: DateLexicon.monthPrepositions), token(i + 1)?.kind != .number else { return nil }
        return TimeMatch(first: i, last: i, month: month, explicitYear: false)
    }

    /// A year, a span of years (`2012–13`, `2010-2015`, `from 2010 to 2012`, `с 2010 по 2012 год`),
    /// never a year inside a name (`промышленник-2006`), an amount or a phone number.
    func year(at i: Int, needsContext: Bool) -> TimeMatch? {
        guard let year = yearValue(i) else { return nil }
        if let before = token(i - 1), !tokens[i].spaceBefore {
            if before.kind == .word && DateLexicon.modifier(self, i - 1) == nil { return nil }
            if before.kind == .punct {
                if isText(i - 1, "-") || isText(i - 1, "–"), let word = token(i - 2), word.kind == .word, !before.spaceBefore,
                   DateLexicon.modifier(self, i - 2) == nil { return nil } // a name: "Иннопром-2025"
                if isPunct(i - 1, ".,:/+$€£№#") { return nil }
            }
        }
        if isPunct(i - 1, "+$€£№#") { return nil }
        if token(i - 1)?.kind == .number { return nil } // "1 2012 000", phone groups
        if isPunct(i + 1, ".,:") && attached(i + 1) && token(i + 2)?.kind == .number && attached(i + 2) { return nil }
        if isPunct(i + 1, "%") { return nil }
        // Spans
        if let joiner = token(i + 1), isText(i + 1, in: DateLexicon.spanJoiners) || isText(i + 1, "/") {
            let between = isWord(i - 1, "between", "между")
            let joins = joiner.kind == .punct || !isText(i + 1, "and") && !isText(i + 1, "и") || between
            if joins, let second = token(i + 2), second.kind == .number, !(isPunct(i + 3, "-/") && attached(i + 3)) {
                var end: Int? = nil
                if second.length == 4, let value = second.number, value > year, value - year <= 100 { end = value }
                if second.length == 2, joiner.kind == .punct, let value = second.number {
                    let candidate = year / 100 * 100 + value
                    if candidate > year { end = candidate }
                }
                if let end {
                    var match = TimeMatch(first: i, last: afterYearWords(i + 2), year: year, endYear: end, explicitYear: true)
                    match.isSpan = true
                    return match
                }
            }
            if joiner.kind == .punct && attached(i + 1) && token(i + 2)?.kind == .number && attached(i + 2) { return nil }
        }
        let last = afterYearWords(i)
        if !needsContext || last > i { return TimeMatch(first: i, last: last, year: year, explicitYear: true) }
        if isWord(i - 1, in: DateLexicon.yearPrepositions) {
            return TimeMatch(first: i, last: i, year: year, explicitYear: true)
        }
        // Lists: "in 2010, 2011 and 2012"
        if (isPunct(i - 1, ",") || isWord(i - 1, "and", "or", "и", "или")), yearValue(i - 2) != nil {
            return TimeMatch(first: i, last: i, year: year, explicitYear: true)
        }
        // A year closing a clause: "... the level of 2008." / "(2012)"
        if token(i + 1) == nil || isPunct(i + 1, ".,;:!?)»\"") {
            if let before = token(i - 1), before.kind == .word || isPunct(i - 1, "(") {
                return TimeMatch(first: i, last: i, year: year, explicitYear: true)
            }
        }
        return nil
    }

    /// `at the end of 2022`, `in early 2023`, `mid-2021`, `в конце 2022 года`, `end of the year`.
    private func modified(at i: Int, reference: TimeValue?) -> TimeMatch? {
        guard token(i) != nil, let modifier = DateLexicon.modifier(self, i) else { return nil }
        var k = i + 1
        let ofForm = isText(i, "end") || isText(i, "beginning") || isText(i, "start") || isText(i, "middle")
        if ofForm {
            guard isWord(k, "of") else { return nil }
            k += 1
            if isWord(k, "the") { k += 1 }
        } else if isPunct(k, "-"), attached(k) { k += 1 }
        var core: TimeMatch? = year(at: k, needsContext: false) ?? monthFirst(at: k, bareAllowed: false)
        if core == nil {
            // "end of the year", "конце года", "конце этого года": the document's year
            var r = k
            var delta = 0
            if let d = DateLexicon.relativeYear(self, r) { delta = d; r += 1 }
            if isWord(r, "year", "года", "году"), let reference {
                core = TimeMatch(first: k, last: r, year: reference.year + delta, explicitYear: true)
            }
        }
        guard var match = core, !match.isSpan, match.day == nil else { return nil }
        match.modifier = modifier
        match.first = ofForm && isWord(i - 1, "the") ? i - 1 : i
        return match
    }

    /// `first quarter of 2023`, `I квартале 2023 года`, `первом полугодии`, `second half of 2022`.
    private func quarter(at i: Int, reference: TimeValue?) -> TimeMatch? {
        guard let t = token(i) else { return nil }
        let ordinal: Int? = t.kind == .number ? (t.length == 1 ? t.number : nil) : DateLexicon.ordinal(self, i)
        var k = i + 1
        if t.kind == .number, let s = token(k), s.kind == .word, !s.spaceBefore, isText(k, in: DateLexicon.daySuffixes) { k += 1 }
        else if t.kind == .number, isPunct(k, "-"), attached(k), token(k + 1)?.kind == .word { k += 2 }
        guard let n = ordinal, let unit = token(k), unit.kind == .word else { return nil }
        let isQuarter = DateLexicon.isQuarter(self, k)
        guard isQuarter || DateLexicon.isHalf(self, k), n >= 1, n <= (isQuarter ? 4 : 2) else { return nil }
        var match = TimeMatch(first: i, last: k, explicitYear: false)
        match.isSpan = true
        match.month = isQuarter ? 3 * n - 2 : 6 * n - 5
        match.endMonth = isQuarter ? 3 * n : 6 * n
        var y = k + 1
        if isWord(y, "of") { y += 1 }
        if isWord(y, "the") { y += 1 }
        if let value = yearValue(y) {
            match.year = value; match.endYear = value; match.last = afterYearWords(y); match.explicitYear = true
        } else if let delta = DateLexicon.relativeYear(self, y), isWord(y + 1, "year", "года", "году"),
                  let reference {
            match.year = reference.year + delta; match.endYear = match.year; match.last = y + 1; match.explicitYear = true
        }
        return match
    }

    /// `Q3 2024`, `H1 2023`: a quarter or half-year code, only with its year.
    private func quarterCode(at i: Int) -> TimeMatch? {
        guard token(i)?.kind == .word else { return nil }
        // A word token holds letters only, so "q3" is always the word "q" and the number "3".
        let n: Int, k: Int
        if isText(i, "q") || isText(i, "h"), let d = token(i + 1), d.kind == .number, !d.spaceBefore, d.length == 1, let v = d.number {
            n = v; k = i + 1
        } else { return nil }
        let isQuarter = isText(i, "q")
        guard n >= 1, n <= (isQuarter ? 4 : 2), let year = yearValue(k + 1) else { return nil }
        var match = TimeMatch(first: i, last: afterYearWords(k + 1), explicitYear: true)
        match.isSpan = true
        match.month = isQuarter ? 3 * n - 2 : 6 * n - 5
        match.endMonth = isQuarter ? 3 * n : 6 * n
        match.year = year; match.endYear = year
        return match
    }

    /// `nine months of 2023`, `за девять месяцев 2023 года`, `9 months of 2023`: January to that month.
    private func monthsOfYear(at i: Int) -> TimeMatch? {
        guard let t = token(i) else { return nil }
        let count: Int? = t.kind == .number ? t.number : DateLexicon.monthCount(self, i)
        guard let count, (2...11).contains(count), isWord(i + 1, in: DateLexicon.monthWords) else { return nil }
        var k = i + 2
        if isWord(k, "of") { k += 1 }
        guard let year = yearValue(k) else { return nil }
        var match = TimeMatch(first: i, last: afterYearWords(k), year: year, month: 1, endYear: year, endMonth: count, explicitYear: true)
        match.isSpan = true
        return match
    }

    /// `last year`, `в этом году`, `прошлого года` relative to the document date.
    private func relativeYear(at i: Int, reference: TimeValue?) -> TimeMatch? {
        guard let reference, let delta = DateLexicon.relativeYear(self, i),
              isWord(i + 1, "year", "году", "года", "год") else { return nil }
        return TimeMatch(first: i, last: i + 1, year: reference.year + delta, explicitYear: true)
    }
}
