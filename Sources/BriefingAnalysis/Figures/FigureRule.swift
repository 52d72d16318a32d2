/// One figure rule, Duckling style: a name, what it anchors on, and its production.
///
/// Rules are tried in order at every position of a sentence; the first that reads
/// something wins and the engine moves past its tokens, so matching stays linear.
/// Each rule has a positive and a negative corpus in `FigureRuleTests`, keyed by `name`.
struct FigureRule: Sendable {
    enum Anchor: Sendable { case token, quantity }
    let name: String
    let anchor: Anchor
    /// Reads at token `i`; for quantity rules `i` starts a quantity (`context.quantities[i]`).
    let read: @Sendable (FigureContext, Int) -> RuleOutcome?
}
