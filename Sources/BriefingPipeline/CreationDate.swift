import BriefingAnalysis
import BriefingLayout
import Foundation

/// The date written into files: `SOURCE_DATE_EPOCH` when set, else the newest source's
/// publication date, never the wall clock, so unchanged inputs give unchanged files.
public enum CreationDate {
    /// ISO 8601 `YYYY-MM-DDThh:mm:ssZ` as cairo expects it.
    public static func iso8601(sourceDateEpoch: String?, documents: [Document]) throws -> String {
        if let raw = sourceDateEpoch {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, trimmed.allSatisfy(\.isASCII), trimmed.allSatisfy(\.isNumber),
                  let seconds = Int64(trimmed), seconds <= 253_402_300_799 else {
                throw BriefingError("SOURCE_DATE_EPOCH: '\(raw)' is not a number of seconds since 1970 (unset it or give e.g. 1700000000)")
            }
            return format(seconds: seconds)
        }
        let newest = documents.compactMap(\.date).max()
        guard let newest else { return "2000-01-01T00:00:00Z" }
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(newest.year)-\(two(newest.month ?? 1))-\(two(newest.day ?? 1))T00:00:00Z"
    }

    static func format(seconds: Int64) -> String {
        // The same civil-from-days the timeline uses: no calendar or time zone is consulted.
        let date = TimelineDate.civil(Int(seconds / 86_400))
        let rest = seconds % 86_400
        func two<N: BinaryInteger>(_ v: N) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(date.year)-\(two(date.month))-\(two(date.day))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }
}
