/// Finds dates and periods in sentences and normalises them TIMEX3-style.
///
/// Works over `Token`s, trying a fixed list of rules at each position and jumping past a
/// match, so a sentence is scanned once. Bare dates ("in September", "9 November") take
/// their year from the last explicit year in the paragraph, else from the document date.
struct TimeExpressionFinder {
    var reference: TimeValue?
    private var contextYear: Int?
    private var paragraph: Int?
    /// `DateLexicon.starters`, read once per finder (a document) instead of once per sentence
    /// through its one-off initialiser's check, and copied (retained) each time.
    private let starters: ScanWordSet

    init(reference: TimeValue?) { self.reference = reference; starters = DateLexicon.starters }

    /// Stateless convenience: one sentence with no paragraph context.
    static func find(in sentence: Sentence, language: Language, reference: TimeValue?) -> [TimeExpression] {
        var finder = TimeExpressionFinder(reference: reference)
        return finder.find(in: sentence)
    }

    /// Time expressions of `sentence`, in order. Call in document order to carry the year.
    mutating func find(in sentence: Sentence) -> [TimeExpression] {
        find(in: sentence, scan: TokenScan(scalars: Array(sentence.text.unicodeScalars)))
    }

    /// The same with the sentence's tokens already made (`TokenScan(scalars:)` with the
    /// default limit), shared with the event and topic stages.
    mutating func find(in sentence: Sentence, scan: TokenScan) -> [TimeExpression] {
        if paragraph != sentence.paragraph { paragraph = sentence.paragraph; contextYear = nil }
        var result: [TimeExpression] = []
        var i = 0
        while i < scan.tokens.count {
            // Most tokens start no date: marks never do, words only from the date lexicon.
            i = scan.nextDateStart(from: i, starters: starters)
            guard i < scan.tokens.count else { break }
            guard var found = scan.matchDate(at: i, reference: reference) else { i += 1; continue }
            if !found.explicitYear {
                guard let year = Self.year(for: found, context: contextYear, reference: reference, scan: scan) else {
                    i = found.last + 1; continue
                }
                found.resolve(year: year)
            } else if let year = found.year, Self.setsContext(found, scan: scan) {
                contextYear = found.endYear ?? year
            }
            if let expression = found.expression(in: sentence, scan: scan) { result.append(expression) }
            i = found.last + 1
        }
        return result
    }

    // MARK: - Year of a bare date

    /// A plan's span ("for 2022–2024", "на 2024–2026 годы") or target ("until 2028", "by 2021")
    /// is not the year the next bare month or day happens in; other written years are.
    static func setsContext(_ match: TimeMatch, scan: TokenScan) -> Bool {
        if match.isSpan && match.month == nil { return false }
        return !scan.isWord(match.first - 1, in: DateLexicon.targetPrepositions)
    }

    /// The year of a date written without one. A day close to the document date (within two
    /// months) is in the document's year whatever year the paragraph spoke of ("… grew in
    /// 2023, he said at the meeting on 14 March"); otherwise the paragraph's year, else the
    /// document's, moved to the next year for a planned month already past in the document's.
    static func year(for match: TimeMatch, context: Int?, reference: TimeValue?, scan: TokenScan) -> Int? {
        guard let reference, let referenceMonth = reference.month, let month = match.month else {
            return context ?? reference?.year
        }
        if match.day != nil, let context, context != reference.year {
            let distance = abs((reference.year * 12 + month) - (reference.year * 12 + referenceMonth))
            return distance <= 2 ? reference.year : context
        }
        if let context { return context }
        if match.day == nil, !match.isSpan, month < referenceMonth,
           scan.tokens.indices.contains(where: { scan.tokens[$0].kind == .word && EventLexicon.isPlanMarker(scan, $0) }) {
            return reference.year + 1
        }
        return reference.year
    }
}
