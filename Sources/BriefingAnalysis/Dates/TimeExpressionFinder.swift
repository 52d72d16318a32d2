/// Finds dates and periods in a sentence (stub).
enum TimeExpressionFinder {
    static func find(in sentence: Sentence, language: Language, reference: TimeValue?) -> [TimeExpression] { [] }
}
