/// A date or period found in a sentence ("at the end of 2022", "в июне 2023 года").
public struct TimeExpression: Hashable, Sendable {
    public var sentence: Sentence
    /// The exact words, a substring of `sentence.text`.
    public var quote: String
    /// Offset of `quote` in `sentence.text`, in Unicode scalars.
    public var offset: Int
    public var value: TimeValue
    public init(sentence: Sentence, quote: String, offset: Int, value: TimeValue) {
        self.sentence = sentence; self.quote = quote; self.offset = offset; self.value = value
    }
}
