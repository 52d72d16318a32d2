import BriefingLayout
import CCairoPango

/// Measures text with Pango on the pinned fonts, with the same context settings the painter
/// uses, so the line breaks layout computes are the lines that get drawn.
public final class PangoMeasurer: TextMeasurer {
    private let fonts: FontLibrary
    private let context: OpaquePointer
    private let layout: OpaquePointer
    private let cache = PangoFontCache()
    private var widths: [WidthKey: Double] = [:]
    private var metricsCache: [FontSpec: FontMetrics] = [:]

    private struct WidthKey: Hashable { var text: String; var font: FontSpec }

    public init(fonts: FontLibrary) {
        self.fonts = fonts
        (context, layout) = fonts.locked {
            let context = fonts.makeContext()
            return (context, pango_layout_new(context))
        }
    }

    deinit {
        fonts.locked {
            g_object_unref(UnsafeMutableRawPointer(layout))
            g_object_unref(UnsafeMutableRawPointer(context))
        }
    }

    // Every measurement holds the font library's lock (`FontLibrary.locked`), which also
    // keeps this measurer's own caches to one thread at a time.

    public func width(of text: String, font: FontSpec) -> Double {
        fonts.locked { measureWidth(of: text, font: font) }
    }

    public func metrics(of font: FontSpec) -> FontMetrics {
        fonts.locked { measureMetrics(of: font) }
    }

    public func lines(of text: String, font: FontSpec, width: Double) -> [MeasuredLine] {
        fonts.locked { measureLines(of: text, font: font, width: width) }
    }

    private func measureWidth(of text: String, font: FontSpec) -> Double {
        let key = WidthKey(text: text, font: font)
        if let w = widths[key] { return w }
        prepare(text, font: font, width: nil)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let w = Double(logical.width) / Double(PANGO_SCALE)
        if widths.count > 50_000 { widths.removeAll(keepingCapacity: true) }
        widths[key] = w
        return w
    }

    private func measureMetrics(of font: FontSpec) -> FontMetrics {
        if let m = metricsCache[font] { return m }
        let m = Self.metrics(context: context, description: cache.description(for: font))
        metricsCache[font] = m
        return m
    }

    private func measureLines(of text: String, font: FontSpec, width: Double) -> [MeasuredLine] {
        prepare(text, font: font, width: width)
        let count = Int(pango_layout_get_line_count(layout))
        let bytes = Array(text.utf8)
        let scalarOffsets = text.utf8OffsetsOfScalars
        var ranges: [(first: Int, end: Int)] = []
        for index in 0..<count {
            guard let line = pango_layout_get_line_readonly(layout, Int32(index)) else { continue }
            let start = Int(line.pointee.start_index)
            var end = start + Int(line.pointee.length)
            var first = start
            // Pango keeps the breaking spaces (and a hard newline) on the line; layout does not.
            while end > first, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A { end -= 1 }
            while first < end, bytes[first] == 0x20 { first += 1 }
            ranges.append((first, end))
        }
        // Measuring reuses the layout, so read every line's range before measuring any.
        let result = ranges.map { range in
            let lineText = String(decoding: bytes[range.first..<range.end], as: UTF8.self)
            let scalarOffset = scalarIndex(ofByte: range.first, in: scalarOffsets)
            return MeasuredLine(text: lineText, width: self.width(of: lineText, font: font), scalarOffset: scalarOffset)
        }
        if text.isEmpty || result.isEmpty { return [MeasuredLine(text: "", width: 0, scalarOffset: 0)] }
        return result
    }

    /// Index of the scalar starting at UTF-8 offset `byte` (binary search; offsets are sorted).
    private func scalarIndex(ofByte byte: Int, in offsets: [Int]) -> Int {
        var low = 0, high = offsets.count - 1
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < byte { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private func prepare(_ text: String, font: FontSpec, width: Double?) {
        pango_layout_set_font_description(layout, cache.description(for: font))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_width(layout, width.map { Int32(($0 * Double(PANGO_SCALE)).rounded(.down)) } ?? -1)
        pango_layout_set_text(layout, text, -1)
    }

    /// Ascent, descent and single line height of a font from Pango's font metrics.
    static func metrics(context: OpaquePointer, description: OpaquePointer) -> FontMetrics {
        let m = pango_context_get_metrics(context, description, nil)
        defer { pango_font_metrics_unref(m) }
        let ascent = Double(pango_font_metrics_get_ascent(m)) / Double(PANGO_SCALE)
        let descent = Double(pango_font_metrics_get_descent(m)) / Double(PANGO_SCALE)
        let height = Double(pango_font_metrics_get_height(m)) / Double(PANGO_SCALE)
        return FontMetrics(ascent: ascent, descent: descent, lineHeight: height > 0 ? height : ascent + descent)
    }
}
