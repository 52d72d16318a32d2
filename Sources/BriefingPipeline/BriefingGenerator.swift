import BriefingAnalysis
import BriefingLayout
import BriefingRender
import Foundation

/// One run of the tool: load the style and fonts, analyse the seeds, compose the briefing,
/// render every requested format and write the files as one atomic set.
public struct BriefingGenerator {
    public var options: BriefingOptions
    /// Told about each article left out with `skipBad`, as one line `FILE: reason (hint)`.
    public var onSkip: ((String) -> Void)?
    public init(options: BriefingOptions) { self.options = options }

    /// Renders and writes; returns the paths written. Stale files this run manages (see
    /// `OutputComparer.stalePaths`) are removed once everything else is in place, so a
    /// `check` right after a `run` is always up to date.
    @discardableResult
    public func run() throws -> [String] {
        let files = try render()
        let stale = OutputComparer(directory: options.output).stalePaths(files)
        return try OutputWriter(directory: options.output).write(files, removing: stale)
    }

    /// Renders in memory and lists how the output folder differs; writes nothing.
    public func check() throws -> [OutputComparer.Change] {
        try OutputComparer(directory: options.output).changes(render())
    }

    /// Renders every file of the run in memory (relative path → bytes), writing nothing.
    public func render() throws -> [(path: String, bytes: [UInt8])] {
        let (style, fonts) = try loadStyle()
        let analysis = try analyse()
        let creationDate = try CreationDate.iso8601(sourceDateEpoch: options.sourceDateEpoch, documents: analysis.documents)
        let measurer = PangoMeasurer(fonts: fonts)
        var composer = BriefingComposer(style: style, measurer: measurer, language: options.language,
                                        creator: "briefing \(BriefingVersion.current)",
                                        skipped: analysis.skipped.map(Self.dataNote))
        // The few texts the briefing quotes are read again (the analysis let them go).
        let seeds = options.seeds
        composer.articleText = { Analyzer.text(of: $0, in: seeds) }
        let composed = composer.composeWithCharts(analysis, creationDate: creationDate)
        let document = composed.document
        let renderer = DocumentRenderer(fonts: fonts)
        var files: [(path: String, bytes: [UInt8])] = []
        /// Renders one file; a renderer failure becomes one line naming that file.
        func add(_ path: String, _ make: () throws -> [UInt8]) throws {
            do { files.append((path, try make())) } catch let error as RenderError {
                throw failure(rendering: path, error, documents: analysis.documents)
            }
        }
        // Formats in a fixed order, so the bytes never depend on the order asked for.
        for format in OutputFormat.allCases where options.formats.contains(format) {
            switch format {
            case .pdf: try add("briefing.pdf") { try renderer.pdf(document) }
            case .svg: try add("briefing.svg") { try renderer.svg(document.pages) }
            case .png: try add("briefing.png") { try renderer.png(document.pages, dpi: options.dpi) }
            }
        }
        if options.charts {
            // Each chart alone, with a margin, for pasting into a memo.
            for (name, chart) in composed.charts {
                let scene = chart.scene(margin: 12, background: .white)
                try add("charts/\(name).svg") { try renderer.svg([scene]) }
                try add("charts/\(name).png") { try renderer.png([scene], dpi: options.dpi) }
            }
        }
        if options.data {
            files.append(("facts.json", analysis.formattedBytes(as: .json)))
            files.append(("facts.csv", analysis.formattedBytes(as: .csv)))
        }
        return files
    }

    /// The style by name or path, and its pinned fonts (every family it names must exist).
    func loadStyle() throws -> (Style, FontLibrary) {
        let catalog = StyleCatalog(directory: options.stylesDirectory)
        do {
            let style = try catalog.load(options.style)
            let fonts = try FontLibrary(directory: catalog.fontDirectory(for: style))
            try fonts.require(family: style.fonts.body, location: style.location(of: "fonts.body"))
            try fonts.require(family: style.fonts.heading, location: style.location(of: "fonts.heading"))
            return (style, fonts)
        } catch let error as StyleError {
            throw BriefingError(error.description)
        } catch let error as RenderError {
            throw BriefingError(error.description)
        }
    }

    /// The analysis of the seeds. With `skipBad`, the analyser itself leaves out each article
    /// it cannot read (it checks every file before any of them is analysed); a folder where
    /// nothing is readable is still an error, since an empty briefing would hide it.
    func analyse() throws -> Analysis {
        do {
            // Each article's text is let go once its facts are found: memory grows with the
            // facts of the corpus, not with its size.
            let analysis = try Analyzer(skipBad: options.skipBad)
                .analyze(folder: options.seeds, concurrency: Analyzer.defaultConcurrency, keepsText: false)
            if analysis.documents.isEmpty, let first = analysis.skipped.first {
                throw BriefingError("\(options.seeds): no readable article left after skipping \(analysis.skipped.count) (first: \(first.path): \(first.reason))")
            }
            for skipped in analysis.skipped { onSkip?(skipped.description) }
            return analysis
        } catch let error as BriefingError {
            throw error
        } catch let error as AnalysisError {
            throw BriefingError(error.description)
        } catch {
            // Anything the analysis did not classify still gets one line naming the folder.
            throw BriefingError("\(options.seeds): \(Self.plainReason(error))")
        }
    }
}
