/// Key-figure tiles: a big number, what it measures, its period and its source marker,
/// in a grid that wraps to as many columns as the width allows. Tiles in a row share a
/// height and their periods line up along the bottom.
public enum KeyFigureTiles {
    public static let role = "chart:tiles"

    /// Lays the tiles out into `width`; each tile is at least `minTileWidth` wide.
    public static func layout(_ figures: [KeyFigure], labels: ChartLabels = ChartLabels(),
                              theme: ChartTheme = .default, width: Double, minTileWidth: Double = 130,
                              measurer: any TextMeasurer) -> ChartGraphic {
        guard !figures.isEmpty else {
            return ChartCanvas.empty(role: role, labels: labels, theme: theme, width: width, measurer: measurer)
        }
        var canvas = ChartCanvas(theme: theme, measurer: measurer)
        var y = canvas.header(labels, width: width)
        let gap = theme.gap * 1.5
        let columns = max(1, Int((width + gap) / (minTileWidth + gap)))
        let tileWidth = (width - Double(columns - 1) * gap) / Double(columns)
        let tiles = figures.map { TileContent($0, width: tileWidth, canvas: canvas) }
        for rowStart in stride(from: 0, to: tiles.count, by: columns) {
            let row = tiles[rowStart..<min(rowStart + columns, tiles.count)]
            let height = row.map(\.height).max() ?? 0
            for (i, tile) in row.enumerated() {
                tile.draw(in: Rect(x: Double(i) * (tileWidth + gap), y: y, width: tileWidth, height: height), on: &canvas)
            }
            y += height + gap
        }
        y -= gap
        let height = canvas.footer(labels, y: y, width: width)
        return canvas.graphic(role: role, width: width, height: height)
    }
}
