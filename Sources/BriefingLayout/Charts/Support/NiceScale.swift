import Foundation

/// A linear axis domain widened to "nice" ticks: steps from the 1–2–5 series times a power
/// of ten (…, 0.5, 1, 2, 5, 10, 20, …), bounds on multiples of the step.
public struct NiceScale: Hashable, Sendable {
    public var lower: Double
    public var upper: Double
    public var step: Double

    /// The smallest nice scale covering `lower...upper` with at most `maxIntervals` steps.
    /// A zero-width domain is widened (to 0...1 around zero, else to include zero).
    public init(lower: Double, upper: Double, maxIntervals: Int = 5) {
        var lo = min(lower, upper), hi = max(lower, upper)
        if !lo.isFinite || !hi.isFinite { lo = 0; hi = 1 }
        if hi - lo < 1e-12 {
            if abs(hi) < 1e-12 { lo = 0; hi = 1 } else if hi > 0 { lo = min(lo, 0) } else { hi = max(hi, 0) }
        }
        let intervals = Double(max(1, maxIntervals))
        var step = Self.niceStep(atLeast: (hi - lo) / intervals)
        // Bounds snap outwards; that can add an interval, so grow the step until it fits.
        while ((Self.snap(hi, step, .up) - Self.snap(lo, step, .down)) / step).rounded() > intervals {
            step = Self.niceStep(atLeast: step * 1.000_001)
        }
        self.step = step
        self.lower = Self.snap(lo, step, .down)
        self.upper = Self.snap(hi, step, .up)
    }

    /// The smallest number of the 1–2–5 series (× 10ⁿ) that is ≥ `rough`.
    public static func niceStep(atLeast rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let exponent = (log10(rough)).rounded(.down)
        let base = pow(10, exponent)
        let fraction = rough / base
        let tolerance = 1e-9
        let nice: Double = fraction <= 1 + tolerance ? 1 : fraction <= 2 + tolerance ? 2 : fraction <= 5 + tolerance ? 5 : 10
        return clean(nice * base)
    }

    /// Tick values from `lower` to `upper` inclusive.
    public var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...max(0, count)).map { Self.clean(lower + Double($0) * step) }
    }

    /// Fraction digits the tick labels need (0 for steps ≥ 1).
    public var decimals: Int { max(0, Int(-(log10(step)).rounded(.down))) }

    /// Position of `value` in 0...1 along the domain.
    public func fraction(_ value: Double) -> Double {
        upper > lower ? (value - lower) / (upper - lower) : 0
    }

    private static func snap(_ v: Double, _ step: Double, _ rule: FloatingPointRoundingRule) -> Double {
        let q = v / step
        let nearest = q.rounded()
        // Values a hair off a multiple (floating-point noise) count as on it.
        let k = abs(q - nearest) < 1e-9 ? nearest : q.rounded(rule)
        return clean(k * step)
    }

    /// Removes floating-point noise such as 0.30000000000000004.
    static func clean(_ v: Double) -> Double {
        guard v != 0, v.isFinite else { return v }
        let magnitude = pow(10, 12 - (log10(abs(v))).rounded(.down))
        return (v * magnitude).rounded() / magnitude
    }
}
