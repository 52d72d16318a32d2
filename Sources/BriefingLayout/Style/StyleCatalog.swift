import Foundation

/// Finds style files: `--style NAME` looks for `NAME.style` in the styles folder,
/// `--style PATH` (anything with a `/` or ending in `.style`) reads that file.
public struct StyleCatalog: Sendable {
    public var directory: String
    public init(directory: String = "styles") { self.directory = directory }

    /// One installed style: name, file and its description line.
    public struct Entry: Hashable, Sendable {
        public var name: String
        public var path: String
        public var description: String
    }

    /// Loads a style by name or path.
    public func load(_ nameOrPath: String) throws -> Style {
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".style")
        let path = isPath ? nameOrPath : (directory as NSString).appendingPathComponent(nameOrPath + ".style")
        guard let data = FileManager.default.contents(atPath: path) else {
            if isPath {
                throw StyleError(location: path, reason: "style file not found")
            }
            let known = (try? list().map(\.name).joined(separator: ", ")) ?? ""
            throw StyleError(location: nameOrPath, reason: "unknown style",
                             hint: known.isEmpty ? "no styles in \(directory)/" : "known styles: \(known)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw StyleError(location: path, reason: "style file is not UTF-8 text")
        }
        return try StyleParser.parse(text, source: path)
    }

    /// The styles in the folder, sorted by name.
    public func list() throws -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return try names.filter { $0.hasSuffix(".style") }.sorted().map { file in
            let path = (directory as NSString).appendingPathComponent(file)
            let style = try load(path)
            return Entry(name: String(file.dropLast(6)), path: path, description: style.description)
        }
    }

    /// Folder holding the style's fonts.
    public func fontDirectory(for style: Style) -> String {
        if style.fontDirectory.hasPrefix("/") { return style.fontDirectory }
        let base = style.source == "built-in" ? directory : (style.source as NSString).deletingLastPathComponent
        return ((base.isEmpty ? "." : base) as NSString).appendingPathComponent(style.fontDirectory)
    }
}
