/// An input the analysis cannot read. `description` is one line naming the file.
public struct AnalysisError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Path of the offending file or folder, as given.
    public var path: String
    /// What is wrong, in a few words.
    public var reason: String
    /// How to fix it, if there is an obvious way.
    public var hint: String?
    public init(path: String, reason: String, hint: String? = nil) {
        self.path = path; self.reason = reason; self.hint = hint
    }
    public var description: String { "\(path): \(reason)" + (hint.map { " (\($0))" } ?? "") }
}
