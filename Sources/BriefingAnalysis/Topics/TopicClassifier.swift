/// Scores the areas of cooperation a document speaks of (stub).
enum TopicClassifier {
    static func topics(of document: Document, sentences: [Sentence]) -> DocumentTopics {
        DocumentTopics(document: document.id, areas: [:])
    }
}
