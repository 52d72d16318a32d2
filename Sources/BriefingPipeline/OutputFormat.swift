/// A file format the briefing can be written in.
public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
    case pdf, svg, png
}
