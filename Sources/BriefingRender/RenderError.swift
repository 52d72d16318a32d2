/// Why drawing failed. Cairo statuses are mirrored so the message says what Cairo said.
public enum RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Cairo reported a non-success status (`cairo_status_to_string`).
    case cairo(status: Int, message: String, while: String)
    /// The font folder is missing or holds no usable fonts.
    case fontsUnavailable(directory: String, reason: String)
    /// A family the style names is not among the pinned fonts.
    case unknownFontFamily(family: String, location: String, available: [String])
    /// Characters none of the pinned fonts can draw, and the text they are in.
    case missingGlyphs(codePoints: [String], text: String)

    public var description: String {
        switch self {
        case .cairo(_, let message, let activity):
            return "cairo failed while \(activity): \(message)"
        case .fontsUnavailable(let directory, let reason):
            return "\(directory): \(reason) (the style's fonts.directory must hold .ttf/.otf files)"
        case .unknownFontFamily(let family, let location, let available):
            return "\(location): font '\(family)' is not available (pinned fonts: \(available.joined(separator: ", ")))"
        case .missingGlyphs(let codePoints, let text):
            let excerpt = text.count > 60 ? String(text.prefix(57)) + "…" : text
            return "no pinned font has a glyph for \(codePoints.joined(separator: " ")) in \"\(excerpt)\" (add a font covering it to the style's font folder)"
        }
    }
}
