import BriefingAnalysis

/// Everything a run needs to know, as the CLI (or a test) gives it.
public struct BriefingOptions: Sendable, Hashable {
    public var seeds: String = "seeds"
    public var output: String = "output"
    /// Style name (looked up in `stylesDirectory`) or path to a `.style` file.
    public var style: String = "default"
    public var stylesDirectory: String = "styles"
    public var formats: [OutputFormat] = [.pdf]
    public var language: Language = .en
    /// Resolution of PNG files.
    public var dpi: Double = 144
    /// Also write every chart alone to `output/charts/`.
    public var charts: Bool = false
    /// Write the extracted data (`facts.json`, `facts.csv`) next to the briefing.
    public var data: Bool = true
    /// Skip unreadable articles (listed in the data notes) instead of stopping.
    public var skipBad: Bool = false
    /// Value of `SOURCE_DATE_EPOCH`, if set.
    public var sourceDateEpoch: String?

    public init() {}
}
