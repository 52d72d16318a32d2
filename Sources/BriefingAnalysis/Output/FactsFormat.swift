/// How `briefing facts` prints an analysis.
public enum FactsFormat: String, CaseIterable, Sendable {
    /// The contract of the analysis issue: documents, facts, events, topics, keys in fixed order.
    case json
    /// One row per fact mention (RFC 4180).
    case csv
    /// Aligned text for a terminal.
    case table
}

extension Analysis {
    /// The analysis printed in `format`; the same analysis always gives the same bytes.
    public func formatted(as format: FactsFormat) -> String {
        switch format {
        case .json: return JSONValue.object(jsonFields).pretty() + "\n"
        case .csv: return csv
        case .table: return table
        }
    }
}
