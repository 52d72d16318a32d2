import BriefingLayout
import CCairoPango

/// Renders scenes to PDF, SVG and PNG bytes. Each format is just a different Cairo surface
/// under the same `ScenePainter`; PDF and SVG use 1 unit = 1 pt, PNG scales by dpi / 72.
public final class DocumentRenderer {
    public let fonts: FontLibrary
    /// Gap between stacked pages in SVG and multi-page PNG strips, in points.
    public var pageGap: Double = 12

    public init(fonts: FontLibrary) { self.fonts = fonts }

    // MARK: - PDF

    /// A multi-page PDF with metadata, outline, links and a tagged Document structure.
    public func pdf(_ document: SceneDocument) throws -> [UInt8] {
        try fonts.locked { try renderPDF(document) }
    }

    private func renderPDF(_ document: SceneDocument) throws -> [UInt8] {
        let sink = ByteSink()
        let first = document.pages.first?.size ?? PaperSize.a4
        let surface = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.pointer, first.width, first.height)!
        defer { cairo_surface_destroy(surface) }
        try check(cairo_surface_status(surface), "creating the PDF surface")
        let meta = document.metadata
        let fields: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, meta.title), (CAIRO_PDF_METADATA_AUTHOR, meta.author),
            (CAIRO_PDF_METADATA_SUBJECT, meta.subject), (CAIRO_PDF_METADATA_KEYWORDS, meta.keywords),
            (CAIRO_PDF_METADATA_CREATOR, meta.creator),
            // Without these cairo stamps the wall clock; a fixed date keeps files byte-identical.
            (CAIRO_PDF_METADATA_CREATE_DATE, meta.creationDate), (CAIRO_PDF_METADATA_MOD_DATE, meta.creationDate),
        ]
        for (key, value) in fields where !value.isEmpty { cairo_pdf_surface_set_metadata(surface, key, value) }

        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        let painter = ScenePainter(cr: cr, fonts: fonts, tagged: true)
        // Opening a Document structure element marks the PDF as tagged.
        cairo_tag_begin(cr, "Document", "")
        var current = first
        for page in document.pages {
            // Only when the size changes: in cairo 1.16 a set_size on the first page drops the
            // structure tree (the PDF then lacks objects and is no longer tagged).
            if page.size != current {
                cairo_pdf_surface_set_size(surface, page.size.width, page.size.height)
                current = page.size
            }
            try painter.paint(page)
            cairo_show_page(cr)
        }
        cairo_tag_end(cr, "Document")
        var parents: [Int: Int32] = [:]
        for entry in document.outline {
            let parent = entry.level > 0 ? (parents[entry.level - 1] ?? 0) : 0
            let id = cairo_pdf_surface_add_outline(surface, parent, entry.title, "dest='\(entry.destination)'",
                                                   cairo_pdf_outline_flags_t(rawValue: 0))
            parents[entry.level] = id
        }
        try check(cairo_status(cr), "drawing the PDF")
        cairo_surface_finish(surface)
        try check(cairo_surface_status(surface), "finishing the PDF")
        return sink.bytes
    }

    // MARK: - SVG

    /// One SVG with the pages stacked top to bottom.
    public func svg(_ pages: [Scene]) throws -> [UInt8] {
        try fonts.locked { try renderSVG(pages) }
    }

    private func renderSVG(_ pages: [Scene]) throws -> [UInt8] {
        let size = stackedSize(pages)
        let sink = ByteSink()
        let surface = cairo_svg_surface_create_for_stream(ByteSink.write, sink.pointer, size.width, size.height)!
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
        try check(cairo_surface_status(surface), "creating the SVG surface")
        do {
            let cr = cairo_create(surface)!
            defer { cairo_destroy(cr) }
            try paintStacked(pages, on: cr)
            try check(cairo_status(cr), "drawing the SVG")
        }
        cairo_surface_finish(surface)
        try check(cairo_surface_status(surface), "finishing the SVG")
        cairo_surface_destroy(surface)
        return SVGIdentifiers.renumber(sink.bytes)
    }

    // MARK: - PNG

    /// A PNG of the pages stacked top to bottom at `dpi` (144 gives 2 px per point).
    public func png(_ pages: [Scene], dpi: Double) throws -> [UInt8] {
        try fonts.locked { try renderPNG(pages, dpi: dpi) }
    }

    private func renderPNG(_ pages: [Scene], dpi: Double) throws -> [UInt8] {
        let scale = dpi / 72
        let size = stackedSize(pages)
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32((size.width * scale).rounded(.up)),
                                                 Int32((size.height * scale).rounded(.up)))!
        defer { cairo_surface_destroy(surface) }
        try check(cairo_surface_status(surface), "creating a \(Int(size.width * scale))×\(Int(size.height * scale)) px image")
        do {
            let cr = cairo_create(surface)!
            defer { cairo_destroy(cr) }
            cairo_scale(cr, scale, scale)
            try paintStacked(pages, on: cr)
            try check(cairo_status(cr), "drawing the PNG")
        }
        cairo_surface_flush(surface)
        let sink = ByteSink()
        try check(cairo_surface_write_to_png_stream(surface, ByteSink.write, sink.pointer), "encoding the PNG")
        return sink.bytes
    }

    // MARK: - Helpers

    private func stackedSize(_ pages: [Scene]) -> Size {
        guard !pages.isEmpty else { return PaperSize.a4 }
        let width = pages.map(\.size.width).max() ?? 0
        let height = pages.map(\.size.height).reduce(0, +) + pageGap * Double(pages.count - 1)
        return Size(width, height)
    }

    private func paintStacked(_ pages: [Scene], on cr: OpaquePointer) throws {
        let painter = ScenePainter(cr: cr, fonts: fonts, tagged: false)
        var y = 0.0
        if pages.count > 1 {
            // The gaps between pages, as a viewer would show them.
            cairo_set_source_rgb(cr, 0.85, 0.86, 0.88)
            cairo_paint(cr)
        }
        for page in pages {
            cairo_save(cr)
            cairo_translate(cr, 0, y)
            cairo_set_source_rgb(cr, 1, 1, 1)
            cairo_rectangle(cr, 0, 0, page.size.width, page.size.height)
            cairo_fill(cr)
            try painter.paint(page)
            cairo_restore(cr)
            y += page.size.height + pageGap
        }
    }
}
