/// What the analysis keeps of one article once its own stages have run: the document
/// (its text let go unless asked for), its unmerged facts and events, and its topics.
/// The corpus-wide stages (translation links, merging) need nothing more.
struct DocumentAnalysis: Sendable {
    var document: Document
    var link: LinkProfile
    /// Fact items of its figures and time expressions in the order they are merged
    /// (`FactBuilder.documentOrder`), packed into bytes until the corpus-wide merge.
    var factItems = PackedItems()
    var events: [Event] = []
    var topics: DocumentTopics?
    /// Where to read the article again (index for the loader, checksum of its bytes) when its
    /// text was let go while it waited for its date, and the lines its text kept.
    var source: (index: Int, checksum: UInt64, kept: ChromeStripper.KeptLines)?

    /// Profiles a document for linking; its own stages wait until its date is known.
    init(_ document: Document) {
        self.document = document
        link = LinkProfile(document)
    }

    /// Sentences, dates, figures, facts, events and topics of the document, as the
    /// sequential `Analyzer.analyze(files:)` finds them; drops the text unless `keepsText`.
    mutating func analyse(keepsText: Bool) {
        let (sentences, times, scans) = Analyzer.readScannedSentences(document)
        var figures: [Figure] = []
        let scratch = FigureScratch.borrow()
        defer { FigureScratch.giveBack(scratch) }
        for (sentence, found) in zip(sentences, times) {
            FigureFinder.find(in: sentence, of: document, times: found, into: &figures, scratch: scratch)
        }
        let flatTimes = times.flatMap { $0 }
        let byId = [document.id: document]
        factItems = PackedItems(FactBuilder.documentOrder(FactBuilder.items(from: figures, times: flatTimes, documents: byId,
                                                                             catalogue: .bundled)))
        events = EventExtractor.unmerged(in: document, sentences: sentences, times: flatTimes, scans: scans)
        topics = TopicClassifier.topics(of: document, sentences: sentences, scans: scans)
        if !keepsText { document.text = "" }
    }
}
