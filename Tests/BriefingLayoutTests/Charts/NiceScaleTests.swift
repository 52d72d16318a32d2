import Testing
@testable import BriefingLayout

@Suite struct NiceScaleTests {
    @Test(arguments: [
        (0.7, 1.0), (1.0, 1.0), (1.3, 2.0), (2.0, 2.0), (2.01, 5.0), (4.9, 5.0), (5.1, 10.0),
        (0.013, 0.02), (0.3, 0.5), (37.0, 50.0), (120.0, 200.0), (1_844_036.0, 2_000_000.0),
    ])
    func stepsComeFromTheOneTwoFiveSeries(rough: Double, expected: Double) {
        #expect(NiceScale.niceStep(atLeast: rough) == expected)
    }

    @Test func coversTheDomainOnMultiplesOfTheStep() {
        let scale = NiceScale(lower: 0, upper: 112, maxIntervals: 5)
        #expect(scale.step == 50)
        #expect(scale.ticks == [0, 50, 100, 150])
        #expect(NiceScale(lower: 0, upper: 100, maxIntervals: 5).ticks == [0, 20, 40, 60, 80, 100])
        #expect(NiceScale(lower: 0, upper: 100, maxIntervals: 4).ticks == [0, 50, 100])
    }

    @Test func neverExceedsTheIntervalBudget() {
        for upper in stride(from: 0.5, through: 5000, by: 7.3) {
            for n in 1...8 {
                let scale = NiceScale(lower: 0, upper: upper, maxIntervals: n)
                #expect(scale.ticks.count - 1 <= n, "upper \(upper) n \(n) ticks \(scale.ticks)")
                #expect(scale.upper >= upper && scale.lower <= 0)
            }
        }
    }

    @Test func negativeAndFractionalDomains() {
        #expect(NiceScale(lower: -12, upper: 37, maxIntervals: 5).ticks == [-20, 0, 20, 40])
        let small = NiceScale(lower: 0, upper: 0.3, maxIntervals: 3)
        #expect(small.ticks == [0, 0.1, 0.2, 0.3])
        #expect(small.decimals == 1)
    }

    @Test func degenerateDomainsAreWidened() {
        #expect(NiceScale(lower: 0, upper: 0).ticks == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(NiceScale(lower: 42, upper: 42, maxIntervals: 2).ticks == [0, 50])
        #expect(NiceScale(lower: .nan, upper: 3).upper == 1)
    }
}
