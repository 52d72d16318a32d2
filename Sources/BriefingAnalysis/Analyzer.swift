import Foundation

/// Runs the whole analysis over a folder of articles: read, clean, profile, split into
/// sentences, find dates and figures, merge facts, extract events and topics.
public struct Analyzer: Sendable {
    /// When true, an unreadable article is left out and listed in `Analysis.skipped`
    /// instead of stopping the run.
    public var skipBad: Bool

    public init(skipBad: Bool = false) { self.skipBad = skipBad }

    /// Analyses every `*.txt` in `folder`, in file-name order, articles in parallel on every
    /// core (`Analyzer+Parallel.swift`; same result as the sequential `analyze(files:)`).
    public func analyze(folder: String) throws -> Analysis {
        try analyze(folder: folder, concurrency: Self.defaultConcurrency)
    }

    /// The sequential reading of a folder: every file loaded, then `analyze(files:)`.
    func analyzeSequentially(folder: String) throws -> Analysis {
        let paths = try CorpusReader.articleFiles(in: folder)
        var files: [(name: String, data: Data)] = []
        var skipped: [AnalysisError] = []
        for path in paths {
            do { files.append((name: (path as NSString).lastPathComponent, data: try CorpusReader.load(path))) } catch let error as AnalysisError {
                guard skipBad else { throw error }
                skipped.append(error)
            }
        }
        var analysis = try analyze(files: files, folder: folder)
        analysis.skipped = (skipped + analysis.skipped).sorted { $0.path < $1.path }
        return analysis
    }

    /// Analyses already-loaded files (name + bytes); used by tests, the fuzzer and the benchmark.
    public func analyze(files: [(name: String, data: Data)], folder: String = ".") throws -> Analysis {
        var documents: [Document] = []
        var skipped: [AnalysisError] = []
        for file in files {
            let path = CorpusReader.path(of: file.name, in: folder)
            do { documents.append(try Self.read(file.data, name: file.name, path: path)) } catch let error as AnalysisError {
                guard skipBad else { throw error }
                skipped.append(error)
            }
        }
        TranslationLinker.link(&documents)
        // Per-document work is independent; kept sequential here for determinism and
        // because the CLI runs one corpus at a time.
        let perDocument = documents.map(Self.readSentences)
        var figures: [Figure] = []
        let scratch = FigureScratch()
        for (index, document) in documents.enumerated() {
            for (sentence, times) in zip(perDocument[index].sentences, perDocument[index].times) {
                FigureFinder.find(in: sentence, of: document, times: times, into: &figures, scratch: scratch)
            }
        }
        let times = perDocument.map { $0.times.flatMap { $0 } }
        let sentences = perDocument.map(\.sentences)
        let facts = FactBuilder.facts(from: figures, times: times.flatMap { $0 }, documents: documents)
        let events = EventExtractor.events(in: documents, sentences: sentences, times: times)
        let topics = documents.enumerated().map { TopicClassifier.topics(of: $0.element, sentences: sentences[$0.offset]) }
        var analysis = Analysis(documents: documents, facts: facts, events: events, topics: topics)
        analysis.skipped = skipped
        return analysis
    }

    /// Decodes, cleans and profiles one article; an article with no text left is an error.
    static func read(_ data: Data, name: String, path: String) throws -> Document {
        try readKeepingLines(data, name: name, path: path).document
    }

    /// `read`, and which lines of the normalised text the document kept.
    static func readKeepingLines(_ data: Data, name: String, path: String) throws -> (document: Document, kept: ChromeStripper.KeptLines) {
        let text = try TextDecoder.decode(data, path: path)
        let (document, kept) = DocumentProfiler.profileKeepingLines(fileName: name, text: text)
        guard document.text.unicodeScalars.contains(where: ScalarClass.isLetter) else {
            throw AnalysisError(path: path, reason: "no article text (only page chrome or blank lines)",
                                hint: "remove the file or add the article")
        }
        return (document, kept)
    }

    /// Sentences of a document and the time expressions of each, found in order so that
    /// bare dates take the year last written in their paragraph.
    static func readSentences(_ document: Document) -> (sentences: [Sentence], times: [[TimeExpression]]) {
        let sentences = SentenceSplitter.split(document.text, document: document.id)
        var finder = TimeExpressionFinder(reference: document.date)
        return (sentences, sentences.map { finder.find(in: $0) })
    }

    /// `readSentences` that also keeps each sentence's `TokenScan` for the event and topic
    /// stages: one tokenisation per sentence instead of three.
    static func readScannedSentences(_ document: Document) -> (sentences: [Sentence], times: [[TimeExpression]], scans: [TokenScan]) {
        var (sentences, scans) = SentenceScanner.scan(document.text, document: document.id)
        var finder = TimeExpressionFinder(reference: document.date)
        // Each sentence and scan is moved out for the finder and back (`find` cannot throw):
        // reading them from the arrays copied (retained and released) both every time.
        var times: [[TimeExpression]] = []
        times.reserveCapacity(sentences.count)
        sentences.withUnsafeMutableBufferPointer { s in
            scans.withUnsafeMutableBufferPointer { t in
                for k in s.indices {
                    let sentence = (s.baseAddress! + k).move(), scan = (t.baseAddress! + k).move()
                    times.append(finder.find(in: sentence, scan: scan))
                    (s.baseAddress! + k).initialize(to: sentence); (t.baseAddress! + k).initialize(to: scan)
                }
            }
        }
        return (sentences, times, scans)
    }
}
