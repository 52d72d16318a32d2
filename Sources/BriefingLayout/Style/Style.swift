/// Everything about how a briefing looks: page geometry, fonts, colours, running heads.
///
/// Defaults live in one place (`Style+Default.swift`); a style file overrides any subset of
/// keys (see `StyleParser`). Lengths are in points internally; style files give millimetres.
public struct Style: Hashable, Sendable {
    /// Where the page number goes.
    public enum PageNumberPosition: String, Hashable, Sendable, CaseIterable {
        case topCenter = "top-center", bottomCenter = "bottom-center", bottomRight = "bottom-right", none
    }

    public struct Page: Hashable, Sendable {
        /// Page size in points.
        public var size: Size
        /// Name of the paper size as written in the style (`A4`, `Letter`, or `WxHmm`).
        public var sizeName: String
        public var marginTop: Double
        public var marginRight: Double
        public var marginBottom: Double
        public var marginLeft: Double
    }

    public struct Fonts: Hashable, Sendable {
        /// Family of running text.
        public var body: String
        /// Family of headings, tiles and charts.
        public var heading: String
        public var bodySize: Double
        public var smallSize: Double
        public var headingSize: Double
        public var titleSize: Double
        /// Baseline-to-baseline distance as a multiple of the body size.
        public var lineSpacing: Double
    }

    public struct Colors: Hashable, Sendable {
        public var text: Color
        public var muted: Color
        public var accent: Color
        public var rule: Color
        public var highlight: Color
        public var background: Color
        /// Series colours for charts, in order. Charts add patterns so greyscale still reads.
        public var palette: [Color]
    }

    public struct RunningHeads: Hashable, Sendable {
        /// Header text; `{title}` is replaced by the briefing title.
        public var header: String
        /// Footer text; `{page}` and `{pages}` are replaced by numbers.
        public var footer: String
        public var pageNumber: PageNumberPosition
        /// First page that shows a page number (GOST R 7.0.97 numbers from the second page).
        public var pageNumberFrom: Int
    }

    /// Format version of the style file; this build reads version 1.
    public var version: Int
    public var name: String
    public var description: String
    public var page: Page
    public var fonts: Fonts
    public var colors: Colors
    public var heads: RunningHeads
    /// Draw charts for black-and-white printers (grey palette, patterns).
    public var greyscale: Bool
    /// Folder with the font files, relative to the style file (`fonts`).
    public var fontDirectory: String
    /// Where the style came from (file path or `built-in`), for error messages.
    public var source: String
    /// Line of each key in the source file, so later checks (a missing font) can point at it.
    public var keyLines: [String: Int]

    /// Text area of a page.
    public var contentRect: Rect {
        Rect(x: page.marginLeft, y: page.marginTop,
             width: page.size.width - page.marginLeft - page.marginRight,
             height: page.size.height - page.marginTop - page.marginBottom)
    }

    /// `file:line` of a key, or the file alone when the key came from the defaults.
    public func location(of key: String) -> String {
        keyLines[key].map { "\(source):\($0)" } ?? source
    }
}

/// Millimetres to points.
public func millimetres(_ mm: Double) -> Double { mm * 72 / 25.4 }
