import Foundation // memcmp

/// A line at the top of an article with what the profiler's rules read of it, each worked
/// out once: the header lines and the top lines left after stripping are mostly the same
/// lines, asked the same questions (a body line? a dateline? a date?), and each question
/// tokenised the line again.
final class ProfileLine {
    let text: String
    /// The line's first tokens, for the rules that read words.
    private(set) lazy var tokens = LineTokens(text)
    /// Their kinds only, for the rules that count.
    private(set) lazy var shape = LineShape(text)
    private(set) lazy var dateline: Dateline? = Dateline.parse(text)
    private(set) lazy var isBody: Bool = DocumentProfiler.isBodyLine(self)
    private(set) lazy var date: TimeValue? = DocumentProfiler.headerDate(self)

    init(_ text: String) { self.text = text }

    /// The line of `known` with the same bytes as `text`, or a new one.
    static func reusing(_ known: [ProfileLine], for text: String) -> ProfileLine {
        known.first { sameBytes($0.text, text) } ?? ProfileLine(text)
    }

    /// Byte equality by `memcmp`: the lines compared are mostly whole equal paragraphs.
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        guard a.utf8.count == b.utf8.count else { return false }
        return a.withUTF8 { x in b.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }
}
