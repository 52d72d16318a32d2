/// Fits text into a width: wraps it into at most N lines and ends the last one with an
/// ellipsis when the text is longer. Never rotates, never lets a line exceed the width.
enum TextFitter {
    static let ellipsis = "…"

    /// Lines of `text` no wider than `width`, at most `maxLines`.
    static func fit(_ text: String, font: FontSpec, width: Double, maxLines: Int,
                    measurer: any TextMeasurer) -> [String] {
        let text = text.trimmingSpaces
        guard !text.isEmpty else { return [] }
        if maxLines <= 1 { return [truncate(text, font: font, width: width, measurer: measurer)] }
        let lines = measurer.lines(of: text, font: font, width: width)
        guard lines.count > maxLines else { return lines.map(\.text) }
        let kept = lines.prefix(maxLines - 1).map(\.text)
        let rest = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(lines[maxLines - 1].scalarOffset)))
        return kept + [truncate(rest, font: font, width: width, measurer: measurer, force: true)]
    }

    /// `text` on one line, cut with "…" when wider than `width`. With `force`, the ellipsis
    /// is added even when the text fits (it stands for lines that were dropped).
    static func truncate(_ text: String, font: FontSpec, width: Double, measurer: any TextMeasurer,
                         force: Bool = false) -> String {
        if !force, measurer.width(of: text, font: font) <= width { return text }
        let scalars = Array(text.unicodeScalars)
        func candidate(_ n: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[0..<n])
            return String(view).trimmingSpaces + ellipsis
        }
        // Longest prefix whose ellipsised form fits (binary search; width grows with n).
        var low = 0, high = scalars.count
        while low < high {
            let mid = (low + high + 1) / 2
            if measurer.width(of: candidate(mid), font: font) <= width { low = mid } else { high = mid - 1 }
        }
        return candidate(low)
    }
}

extension String {
    /// The string without leading and trailing spaces and newlines.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
