import Foundation // memchr

/// Splits normalised text into lines on its UTF-8 bytes. Gives the same lines as
/// `split(separator: "\n")`, because after `TextNormalizer` every break is a bare "\n" and a
/// "\n" is always a grapheme of its own, but without grapheme breaking, which made the
/// Character split one of the costliest steps of reading an article.
enum LineSplitter {
    /// At most `limit` lines; empty lines are left out when `omittingEmpty`, as `split` does.
    static func lines(_ text: String, omittingEmpty: Bool = true, limit: Int = .max) -> [Substring] {
        lines(text, ranges: ranges(text, omittingEmpty: omittingEmpty, limit: limit))
    }

    /// The lines of `text` at byte `ranges` (from `ranges(_:omittingEmpty:limit:)`).
    static func lines(_ text: String, ranges: [Range<Int>]) -> [Substring] {
        let utf8 = text.utf8
        return ranges.map { range in
            // UTF-8 offsets of a native string are O(1) indices, and a "\n" boundary is a scalar boundary.
            text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
    }

    /// The lines as UTF-8 byte offsets into `text`, found over its contiguous storage with
    /// `memchr` (`firstIndex(of:)` on the UTF-8 view walked it index by index).
    static func ranges(_ text: String, omittingEmpty: Bool = true, limit: Int = .max) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bytes in
            var ranges: [Range<Int>] = []
            // Room for lines of ~128 bytes (articles average ~270): growing the array from
            // empty cost more than finding the lines.
            ranges.reserveCapacity(Swift.min(limit, bytes.count / 128 + 8))
            var start = 0
            let end = bytes.count
            while ranges.count < limit {
                var stop = end
                if start < end, let base = bytes.baseAddress, let found = memchr(base + start, 0x0A, end - start) {
                    stop = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                }
                if !omittingEmpty || start < stop { ranges.append(start..<stop) }
                guard stop < end else { break }
                start = stop + 1
            }
            return ranges
        }
    }
}
