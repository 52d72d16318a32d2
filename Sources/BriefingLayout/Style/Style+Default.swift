// MARK: - Defaults: the one place where every style value has its default

extension Style {
    /// The built-in defaults; a style file changes only the keys it names.
    public static let defaults = Style(
        version: 1,
        name: "default",
        description: "Clean modern report",
        page: Page(size: PaperSize.a4, sizeName: "A4",
                   marginTop: millimetres(20), marginRight: millimetres(18),
                   marginBottom: millimetres(20), marginLeft: millimetres(20)),
        fonts: Fonts(body: "PT Serif", heading: "PT Sans", bodySize: 10.5, smallSize: 8,
                     headingSize: 14, titleSize: 22, lineSpacing: 1.35),
        colors: Colors(
            text: Color(hex: "#1F2328")!, muted: Color(hex: "#5B6470")!, accent: Color(hex: "#1F5A96")!,
            rule: Color(hex: "#C9D1D9")!, highlight: Color(hex: "#FFF1B8")!, background: .white,
            palette: ["#1F5A96", "#D9822B", "#3A8A5C", "#8E5BA8", "#B8433F", "#6B7B8C"].map { Color(hex: $0)! }),
        heads: RunningHeads(header: "{title}", footer: "{page-of-pages}", pageNumber: .bottomRight,
                            pageNumberFrom: 1),
        greyscale: false,
        fontDirectory: "fonts",
        source: "built-in",
        keyLines: [:])
}

/// Paper sizes in points.
public enum PaperSize {
    public static let a4 = Size(595.2756, 841.8898)
    public static let letter = Size(612, 792)
}
