/// One legend entry: a small drawing (given its box) and the words for it.
struct LegendEntry {
    var label: String
    var swatch: (inout ChartCanvas, Rect) -> Void
}

// MARK: - Legend, flowing left to right and wrapping

extension ChartCanvas {
    /// Width of the drawing in front of each legend label.
    var swatchWidth: Double { 14 }

    /// Draws `entries` in rows below `y`; returns the bottom.
    mutating func legend(_ entries: [LegendEntry], y: Double, width: Double) -> Double {
        guard !entries.isEmpty else { return y }
        let font = theme.noteFont
        let rowHeight = max(textHeight(font), 9)
        let spacing = 12.0
        var x = 0.0, top = y + theme.gap
        for entry in entries {
            let label = TextFitter.truncate(entry.label, font: font, width: width - swatchWidth - 4, measurer: measurer)
            let entryWidth = swatchWidth + 4 + self.width(label, font)
            if x > 0, x + entryWidth > width {
                x = 0
                top += rowHeight + theme.gap / 2
            }
            entry.swatch(&self, Rect(x: x, y: top + (rowHeight - 9) / 2, width: swatchWidth, height: 9))
            text(label, at: Point(x + swatchWidth + 4, top + (rowHeight - textHeight(font)) / 2), font: font,
                 color: theme.mutedColor)
            x += entryWidth + spacing
        }
        return top + rowHeight
    }
}
