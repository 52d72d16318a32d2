/// Reads a style file: `# comments`, `[section]` headers and `key = value` lines.
///
/// Values are strings in double quotes, numbers (lengths in millimetres, font sizes in
/// points), `true`/`false`, or lists `[ "#1F5A96", "#D9822B" ]`. Every key is checked against
/// `StyleKeys`; an unknown key or a bad value is an error pointing at `file:line`.
public enum StyleParser {
    /// Parses `text` (read from `source`) over the built-in defaults.
    public static func parse(_ text: String, source: String) throws -> Style {
        var style = Style.defaults
        style.source = source
        var section = ""
        var seen: [String: Int] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let location = "\(source):\(lineNumber)"
            let line = stripComment(rawLine).trimmingSpaces()
            if line.isEmpty { continue }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]"), line.count > 2 else {
                    throw StyleError(location: location, reason: "malformed section header '\(line)'", hint: "write [section]")
                }
                section = String(line.dropFirst().dropLast()).trimmingSpaces()
                guard StyleKeys.sections.contains(section) else {
                    throw StyleError(location: location, reason: "unknown section [\(section)]",
                                     hint: "known: " + StyleKeys.sections.sorted().filter { !$0.isEmpty }.joined(separator: ", "))
                }
                continue
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw StyleError(location: location, reason: "expected 'key = value', found '\(line)'")
            }
            let name = line[..<equals].trimmingSpaces()
            let key = section.isEmpty ? name : section + "." + name
            guard let setter = StyleKeys.setters[key] else {
                throw StyleError(location: location, reason: "unknown key '\(key)'", hint: StyleKeys.suggestion(for: key))
            }
            if let previous = seen[key] {
                throw StyleError(location: location, reason: "key '\(key)' already set on line \(previous)")
            }
            seen[key] = lineNumber
            guard let value = StyleValue.parse(line[line.index(after: equals)...]) else {
                throw StyleError(location: location, reason: "bad value for '\(key)'",
                                 hint: "use \"text\", a number, true/false or [ ... ]")
            }
            do {
                try setter(&style, value)
            } catch let problem as StyleKeys.Problem {
                throw StyleError(location: location, reason: "\(key): \(problem.message)")
            }
            style.keyLines[key] = lineNumber
        }
        return style
    }

    /// Drops a `#` comment that is not inside a string.
    private static func stripComment(_ line: Substring) -> Substring {
        var inString = false
        var escaped = false
        for i in line.indices {
            let c = line[i]
            if escaped { escaped = false; continue }
            if c == "\\" && inString { escaped = true; continue }
            if c == "\"" { inString.toggle() }
            if c == "#" && !inString { return line[..<i] }
        }
        return line
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
