/// One CSV row per fact mention, RFC 4180: CRLF line ends, fields with commas, quotes or
/// line breaks quoted, quotes doubled.
extension Analysis {
    static let csvHeader = ["fact", "kind", "value", "low", "high", "qualifier", "unit", "per", "subject", "indicator",
                            "change", "period", "discrepancyWith", "document", "quote", "sentence"]

    var csv: String {
        var rows = [Self.csvHeader]
        for f in facts {
            let shared = [f.id, f.kind.rawValue, Self.csvNumber(f.value), Self.csvNumber(f.low), Self.csvNumber(f.high),
                          f.qualifier.rawValue, f.unit ?? "", f.per ?? "", f.subject, f.indicator ?? "",
                          f.change?.rawValue ?? "", f.period ?? "", f.discrepancyWith.joined(separator: " ")]
            for m in f.mentions { rows.append(shared + [m.document, m.quote, m.sentence]) }
        }
        return rows.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func csvNumber(_ v: Double?) -> String { v.map(JSONValue.format) ?? "" }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
