/// One CSV row per fact mention, RFC 4180: CRLF line ends, fields with commas, quotes or
/// line breaks quoted, quotes doubled.
extension Analysis {
    static let csvHeader = ["fact", "kind", "value", "low", "high", "qualifier", "unit", "per", "subject", "indicator",
                            "change", "period", "discrepancyWith", "document", "quote", "sentence"]

    /// The CSV written row by row into one buffer (a table of every row's fields first
    /// took several times the memory of the text).
    var csvBytes: [UInt8] {
        var out: [UInt8] = []
        func row(_ fields: [String]) {
            for (i, field) in fields.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: Self.csvField(field).utf8)
            }
            out.append(contentsOf: "\r\n".utf8)
        }
        row(Self.csvHeader)
        for f in facts {
            let shared = [f.id, f.kind.rawValue, Self.csvNumber(f.value), Self.csvNumber(f.low), Self.csvNumber(f.high),
                          f.qualifier.rawValue, f.unit ?? "", f.per ?? "", f.subject, f.indicator ?? "",
                          f.change?.rawValue ?? "", f.period ?? "", f.discrepancyWith.joined(separator: " ")]
            for m in f.mentions { row(shared + [m.document, m.quote, m.sentence]) }
        }
        return out
    }

    static func csvNumber(_ v: Double?) -> String { v.map(JSONValue.format) ?? "" }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
