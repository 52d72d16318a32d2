/// One figure as read in one sentence, before mentions are merged into facts.
public struct Figure: Hashable, Sendable {
    /// The fact this figure would be on its own (its `mentions` holds the one mention).
    public var fact: Fact
    /// Offset of the quote in the sentence, in Unicode scalars.
    public var offset: Int
    public init(fact: Fact, offset: Int) { self.fact = fact; self.offset = offset }
}
