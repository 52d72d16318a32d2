/// A fill cue that survives greyscale print: drawn as thin lines or dots over a tint.
public enum FillPattern: String, Hashable, Sendable, CaseIterable {
    case solid, diagonal, dots, crosshatch
}
