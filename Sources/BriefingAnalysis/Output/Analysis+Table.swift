/// Human-readable aligned text: documents, then facts, then events.
extension Analysis {
    var table: String {
        var out = "Documents\n"
        out += Self.align([["id", "lang", "date", "translation of", "title"]] + documents.map {
            [$0.id, $0.language.rawValue, $0.date?.value ?? "-", $0.translationOf ?? "-", Self.clip($0.title, 60)]
        })
        out += "\nFacts\n"
        out += Self.align([["id", "kind", "figure", "subject", "indicator", "period", "mentions"]] + facts.map {
            [$0.id, $0.kind.rawValue, Self.figure($0), Self.clip($0.subject, 40), $0.indicator ?? "-", $0.period ?? "-",
             $0.mentions.map(\.document).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                .joined(separator: " ") + ($0.discrepancyWith.isEmpty ? "" : "  ≠ " + $0.discrepancyWith.joined(separator: " "))]
        })
        out += "\nEvents\n"
        out += Self.align([["date", "kind", "planned", "place", "title"]] + events.map {
            [$0.date.value, $0.kind.rawValue, $0.planned ? "yes" : "no", $0.place ?? "-", Self.clip($0.title, 60)]
        })
        return out
    }

    /// "≈25–30 %", ">100", "32000 RUB/square meter", "#2", "+25 %".
    static func figure(_ f: Fact) -> String {
        let mark = ["exact": "", "about": "≈", "moreThan": ">", "atLeast": "≥", "lessThan": "<", "upTo": "≤"][f.qualifier.rawValue] ?? ""
        let sign = f.change == .up ? "+" : (f.change == .down ? "−" : "")
        var number: String
        if let v = f.value { number = JSONValue.format(v) } else if let l = f.low, let h = f.high {
            number = JSONValue.format(l) + "–" + JSONValue.format(h)
        } else { number = (f.low ?? f.high).map(JSONValue.format) ?? (f.period ?? "") }
        if f.kind == .rank { return "#" + number }
        if f.kind == .date { return f.period ?? "" }
        number = mark + sign + number
        if let unit = f.unit, f.kind != .year { number += unit == "%" ? " %" : " " + unit }
        if let per = f.per { number += "/" + per }
        return number
    }

    static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }

    /// Columns padded to their widest cell, two spaces apart; the last column is not padded.
    static func align(_ rows: [[String]]) -> String {
        guard let columns = rows.first?.count else { return "" }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == columns - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
