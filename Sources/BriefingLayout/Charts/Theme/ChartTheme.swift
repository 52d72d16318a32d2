/// Fonts, colours and cues shared by every chart. Pages map style files onto it; charts
/// read nothing else, so one theme change restyles every chart the same way.
///
/// Colour is never the only carrier of meaning: `palette` entries differ in lightness
/// (they stay apart when printed in grey), and each series index also has a `patterns`
/// and a `markers` entry.
public struct ChartTheme: Hashable, Sendable {
    // MARK: Fonts

    /// Chart title above the plot.
    public var titleFont: FontSpec
    /// Category labels (bar rows, matrix rows, timeline event labels).
    public var labelFont: FontSpec
    /// Value labels next to bars and ranges.
    public var valueFont: FontSpec
    /// Axis tick labels and timeline dates.
    public var tickFont: FontSpec
    /// Captions, legends and the "no data" message.
    public var noteFont: FontSpec
    /// Source markers such as "[3]".
    public var markerFont: FontSpec
    /// The big number on a key-figure tile.
    public var figureFont: FontSpec

    // MARK: Colours

    public var textColor: Color
    /// Secondary text: tick labels, captions, periods.
    public var mutedColor: Color
    /// Grid lines and the background track of range bars.
    public var gridColor: Color
    /// Axis lines and leader lines.
    public var axisColor: Color
    /// Source markers (they are links in the PDF).
    public var markerColor: Color
    /// Tile background.
    public var panelColor: Color
    /// Series colours, ordered from dark to light so neighbours differ in grey.
    public var palette: [Color]
    /// Pattern cue per series index, used together with `palette`.
    public var patterns: [FillPattern]
    /// Marker-shape cue per series index, used together with `palette`.
    public var markers: [MarkerShape]

    // MARK: Geometry and words

    /// Thickness of a bar or a range interval, in points.
    public var barThickness: Double
    /// Space between rows and between blocks, in points.
    public var gap: Double
    /// Words, month names and number format of the briefing's language.
    public var locale: ChartLocale

    public init(titleFont: FontSpec, labelFont: FontSpec, valueFont: FontSpec, tickFont: FontSpec,
                noteFont: FontSpec, markerFont: FontSpec, figureFont: FontSpec,
                textColor: Color, mutedColor: Color, gridColor: Color, axisColor: Color,
                markerColor: Color, panelColor: Color, palette: [Color], patterns: [FillPattern],
                markers: [MarkerShape], barThickness: Double = 11, gap: Double = 6,
                locale: ChartLocale = .english) {
        self.titleFont = titleFont; self.labelFont = labelFont; self.valueFont = valueFont
        self.tickFont = tickFont; self.noteFont = noteFont; self.markerFont = markerFont
        self.figureFont = figureFont; self.textColor = textColor; self.mutedColor = mutedColor
        self.gridColor = gridColor; self.axisColor = axisColor; self.markerColor = markerColor
        self.panelColor = panelColor; self.palette = palette; self.patterns = patterns
        self.markers = markers; self.barThickness = barThickness; self.gap = gap; self.locale = locale
    }

    /// Series colour for index `i`, cycling through the palette.
    public func color(_ i: Int) -> Color { palette.isEmpty ? textColor : palette[i % palette.count] }
    /// Pattern cue for index `i`, cycling.
    public func pattern(_ i: Int) -> FillPattern { patterns.isEmpty ? .solid : patterns[i % patterns.count] }
    /// Marker shape for index `i`, cycling.
    public func marker(_ i: Int) -> MarkerShape { markers.isEmpty ? .circle : markers[i % markers.count] }
    /// The main series colour.
    public var accent: Color { color(0) }

    /// The same theme speaking another language.
    public func with(locale: ChartLocale) -> ChartTheme { var t = self; t.locale = locale; return t }
}
