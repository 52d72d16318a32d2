import Foundation

/// Sizes written as `1MB`, `10MB`, `512KB`, `1GB` or a plain byte count; 1 MB = 10^6 bytes,
/// the unit the throughput figures use too.
enum ByteSize {
    static func parse(_ text: String) -> Int? {
        let upper = text.uppercased()
        let units: [(String, Int)] = [("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1)]
        for (suffix, factor) in units where upper.hasSuffix(suffix) {
            guard let value = Double(upper.dropLast(suffix.count)), value > 0 else { return nil }
            return Int(value * Double(factor))
        }
        return Int(upper).flatMap { $0 > 0 ? $0 : nil }
    }

    /// `100MB`, `1.5MB`, `800KB`: how the table names a corpus.
    static func label(_ bytes: Int) -> String {
        if bytes >= 1_000_000 { return trimmed(Double(bytes) / 1_000_000) + "MB" }
        return trimmed(Double(bytes) / 1_000) + "KB"
    }

    private static func trimmed(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
