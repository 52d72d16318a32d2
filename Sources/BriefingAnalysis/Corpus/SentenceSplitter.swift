/// Splits a document into sentences (stub: lines).
enum SentenceSplitter {
    static func split(_ text: String, language: Language) -> [Sentence] {
        var result: [Sentence] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !line.isEmpty { result.append(Sentence(document: "", text: String(line), offset: offset)) }
            offset += line.unicodeScalars.count + 1
        }
        return result
    }
}
