/// Language of an article or of the briefing.
public enum Language: String, Hashable, Sendable, Codable, CaseIterable {
    case en, ru
}
