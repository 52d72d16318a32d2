import Foundation

extension Analyzer {
    /// The cleaned text of one article of `folder`, exactly as the analysis read it (same
    /// decoding, normalising and chrome removal), for callers of an analysis made with
    /// `keepsText: false` that need a few texts back: the briefing quotes twenty articles
    /// of a corpus of thousands, so it reads those again instead of keeping every text.
    public static func articleText(fileName: String, in folder: String) throws -> String {
        let path = CorpusReader.path(of: fileName, in: folder)
        return try read(CorpusReader.load(path), name: fileName, path: path).text
    }

    /// `document`'s text: its own when the analysis kept it, else read again from `folder`
    /// (empty when the article can no longer be read).
    public static func text(of document: Document, in folder: String) -> String {
        guard document.text.isEmpty else { return document.text }
        return (try? articleText(fileName: document.fileName, in: folder)) ?? ""
    }
}
