/// Splits normalised text into lines on its UTF-8 bytes. Gives the same lines as
/// `split(separator: "\n")`, because after `TextNormalizer` every break is a bare "\n" and a
/// "\n" is always a grapheme of its own, but without grapheme breaking, which made the
/// Character split one of the costliest steps of reading an article.
enum LineSplitter {
    /// At most `limit` lines; empty lines are left out when `omittingEmpty`, as `split` does.
    static func lines(_ text: String, omittingEmpty: Bool = true, limit: Int = .max) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        while lines.count < limit {
            let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
            if !omittingEmpty || start < end { lines.append(text[start..<end]) }
            guard end < utf8.endIndex else { break }
            start = utf8.index(after: end)
        }
        return lines
    }
}
