/// One article of the corpus after decoding and cleaning, with what is known about it.
public struct Document: Hashable, Sendable, Codable {
    /// File name without extension, e.g. `000_52c025116dd56ecd`.
    public var id: String
    /// File name as found in the seeds folder.
    public var fileName: String
    public var language: Language
    public var title: String
    /// Publication date from the dateline or header; a translation without a date takes its twin's.
    public var date: TimeValue?
    public var publisher: String?
    /// Id of the document this one is a translation of (the other member of the pair).
    public var translationOf: String?
    /// Number of page-chrome lines removed (tickers, menus, counters…).
    public var droppedLines: Int
    /// The article text after normalisation and chrome removal. Every mention's `quote`
    /// is an exact substring of this text.
    public var text: String

    public init(id: String, fileName: String, language: Language, title: String, date: TimeValue? = nil,
                publisher: String? = nil, translationOf: String? = nil, droppedLines: Int = 0, text: String) {
        self.id = id; self.fileName = fileName; self.language = language; self.title = title; self.date = date
        self.publisher = publisher; self.translationOf = translationOf; self.droppedLines = droppedLines; self.text = text
    }
}
