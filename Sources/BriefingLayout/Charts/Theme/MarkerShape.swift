/// A point-marker shape, the second cue next to colour for categories.
public enum MarkerShape: String, Hashable, Sendable, CaseIterable {
    case circle, square, triangle, diamond
}
