/// The table of style keys: what each means and how its value is checked and applied.
enum StyleKeys {
    /// A bad value; the parser adds file and line.
    struct Problem: Error { var message: String }

    typealias Setter = (inout Style, StyleValue) throws -> Void

    static let sections: Set<String> = ["", "page", "fonts", "colors", "heads", "charts"]

    static let setters: [String: Setter] = [
        "version": { style, v in
            let n = try int(v)
            guard n == 1 else { throw Problem(message: "this build reads style version 1, not \(n)") }
            style.version = n
        },
        "name": { $0.name = try string($1) },
        "description": { $0.description = try string($1) },
        "page.size": { style, v in
            let name = try string(v)
            guard let size = paperSize(name) else {
                throw Problem(message: "unknown page size '\(name)' (use A4, A5, Letter or e.g. \"210x297mm\")")
            }
            style.page.size = size
            style.page.sizeName = name
        },
        "page.margin-top": { $0.page.marginTop = try length($1) },
        "page.margin-right": { $0.page.marginRight = try length($1) },
        "page.margin-bottom": { $0.page.marginBottom = try length($1) },
        "page.margin-left": { $0.page.marginLeft = try length($1) },
        "fonts.directory": { $0.fontDirectory = try string($1) },
        "fonts.body": { $0.fonts.body = try string($1) },
        "fonts.heading": { $0.fonts.heading = try string($1) },
        "fonts.body-size": { $0.fonts.bodySize = try fontSize($1) },
        "fonts.small-size": { $0.fonts.smallSize = try fontSize($1) },
        "fonts.heading-size": { $0.fonts.headingSize = try fontSize($1) },
        "fonts.title-size": { $0.fonts.titleSize = try fontSize($1) },
        "fonts.line-spacing": { style, v in
            let n = try number(v)
            guard (1.0...3.0).contains(n) else { throw Problem(message: "line spacing must be between 1 and 3, not \(n)") }
            style.fonts.lineSpacing = n
        },
        "colors.text": { $0.colors.text = try color($1) },
        "colors.muted": { $0.colors.muted = try color($1) },
        "colors.accent": { $0.colors.accent = try color($1) },
        "colors.rule": { $0.colors.rule = try color($1) },
        "colors.highlight": { $0.colors.highlight = try color($1) },
        "colors.background": { $0.colors.background = try color($1) },
        "colors.palette": { style, v in
            guard case .array(let items) = v, !items.isEmpty else { throw Problem(message: "expected a non-empty list of colours") }
            style.colors.palette = try items.map(color)
        },
        "heads.header": { $0.heads.header = try string($1) },
        "heads.footer": { $0.heads.footer = try string($1) },
        "heads.page-number": { style, v in
            let s = try string(v)
            guard let position = Style.PageNumberPosition(rawValue: s) else {
                throw Problem(message: "unknown position '\(s)' (use "
                    + Style.PageNumberPosition.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            style.heads.pageNumber = position
        },
        "heads.page-number-from": { style, v in
            let n = try int(v)
            guard n >= 1 else { throw Problem(message: "must be 1 or more") }
            style.heads.pageNumberFrom = n
        },
        "charts.greyscale": { $0.greyscale = try bool($1) },
    ]

    /// A close known key, for "did you mean" hints.
    static func suggestion(for key: String) -> String? {
        let tail = key.split(separator: ".").last.map(String.init) ?? key
        let candidates = setters.keys.filter { $0.hasSuffix("." + tail) || $0 == tail }.sorted()
        if let first = candidates.first { return "did you mean '\(first)'?" }
        return "see styles/default.style for every key"
    }

    // MARK: - Value checks

    static func string(_ v: StyleValue) throws -> String {
        guard case .string(let s) = v else { throw Problem(message: "expected a string in double quotes, found \(v.typeName)") }
        return s
    }
    static func number(_ v: StyleValue) throws -> Double {
        guard case .number(let n) = v else { throw Problem(message: "expected a number, found \(v.typeName)") }
        return n
    }
    static func int(_ v: StyleValue) throws -> Int {
        let n = try number(v)
        guard n == n.rounded(), abs(n) < 1_000_000 else { throw Problem(message: "expected a whole number, found \(n)") }
        return Int(n)
    }
    static func bool(_ v: StyleValue) throws -> Bool {
        guard case .bool(let b) = v else { throw Problem(message: "expected true or false, found \(v.typeName)") }
        return b
    }
    /// A length in millimetres (0–100), returned in points.
    static func length(_ v: StyleValue) throws -> Double {
        let mm = try number(v)
        guard (0...100).contains(mm) else { throw Problem(message: "margin must be 0–100 mm, not \(mm)") }
        return millimetres(mm)
    }
    static func fontSize(_ v: StyleValue) throws -> Double {
        let pt = try number(v)
        guard (4...72).contains(pt) else { throw Problem(message: "font size must be 4–72 pt, not \(pt)") }
        return pt
    }
    static func color(_ v: StyleValue) throws -> Color {
        let s = try string(v)
        guard let c = Color(hex: s) else { throw Problem(message: "'\(s)' is not a colour (use \"#RRGGBB\")") }
        return c
    }
    static func paperSize(_ name: String) -> Size? {
        switch name.lowercased() {
        case "a4": return PaperSize.a4
        case "a5": return Size(millimetres(148), millimetres(210))
        case "letter": return PaperSize.letter
        default:
            let body = name.lowercased().hasSuffix("mm") ? name.dropLast(2) : nil
            guard let body else { return nil }
            let parts = body.split(separator: "x")
            guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]),
                  (50...1000).contains(w), (50...1000).contains(h) else { return nil }
            return Size(millimetres(w), millimetres(h))
        }
    }
}
