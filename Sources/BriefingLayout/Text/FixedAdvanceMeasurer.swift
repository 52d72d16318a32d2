/// A font-free measurer: every character advances `advance × size`, lines break greedily
/// at spaces. Deterministic and independent of the machine, for layout tests.
public struct FixedAdvanceMeasurer: TextMeasurer, Sendable {
    public var advance: Double
    public init(advance: Double = 0.5) { self.advance = advance }

    public func width(of text: String, font: FontSpec) -> Double {
        Double(text.unicodeScalars.count) * advance * font.size
    }

    public func metrics(of font: FontSpec) -> FontMetrics {
        FontMetrics(ascent: font.size * 0.8, descent: font.size * 0.2, lineHeight: font.size * 1.2)
    }

    public func lines(of text: String, font: FontSpec, width maxWidth: Double) -> [MeasuredLine] {
        let perChar = advance * font.size
        let capacity = max(1, Int((maxWidth / perChar).rounded(.down)))
        let scalars = Array(text.unicodeScalars)
        var result: [MeasuredLine] = []
        var start = 0
        while start < scalars.count {
            // Skip the spaces a break consumed.
            while start < scalars.count, scalars[start] == " " { start += 1 }
            if start >= scalars.count { break }
            var end = min(start + capacity, scalars.count)
            if end < scalars.count {
                if let space = scalars[start..<end + (scalars[end] == " " ? 1 : 0)].lastIndex(of: " "), space > start {
                    end = space
                }
            }
            var lineScalars = scalars[start..<end]
            while lineScalars.last == " " { lineScalars = lineScalars.dropLast() }
            var line = String.UnicodeScalarView()
            line.append(contentsOf: lineScalars)
            result.append(MeasuredLine(text: String(line), width: Double(lineScalars.count) * perChar, scalarOffset: start))
            start = end
        }
        return result.isEmpty ? [MeasuredLine(text: "", width: 0, scalarOffset: 0)] : result
    }
}
