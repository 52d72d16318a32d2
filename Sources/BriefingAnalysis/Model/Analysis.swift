/// Everything the analysis found in a corpus: documents, merged facts, events and topics.
public struct Analysis: Hashable, Sendable {
    public var documents: [Document]
    public var facts: [Fact]
    public var events: [Event]
    public var topics: [DocumentTopics]
    /// Articles left out because they could not be read (only with `Analyzer(skipBad: true)`).
    public var skipped: [AnalysisError] = []
    public init(documents: [Document], facts: [Fact], events: [Event], topics: [DocumentTopics]) {
        self.documents = documents; self.facts = facts; self.events = events; self.topics = topics
    }
}
