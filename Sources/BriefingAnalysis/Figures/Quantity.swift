/// A number read from one or more tokens: `32 тыс.`, `Thirty-seven`, `a quarter`, `1,5 млрд`.
struct Quantity: Hashable, Sendable {
    /// First token of the quantity.
    var start: Int
    /// FigureToken after the quantity.
    var end: Int
    var value: Double
    /// Written in words ("thirty-seven", "двух").
    var isWord = false
    /// A share of one ("a quarter" = 0.25), not a count.
    var isFraction = false
    /// The digits look like a year (1800–2100, no grouping) and no scale followed.
    var looksLikeYear = false
    /// A scale word was read ("million", "млрд").
    var hasScale = false
}
