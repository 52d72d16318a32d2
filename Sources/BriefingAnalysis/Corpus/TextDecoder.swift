import Foundation

/// Decodes article bytes to normalised text (stub: UTF-8 only).
enum TextDecoder {
    static func decode(_ data: Data, path: String) throws -> String {
        guard let text = String(data: data, encoding: .utf8) else {
            throw AnalysisError(path: path, reason: "not valid UTF-8 text")
        }
        return text
    }
}
