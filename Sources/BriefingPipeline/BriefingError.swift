/// A failure the user can act on: one line naming the file and what is wrong.
public struct BriefingError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// Process exit status: 1 for bad input or a failed run, 64 for usage errors.
    public var exitCode: Int32
    public init(_ message: String, exitCode: Int32 = 1) { self.message = message; self.exitCode = exitCode }
    public var description: String { message }
}
