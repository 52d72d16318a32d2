// MARK: - Built-in themes

extension ChartTheme {
    /// Calm report colours in PT Sans: a dark blue accent and lightness-spread series colours.
    public static let `default` = ChartTheme(
        titleFont: FontSpec(family: "PT Sans", size: 10.5, weight: .bold),
        labelFont: FontSpec(family: "PT Sans", size: 8.5),
        valueFont: FontSpec(family: "PT Sans", size: 8.5, weight: .bold),
        tickFont: FontSpec(family: "PT Sans", size: 7.5),
        noteFont: FontSpec(family: "PT Sans", size: 7.5),
        markerFont: FontSpec(family: "PT Sans", size: 6.5),
        figureFont: FontSpec(family: "PT Sans", size: 22, weight: .bold),
        textColor: Color(hex: "#1F2328")!, mutedColor: Color(hex: "#5F6B76")!,
        gridColor: Color(hex: "#E3E7EB")!, axisColor: Color(hex: "#8D98A3")!,
        markerColor: Color(hex: "#2B5C8A")!, panelColor: Color(hex: "#F3F5F7")!,
        palette: ["#173A5E", "#C0504D", "#E3A33B", "#B7D3EA"].map { Color(hex: $0)! },
        patterns: [.solid, .diagonal, .dots, .crosshatch],
        markers: [.circle, .square, .triangle, .diamond])

    /// For black-and-white printers: greys only, with the same pattern and marker cues.
    public static let greyscale: ChartTheme = {
        var theme = ChartTheme.default
        theme.textColor = Color(hex: "#1A1A1A")!
        theme.mutedColor = Color(hex: "#5E5E5E")!
        theme.gridColor = Color(hex: "#E2E2E2")!
        theme.axisColor = Color(hex: "#8C8C8C")!
        theme.markerColor = Color(hex: "#3A3A3A")!
        theme.panelColor = Color(hex: "#F2F2F2")!
        theme.palette = ["#262626", "#6E6E6E", "#A6A6A6", "#D0D0D0"].map { Color(hex: $0)! }
        return theme
    }()
}
