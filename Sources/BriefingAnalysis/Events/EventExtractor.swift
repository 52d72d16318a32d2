/// Finds dated meetings, visits, exhibitions and agreements (stub).
enum EventExtractor {
    static func events(in documents: [Document], sentences: [[Sentence]], times: [[TimeExpression]]) -> [Event] { [] }
}
