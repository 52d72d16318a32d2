/// Finds dates and periods in sentences and normalises them TIMEX3-style.
///
/// Works over `Token`s, trying a fixed list of rules at each position and jumping past a
/// match, so a sentence is scanned once. Bare dates ("in September", "9 November") take
/// their year from the last explicit year in the paragraph, else from the document date.
struct TimeExpressionFinder {
    var reference: TimeValue?
    private var contextYear: Int?
    private var paragraph: Int?

    init(reference: TimeValue?) { self.reference = reference }

    /// Stateless convenience: one sentence with no paragraph context.
    static func find(in sentence: Sentence, language: Language, reference: TimeValue?) -> [TimeExpression] {
        var finder = TimeExpressionFinder(reference: reference)
        return finder.find(in: sentence)
    }

    /// Time expressions of `sentence`, in order. Call in document order to carry the year.
    mutating func find(in sentence: Sentence) -> [TimeExpression] {
        if paragraph != sentence.paragraph { paragraph = sentence.paragraph; contextYear = nil }
        let scalars = Array(sentence.text.unicodeScalars)
        let scan = TokenScan(scalars: scalars)
        var result: [TimeExpression] = []
        var i = 0
        while i < scan.tokens.count {
            guard var found = scan.matchDate(at: i, reference: reference) else { i += 1; continue }
            if !found.explicitYear {
                guard let year = contextYear ?? reference?.year else { i = found.last + 1; continue }
                found.resolve(year: year)
            } else if let year = found.year {
                contextYear = found.endYear ?? year
            }
            if let expression = found.expression(in: sentence, scan: scan) { result.append(expression) }
            i = found.last + 1
        }
        return result
    }
}
