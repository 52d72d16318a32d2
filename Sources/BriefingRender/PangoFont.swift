import BriefingLayout
import CCairoPango

/// Pango font descriptions for `FontSpec`s, built once and kept.
final class PangoFontCache {
    private var descriptions: [FontSpec: OpaquePointer] = [:]

    deinit { for (_, d) in descriptions { pango_font_description_free(d) } }

    func description(for font: FontSpec) -> OpaquePointer {
        if let d = descriptions[font] { return d }
        let d = pango_font_description_new()!
        pango_font_description_set_family(d, font.family)
        pango_font_description_set_absolute_size(d, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(d, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(d, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        descriptions[font] = d
        return d
    }
}

extension String {
    /// UTF-8 byte offset of each Unicode scalar boundary (count + 1 entries).
    var utf8OffsetsOfScalars: [Int] {
        var offsets: [Int] = [0]
        offsets.reserveCapacity(unicodeScalars.count + 1)
        var total = 0
        for scalar in unicodeScalars {
            total += UTF8.width(scalar)
            offsets.append(total)
        }
        return offsets
    }
}
