/// Rows (e.g. areas of cooperation) × columns (e.g. documents or years) with a strength
/// in 0...1 per cell; 0 means "not mentioned".
public struct MatrixData: Hashable, Sendable {
    /// A column heading with the source it stands for.
    public struct Column: Hashable, Sendable, ExpressibleByStringLiteral {
        public var label: String
        public var citation: Citation?
        public init(label: String, citation: Citation? = nil) { self.label = label; self.citation = citation }
        public init(stringLiteral label: String) { self.init(label: label) }
    }

    public var rows: [String]
    public var columns: [Column]
    /// `values[row][column]`; missing or out-of-range entries count as 0 (clamped to 0...1).
    public var values: [[Double]]

    public init(rows: [String], columns: [Column], values: [[Double]]) {
        self.rows = rows; self.columns = columns; self.values = values
    }

    /// The clamped value at a cell.
    public func value(row: Int, column: Int) -> Double {
        guard row < values.count, column < values[row].count else { return 0 }
        let v = values[row][column]
        return v.isFinite ? min(max(v, 0), 1) : 0
    }
    public var isEmpty: Bool { rows.isEmpty || columns.isEmpty }
}
