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
        String(decoding: formattedBytes(as: format), as: UTF8.self)
    }

    /// `formatted(as:)` as UTF-8 bytes, written without building the whole value first
    /// (for files and pipes: a large corpus's JSON is tens of megabytes).
    public func formattedBytes(as format: FactsFormat) -> [UInt8] {
        switch format {
        case .json: return jsonBytes
        case .csv: return csvBytes
        case .table: return Array(table.utf8)
        }
    }
}
