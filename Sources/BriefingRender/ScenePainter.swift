import BriefingLayout
import CCairoPango

/// Draws scene items on a Cairo context. The same painter serves PDF, SVG and PNG: the
/// format is only the choice of surface (matplotlib's backend_cairo does the same).
final class ScenePainter {
    private let cr: OpaquePointer
    private let fonts: FontLibrary
    private let context: OpaquePointer
    /// A context never tied to the surface: font metrics read from the drawing context are
    /// divided by the surface scale (PNG), so they come from here, as in the measurer.
    private let metricsContext: OpaquePointer
    private let layout: OpaquePointer
    private let fontCache = PangoFontCache()
    private var metricsCache: [FontSpec: FontMetrics] = [:]
    /// Whether the surface understands tags (links, destinations, structure): PDF only.
    private let tagged: Bool

    init(cr: OpaquePointer, fonts: FontLibrary, tagged: Bool) {
        self.cr = cr
        self.fonts = fonts
        self.tagged = tagged
        context = fonts.makeContext()
        metricsContext = fonts.makeContext()
        pango_cairo_update_context(cr, context)
        layout = pango_layout_new(context)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(metricsContext))
    }

    /// Paints a whole scene at the current transform.
    func paint(_ scene: Scene) throws {
        if let background = scene.background {
            setSource(background)
            cairo_rectangle(cr, 0, 0, scene.size.width, scene.size.height)
            cairo_fill(cr)
        }
        for item in scene.items { try paint(item) }
    }

    private func paint(_ item: SceneItem) throws {
        switch item {
        case .group(let group):
            cairo_save(cr)
            if !group.transform.isIdentity {
                let t = group.transform
                var matrix = cairo_matrix_t()
                cairo_matrix_init(&matrix, t.a, t.b, t.c, t.d, t.tx, t.ty)
                cairo_transform(cr, &matrix)
            }
            if let clip = group.clip {
                cairo_rectangle(cr, clip.x, clip.y, clip.width, clip.height)
                cairo_clip(cr)
            }
            for child in group.items { try paint(child) }
            cairo_restore(cr)
        case .rect(let item):
            addRect(item.rect, radius: item.cornerRadius)
            fillAndStroke(fill: item.fill, stroke: item.stroke)
        case .path(let item):
            cairo_new_path(cr)
            for element in item.elements {
                switch element {
                case .move(let p): cairo_move_to(cr, p.x, p.y)
                case .line(let p): cairo_line_to(cr, p.x, p.y)
                case .curve(let a, let b, let c): cairo_curve_to(cr, a.x, a.y, b.x, b.y, c.x, c.y)
                case .close: cairo_close_path(cr)
                }
            }
            fillAndStroke(fill: item.fill, stroke: item.stroke)
        case .line(let from, let to, let stroke):
            cairo_new_path(cr)
            cairo_move_to(cr, from.x, from.y)
            cairo_line_to(cr, to.x, to.y)
            fillAndStroke(fill: nil, stroke: stroke)
        case .text(let text):
            try paint(text)
        case .link(let rect, let destination):
            guard tagged else { return }
            let attributes = "rect=[\(rect.x) \(rect.y) \(rect.width) \(rect.height)] dest='\(escapeTag(destination))'"
            cairo_tag_begin(cr, "Link", attributes)
            cairo_tag_end(cr, "Link")
        case .anchor(let name, let at):
            guard tagged else { return }
            // Destinations are in device space; the painter applies page transforms itself.
            var x = at.x, y = at.y
            cairo_user_to_device(cr, &x, &y)
            cairo_tag_begin(cr, "cairo.dest", "name='\(escapeTag(name))' x=\(x) y=\(y)")
            cairo_tag_end(cr, "cairo.dest")
        }
    }

    private func paint(_ text: TextItem) throws {
        guard !text.text.isEmpty else { return }
        pango_layout_set_font_description(layout, fontCache.description(for: text.font))
        pango_layout_set_text(layout, text.text, -1)
        if let width = text.width, text.alignment != .left {
            // One Pango unit of slack so rounding can never push the last word to a new line.
            pango_layout_set_width(layout, Int32((width * Double(PANGO_SCALE)).rounded(.up)) + 1)
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
            switch text.alignment {
            case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
            case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
            default: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            }
            pango_layout_set_justify(layout, text.alignment == .justify ? 1 : 0)
            pango_layout_set_justify_last_line(layout, text.alignment == .justify ? 1 : 0)
        } else {
            pango_layout_set_width(layout, -1)
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(layout, 0)
            pango_layout_set_justify_last_line(layout, 0)
        }
        applySpans(text)
        if pango_layout_get_unknown_glyphs_count(layout) > 0 {
            throw RenderError.missingGlyphs(codePoints: missingCodePoints(in: text), text: text.text)
        }
        let metrics = metrics(of: text.font)
        let baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
        setSource(text.color)
        cairo_move_to(cr, text.origin.x, text.origin.y + metrics.ascent - baseline)
        pango_cairo_show_layout(cr, layout)
    }

    private func applySpans(_ text: TextItem) {
        guard !text.spans.isEmpty else {
            pango_layout_set_attributes(layout, nil)
            return
        }
        let offsets = text.text.utf8OffsetsOfScalars
        let list = pango_attr_list_new()
        func clampByte(_ scalar: Int) -> UInt32 { UInt32(offsets[min(max(scalar, 0), offsets.count - 1)]) }
        for span in text.spans {
            var attributes: [UnsafeMutablePointer<PangoAttribute>] = []
            if span.bold { attributes.append(pango_attr_weight_new(PANGO_WEIGHT_BOLD)) }
            if let c = span.color { attributes.append(pango_attr_foreground_new(c.red16, c.green16, c.blue16)) }
            if let c = span.background { attributes.append(pango_attr_background_new(c.red16, c.green16, c.blue16)) }
            for attribute in attributes {
                attribute.pointee.start_index = clampByte(span.start)
                attribute.pointee.end_index = clampByte(span.end)
                pango_attr_list_insert(list, attribute)
            }
        }
        pango_layout_set_attributes(layout, list)
        pango_attr_list_unref(list)
    }

    /// The code points no pinned font covers, found by laying each distinct one out alone.
    private func missingCodePoints(in text: TextItem) -> [String] {
        let probe = pango_layout_new(context)!
        defer { g_object_unref(UnsafeMutableRawPointer(probe)) }
        pango_layout_set_font_description(probe, fontCache.description(for: text.font))
        var seen = Set<UInt32>(), missing: [String] = []
        for scalar in text.text.unicodeScalars where seen.insert(scalar.value).inserted {
            pango_layout_set_text(probe, String(scalar), -1)
            if pango_layout_get_unknown_glyphs_count(probe) > 0 {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                missing.append("U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
            }
        }
        return missing.isEmpty ? ["(unknown)"] : missing
    }

    private func metrics(of font: FontSpec) -> FontMetrics {
        if let m = metricsCache[font] { return m }
        let m = PangoMeasurer.metrics(context: metricsContext, description: fontCache.description(for: font))
        metricsCache[font] = m
        return m
    }

    // MARK: - Shapes

    private func addRect(_ rect: Rect, radius: Double) {
        cairo_new_path(cr)
        let r = min(radius, rect.width / 2, rect.height / 2)
        guard r > 0 else {
            cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
            return
        }
        let quarter = Double.pi / 2
        cairo_new_sub_path(cr)
        cairo_arc(cr, rect.maxX - r, rect.minY + r, r, -quarter, 0)
        cairo_arc(cr, rect.maxX - r, rect.maxY - r, r, 0, quarter)
        cairo_arc(cr, rect.minX + r, rect.maxY - r, r, quarter, 2 * quarter)
        cairo_arc(cr, rect.minX + r, rect.minY + r, r, 2 * quarter, 3 * quarter)
        cairo_close_path(cr)
    }

    private func fillAndStroke(fill: Color?, stroke: Stroke?) {
        if let fill {
            setSource(fill)
            if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke {
            setSource(stroke.color)
            cairo_set_line_width(cr, stroke.width)
            stroke.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
            cairo_stroke(cr)
            cairo_set_dash(cr, nil, 0, 0)
        }
        cairo_new_path(cr)
    }

    private func setSource(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }

    private func escapeTag(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}

extension Color {
    var red16: UInt16 { UInt16((min(max(red, 0), 1) * 65535).rounded()) }
    var green16: UInt16 { UInt16((min(max(green, 0), 1) * 65535).rounded()) }
    var blue16: UInt16 { UInt16((min(max(blue, 0), 1) * 65535).rounded()) }
}

import Foundation
