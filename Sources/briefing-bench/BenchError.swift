/// A benchmark failure with a one-line message for the terminal.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
