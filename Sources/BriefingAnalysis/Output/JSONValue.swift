/// A JSON value with object keys in the order given, printed by hand so the key order of
/// the contract is kept (JSONEncoder sorts or scrambles keys).
enum JSONValue: Hashable, Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool { a.pretty() == b.pretty() }
    func hash(into h: inout Hasher) { h.combine(pretty()) }

    static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    static func number(_ v: Double?) -> JSONValue { v.map { .number($0) } ?? .null }

    /// Two-space indented JSON; arrays of scalars stay on one line.
    func pretty(indent: String = "") -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, depth: indent.utf8.count / 2)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the value to one growing buffer: nested values are never built as strings
    /// of their own and copied again at every level (that made output quadratic in depth).
    func write(into out: inout [UInt8], depth: Int) {
        func newline(_ level: Int) {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: 2 * level))
        }
        switch self {
        case .string(let s): Self.writeQuoted(s, into: &out)
        case .number(let v): out.append(contentsOf: Self.format(v).utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            let inline = items.allSatisfy(\.isScalar)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")); if inline { out.append(0x20) } }
                if !inline { newline(depth + 1) }
                item.write(into: &out, depth: depth + 1)
            }
            if !inline { newline(depth) }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            if fields.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (i, field) in fields.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                Self.writeQuoted(field.0, into: &out)
                out.append(contentsOf: ": ".utf8)
                field.1.write(into: &out, depth: depth + 1)
            }
            newline(depth)
            out.append(UInt8(ascii: "}"))
        }
    }

    private var isScalar: Bool {
        switch self { case .array, .object: return false; default: return true }
    }

    /// Integers without ".0"; others in the shortest form that reads back the same.
    static func format(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func quote(_ s: String) -> String {
        var out: [UInt8] = []
        writeQuoted(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes `s` as a JSON string literal, byte by byte (UTF-8 passes through unchanged,
    /// except U+2028/U+2029, which JavaScript readers take for line ends).
    static func writeQuoted(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let bytes = Array(s.utf8)
        var i = 0
        func escape(_ value: Int) {
            let hex = Array(String(value, radix: 16).utf8)
            out.append(contentsOf: "\\u".utf8)
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 4 - hex.count))
            out.append(contentsOf: hex)
        }
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x00..<0x20: escape(Int(b))
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                escape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        out.append(UInt8(ascii: "\""))
    }
}
