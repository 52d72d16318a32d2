/// A font request: family as the bundled fonts name it, size in points, weight and slant.
public struct FontSpec: Hashable, Sendable, Codable {
    public enum Weight: String, Hashable, Sendable, Codable { case regular, bold }

    public var family: String
    public var size: Double
    public var weight: Weight
    public var italic: Bool

    public init(family: String, size: Double, weight: Weight = .regular, italic: Bool = false) {
        self.family = family; self.size = size; self.weight = weight; self.italic = italic
    }

    public func with(size: Double) -> FontSpec { var f = self; f.size = size; return f }
    public func bold() -> FontSpec { var f = self; f.weight = .bold; return f }
    public func italicized() -> FontSpec { var f = self; f.italic = true; return f }

    /// Compact description for snapshots, e.g. `PT Sans 10 bold`.
    public var summary: String {
        var s = "\(family) \(formatNumber(size))"
        if weight == .bold { s += " bold" }
        if italic { s += " italic" }
        return s
    }
}

/// Formats a coordinate for text dumps: at most two decimals, no trailing zeros, no "-0".
public func formatNumber(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    if rounded == 0 { return "0" }
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    var s = String(format2(rounded))
    while s.hasSuffix("0") { s.removeLast() }
    return s
}

private func format2(_ v: Double) -> String {
    let negative = v < 0
    let cents = Int((abs(v) * 100).rounded())
    let whole = cents / 100, frac = cents % 100
    return (negative ? "-" : "") + "\(whole)." + (frac < 10 ? "0\(frac)" : "\(frac)")
}
