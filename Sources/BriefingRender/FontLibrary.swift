import CCairoPango
import Foundation

/// The only fonts the renderer may use: a private fontconfig configuration holding just the
/// files of one folder, attached to a Pango font map. Output therefore never depends on the
/// fonts installed on the machine.
public final class FontLibrary {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let config: OpaquePointer
    /// Held around every use of `fontMap`: a Pango font map (its fontconfig and HarfBuzz
    /// caches) must not be used from two threads at once, and tests render in parallel
    /// with one shared library. Recursive: a render measures text through the same library.
    private let lock = NSRecursiveLock()
    /// Family names found in the folder, sorted.
    public let families: [String]
    public let directory: String

    /// Loads every font file in `directory`.
    public init(directory: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RenderError.fontsUnavailable(directory: directory, reason: "font folder not found")
        }
        // An empty configuration: no system font folders, no user config, no rules.
        guard let config = FcConfigCreate() else {
            throw RenderError.fontsUnavailable(directory: directory, reason: "fontconfig could not create a configuration")
        }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.lowercased().hasSuffix(".ttf") || $0.lowercased().hasSuffix(".otf") }.sorted()
        var names = Set<String>()
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file)
            guard FcConfigAppFontAddFile(config, path) == FcTrue else { continue }
            // Read the family name back from the file itself.
            var count: Int32 = 0
            if let pattern = FcFreeTypeQuery(path, 0, nil, &count) {
                var family: UnsafeMutablePointer<FcChar8>?
                if FcPatternGetString(pattern, FC_FAMILY, 0, &family) == FcResultMatch, let family {
                    names.insert(String(cString: family))
                }
                FcPatternDestroy(pattern)
            }
        }
        guard !names.isEmpty else {
            FcConfigDestroy(config)
            throw RenderError.fontsUnavailable(directory: directory, reason: "no font files found")
        }
        self.config = config
        self.families = names.sorted()
        self.directory = directory
        fontMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)
        pango_fc_font_map_set_config(OpaquePointer(fontMap), config)
        // PangoCairo's default resolution is 96 dpi; at 72 one font point is one user unit.
        pango_cairo_font_map_set_resolution(OpaquePointer(fontMap), 72)
    }

    deinit {
        g_object_unref(fontMap)
        FcConfigDestroy(config)
    }

    /// Runs `body` while no other thread uses this library's fonts.
    func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Throws unless `family` is one of the pinned families; `location` points at the style key.
    public func require(family: String, location: String) throws {
        guard families.contains(family) else {
            throw RenderError.unknownFontFamily(family: family, location: location, available: families)
        }
    }

    /// A Pango context on this font map with the settings that make line breaks identical
    /// in every format and at every resolution: no hinting, no metric hinting, no rounding.
    func makeContext() -> OpaquePointer {
        let context = pango_font_map_create_context(fontMap)!
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        return context
    }
}
