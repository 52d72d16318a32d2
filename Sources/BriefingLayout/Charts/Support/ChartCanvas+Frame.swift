// MARK: - Title, caption, legend and the empty state, the same for every chart

extension ChartCanvas {
    /// Draws the title (up to two lines) from y = 0; returns where the chart body starts.
    mutating func header(_ labels: ChartLabels, width: Double) -> Double {
        guard let title = labels.title, !title.trimmingSpaces.isEmpty else { return 0 }
        let font = theme.titleFont
        let lines = TextFitter.fit(title, font: font, width: width, maxLines: 2, measurer: measurer)
        let height = self.lines(lines, at: .zero, font: font, color: theme.textColor)
        return height + theme.gap * 1.5
    }

    /// Draws the caption (up to four lines) below `y`; returns the bottom of the chart.
    mutating func footer(_ labels: ChartLabels, y: Double, width: Double) -> Double {
        guard let caption = labels.caption, !caption.trimmingSpaces.isEmpty else { return y }
        let font = theme.noteFont
        let lines = TextFitter.fit(caption, font: font, width: width, maxLines: 4, measurer: measurer)
        let top = y + theme.gap
        return top + self.lines(lines, at: Point(0, top), font: font, color: theme.mutedColor)
    }

    /// The "no data" panel: a quiet dashed frame with the message in the middle; returns
    /// its bottom.
    mutating func noData(y: Double, width: Double) -> Double {
        let font = theme.noteFont.italicized()
        let height = max(36, textHeight(font) + 2 * theme.gap * 2)
        let box = Rect(x: 0.5, y: y + 0.5, width: width - 1, height: height - 1)
        rect(box, fill: nil, stroke: Stroke(color: theme.gridColor, width: 1, dash: [3, 2]))
        let message = TextFitter.truncate(theme.locale.noData, font: font, width: width - 2 * theme.gap,
                                          measurer: measurer)
        let w = self.width(message, font)
        text(message, at: Point((width - w) / 2, y + (height - textHeight(font)) / 2), font: font,
             color: theme.mutedColor)
        return y + height
    }

    /// A chart with nothing to show: title, the "no data" panel, caption.
    static func empty(role: String, labels: ChartLabels, theme: ChartTheme, width: Double,
                      measurer: any TextMeasurer) -> ChartGraphic {
        var canvas = ChartCanvas(theme: theme, measurer: measurer)
        let top = canvas.header(labels, width: width)
        let bottom = canvas.footer(labels, y: canvas.noData(y: top, width: width), width: width)
        return canvas.graphic(role: role, width: width, height: bottom)
    }
}
