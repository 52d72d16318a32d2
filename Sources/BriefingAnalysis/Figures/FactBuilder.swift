/// Merges figures into facts, assigns indicators and flags discrepancies (stub: no merging).
enum FactBuilder {
    static func facts(from figures: [Figure], times: [TimeExpression], documents: [Document]) -> [Fact] {
        figures.enumerated().map { index, figure in
            var fact = figure.fact
            fact.id = "f\(index + 1)"
            return fact
        }
    }
}
