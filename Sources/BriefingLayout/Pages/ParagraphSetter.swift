/// Breaks a paragraph into positioned lines: text items plus link rectangles.
struct ParagraphSetter {
    let measurer: TextMeasurer
    let lineSpacing: Double

    struct SetLine {
        var items: [SceneItem]
        var height: Double
    }

    /// Lines of `paragraph` for a column `width` wide, each positioned at y = 0.
    func lines(_ paragraph: Paragraph, width: Double) -> [SetLine] {
        let available = max(width - paragraph.indent, 20)
        let measured = measurer.lines(of: paragraph.text, font: paragraph.font, width: available)
        let lineHeight = paragraph.font.size * lineSpacing
        return measured.enumerated().map { index, line in
            let count = line.text.unicodeScalars.count
            let lineStart = line.scalarOffset, lineEnd = line.scalarOffset + count
            let spans = paragraph.spans.compactMap { span -> TextSpan? in
                let s = max(span.start, lineStart), e = min(span.end, lineEnd)
                guard s < e else { return nil }
                var moved = span
                moved.start = s - lineStart; moved.end = e - lineStart
                return moved
            }
            let isLast = index == measured.count - 1
            let alignment: TextAlignment = paragraph.alignment == .justify && isLast ? .left : paragraph.alignment
            let x = paragraph.indent
            var items: [SceneItem] = [.text(TextItem(
                origin: Point(x, 0), text: line.text, font: paragraph.font, color: paragraph.color,
                width: alignment == .left ? nil : available, alignment: alignment, spans: spans))]
            for link in paragraph.links {
                let s = max(link.start, lineStart), e = min(link.end, lineEnd)
                guard s < e, alignment == .left || alignment == .justify else { continue }
                let scalars = Array(line.text.unicodeScalars)
                let before = String(String.UnicodeScalarView(scalars[0..<(s - lineStart)]))
                let inside = String(String.UnicodeScalarView(scalars[(s - lineStart)..<(e - lineStart)]))
                var x0 = x + measurer.width(of: before, font: paragraph.font)
                var w = measurer.width(of: inside, font: paragraph.font)
                if alignment == .justify {
                    // Justification spreads the slack over the spaces; follow it.
                    let spaces = scalars.filter { $0 == " " }.count
                    if spaces > 0 {
                        let extra = max(0, available - line.width) / Double(spaces)
                        x0 += extra * Double(before.unicodeScalars.filter { $0 == " " }.count)
                        w += extra * Double(inside.unicodeScalars.filter { $0 == " " }.count)
                    }
                }
                items.append(.link(rect: Rect(x: x0, y: 0, width: w, height: lineHeight), destination: link.destination))
            }
            if index == 0, let anchor = paragraph.anchor { items.append(.anchor(name: anchor, at: Point(0, 0))) }
            return SetLine(items: items, height: lineHeight)
        }
    }
}
