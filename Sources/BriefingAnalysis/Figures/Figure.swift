/// One figure as read in one sentence, before mentions are merged into facts.
public struct Figure: Hashable, Sendable {
    /// The fact this figure would be on its own (its `mentions` holds the one mention).
    public var fact: Fact
    /// Offset of the quote in the sentence, in Unicode scalars.
    public var offset: Int
    /// Offset of the sentence in its document, in Unicode scalars (to order facts by position).
    public var sentenceOffset: Int
    /// The counted noun is generic or anaphoric ("such objects"); `FactBuilder` looks its subject up earlier.
    public var needsAntecedent: Bool
    /// The words around the figure in its sentence (bounded), for the catalogue's context stems.
    public var context: String
    /// The first words of the figure's clause ("Trade between the regions totalled"): what a
    /// figure after its verb is about when its own subject names no indicator.
    public var clauseSubject: String

    public init(fact: Fact, offset: Int, sentenceOffset: Int = 0, needsAntecedent: Bool = false, context: String = "",
                clauseSubject: String = "") {
        self.fact = fact; self.offset = offset; self.sentenceOffset = sentenceOffset; self.needsAntecedent = needsAntecedent
        self.context = context; self.clauseSubject = clauseSubject
    }

    /// Offset of the quote in the document text.
    public var position: Int { sentenceOffset + offset }
}
