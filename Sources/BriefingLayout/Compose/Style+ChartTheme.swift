extension Style {
    /// The chart theme this style implies: its fonts and colours over the chart defaults.
    public func chartTheme(locale: ChartLocale) -> ChartTheme {
        var theme = greyscale ? ChartTheme.greyscale : ChartTheme.default
        let family = fonts.heading
        for keyPath in [\ChartTheme.titleFont, \.labelFont, \.valueFont, \.tickFont, \.noteFont, \.markerFont, \.figureFont] {
            theme[keyPath: keyPath].family = family
        }
        // Charts scale with the style's small text size (memo uses larger type throughout).
        let factor = max(1, fonts.smallSize / Style.defaults.fonts.smallSize)
        if factor > 1 {
            for keyPath in [\ChartTheme.titleFont, \.labelFont, \.valueFont, \.tickFont, \.noteFont, \.markerFont, \.figureFont] {
                theme[keyPath: keyPath].size = (theme[keyPath: keyPath].size * factor * 10).rounded() / 10
            }
        }
        theme.textColor = colors.text
        theme.mutedColor = colors.muted
        theme.markerColor = colors.accent
        if !greyscale, !colors.palette.isEmpty { theme.palette = colors.palette }
        if greyscale, !colors.palette.isEmpty { theme.palette = colors.palette.map { $0.grey } }
        theme.locale = locale
        return theme
    }
}

extension Color {
    /// The same lightness in grey.
    public var grey: Color { Color(red: luminance, green: luminance, blue: luminance, alpha: alpha) }
}
