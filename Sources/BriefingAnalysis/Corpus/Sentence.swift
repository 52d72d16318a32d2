/// A sentence of a document: its text and where it sits in the document's cleaned text.
public struct Sentence: Hashable, Sendable {
    /// Id of the document the sentence belongs to.
    public var document: String
    public var text: String
    /// Offset of the sentence in the document text, in Unicode scalars.
    public var offset: Int
    /// Index of the paragraph (line of the cleaned text) the sentence sits in.
    public var paragraph: Int
    public init(document: String, text: String, offset: Int, paragraph: Int = 0) {
        self.document = document; self.text = text; self.offset = offset; self.paragraph = paragraph
    }
}
