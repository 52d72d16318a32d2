import Foundation // memcmp

/// A line at the top of an article with what the profiler's rules read of it, each worked
/// out once: the header lines and the top lines left after stripping are mostly the same
/// lines, asked the same questions (a body line? a dateline? a date?), and each question
/// tokenised the line again.
final class ProfileLine {
    let text: String
    /// The line's first tokens, for the rules that read words.
    private(set) lazy var tokens = LineTokens(text)
    /// How many words and numbers open it (at most 60 tokens, 26 words, 40 tokens read whatever
    /// the words: see `LineShape.scan(_:limit:words:tokens:_:)`), for the rules that count.
    private(set) lazy var counts = LineCounts(text)
    private(set) lazy var dateline: Dateline? = Dateline.parse(text)
    private(set) lazy var isBody: Bool = DocumentProfiler.isBodyLine(self)
    private(set) lazy var date: TimeValue? = DocumentProfiler.headerDate(self)

    init(_ text: String) { self.text = text }

    /// The line of `known` with the same bytes as `line`, or a new one (the line copied to a
    /// `String` only then).
    static func reusing(_ known: [ProfileLine], for line: Substring) -> ProfileLine {
        let found = line.utf8.withContiguousStorageIfAvailable { y in known.first { sameBytes($0.text, y) } }
            ?? known.first { $0.text.utf8.elementsEqual(line.utf8) }
        return found ?? ProfileLine(String(line))
    }

    /// Byte equality by `memcmp`: the lines compared are mostly whole equal paragraphs.
    private static func sameBytes(_ a: String, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        var a = a
        guard a.utf8.count == y.count else { return false }
        return a.withUTF8 { x in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
    }
}
