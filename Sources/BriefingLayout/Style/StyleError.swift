/// A style file that cannot be used; `description` is one line with `file:line`.
public struct StyleError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: String
    public var reason: String
    public var hint: String?
    public init(location: String, reason: String, hint: String? = nil) {
        self.location = location; self.reason = reason; self.hint = hint
    }
    public var description: String { "\(location): \(reason)" + (hint.map { " (\($0))" } ?? "") }
}
