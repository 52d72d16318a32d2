import Foundation

/// Runs the whole analysis over a folder of articles: read, clean, profile, split into
/// sentences, find dates and figures, merge facts, extract events and topics.
public struct Analyzer: Sendable {
    public init() {}

    /// Analyses every `*.txt` in `folder`, in file-name order.
    public func analyze(folder: String) throws -> Analysis {
        let files = try CorpusReader.articleFiles(in: folder)
        let raw = try files.map { (name: ($0 as NSString).lastPathComponent, data: try CorpusReader.load($0)) }
        return try analyze(files: raw, folder: folder)
    }

    /// Analyses already-loaded files (name + bytes); used by tests, the fuzzer and the benchmark.
    public func analyze(files: [(name: String, data: Data)], folder: String = ".") throws -> Analysis {
        var documents: [Document] = []
        var sentencesByDocument: [[Sentence]] = []
        for file in files {
            let path = folder == "." ? file.name : (folder as NSString).appendingPathComponent(file.name)
            let text = try TextDecoder.decode(file.data, path: path)
            let document = DocumentProfiler.profile(fileName: file.name, text: text)
            documents.append(document)
        }
        TranslationLinker.link(&documents)
        var times: [[TimeExpression]] = []
        for document in documents {
            let sentences = SentenceSplitter.split(document.text, language: document.language)
            sentencesByDocument.append(sentences)
            times.append(sentences.flatMap {
                TimeExpressionFinder.find(in: $0, language: document.language, reference: document.date)
            })
        }
        var figures: [Figure] = []
        for (index, document) in documents.enumerated() {
            for sentence in sentencesByDocument[index] {
                let sentenceTimes = times[index].filter { $0.sentence == sentence }
                figures += FigureFinder.find(in: sentence, of: document, times: sentenceTimes)
            }
        }
        let facts = FactBuilder.facts(from: figures, times: times.flatMap { $0 }, documents: documents)
        let events = EventExtractor.events(in: documents, sentences: sentencesByDocument, times: times)
        let topics = documents.enumerated().map { TopicClassifier.topics(of: $0.element, sentences: sentencesByDocument[$0.offset]) }
        return Analysis(documents: documents, facts: facts, events: events, topics: topics)
    }
}
