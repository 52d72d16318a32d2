/// A value on the right of `key = value` in a style file.
enum StyleValue: Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([StyleValue])

    var typeName: String {
        switch self {
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "true or false"
        case .array: return "a list"
        }
    }

    /// Parses one value; returns nil when the text is not a value.
    static func parse(_ text: Substring) -> StyleValue? {
        var scanner = StyleValueScanner(text: Array(text.unicodeScalars))
        guard let value = scanner.value() else { return nil }
        scanner.skipSpaces()
        return scanner.atEnd ? value : nil
    }
}

/// Scans a value: `"string"`, `12.5`, `true`, `[ "a", "b" ]`.
private struct StyleValueScanner {
    let text: [Unicode.Scalar]
    var index = 0
    var atEnd: Bool { index >= text.count }

    mutating func skipSpaces() { while !atEnd, text[index] == " " || text[index] == "\t" { index += 1 } }

    mutating func value() -> StyleValue? {
        skipSpaces()
        guard !atEnd else { return nil }
        switch text[index] {
        case "\"": return string()
        case "[": return array()
        default: return bareWord()
        }
    }

    private mutating func string() -> StyleValue? {
        index += 1
        var out = String.UnicodeScalarView()
        while !atEnd {
            let c = text[index]; index += 1
            if c == "\"" { return .string(String(out)) }
            if c == "\\" {
                guard !atEnd else { return nil }
                let e = text[index]; index += 1
                switch e {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "\"", "\\": out.append(e)
                default: return nil
                }
            } else {
                out.append(c)
            }
        }
        return nil
    }

    private mutating func array() -> StyleValue? {
        index += 1
        var items: [StyleValue] = []
        skipSpaces()
        if !atEnd, text[index] == "]" { index += 1; return .array([]) }
        while true {
            guard let item = value() else { return nil }
            items.append(item)
            skipSpaces()
            guard !atEnd else { return nil }
            if text[index] == "," { index += 1; skipSpaces(); if !atEnd, text[index] == "]" { index += 1; return .array(items) }; continue }
            if text[index] == "]" { index += 1; return .array(items) }
            return nil
        }
    }

    private mutating func bareWord() -> StyleValue? {
        var word = String.UnicodeScalarView()
        while !atEnd, text[index] != " ", text[index] != "\t", text[index] != ",", text[index] != "]" {
            word.append(text[index]); index += 1
        }
        let s = String(word)
        if s == "true" { return .bool(true) }
        if s == "false" { return .bool(false) }
        if let d = Double(s), d.isFinite { return .number(d) }
        return nil
    }
}
