import Foundation

extension TranslationLinker {
    /// Candidate pairs come from signals held by at most this many documents. Comparing every
    /// pair was quadratic (30,000 documents: 10^9 pairs and a 7 GB score matrix); a translation
    /// shares rare signals with its original (names, exact numbers), so looking only at pairs
    /// that share one is exact for corpora of up to this many documents and linear beyond.
    static let candidateFrequency = 64

    /// Index of each document's twin: pairs in different languages, of similar length, whose
    /// similarity is at least `threshold` and each the other's best match (ties: lower index).
    static func twins(_ profiles: [LinkProfile]) -> [Int: Int] {
        var frequency: [UInt64: Int] = [:]
        for profile in profiles { for signal in profile.signals { frequency[signal, default: 0] += 1 } }
        let count = Double(profiles.count)
        func weight(_ signal: UInt64) -> Double { log(1 + count / Double(frequency[signal]!)) }
        let norms = profiles.map { $0.signals.reduce(0) { $0 + weight($1) } }
        var postings: [UInt64: [Int]] = [:]
        for (index, profile) in profiles.enumerated() {
            for signal in profile.signals where frequency[signal]! <= candidateFrequency { postings[signal, default: []].append(index) }
        }
        var best: [Int: (other: Int, score: Double)] = [:]
        for a in profiles.indices where norms[a] > 0 {
            var candidates = Set<Int>()
            for signal in profiles[a].signals { candidates.formUnion(postings[signal] ?? []) }
            for b in candidates.sorted() where comparable(profiles[a], profiles[b]) && norms[b] > 0 {
                let score = shared(profiles[a].signals, profiles[b].signals, weight: weight) / (norms[a] * norms[b]).squareRoot()
                if score >= threshold && score > (best[a]?.score ?? 0) { best[a] = (b, score) }
            }
        }
        var twins: [Int: Int] = [:]
        for (a, match) in best where best[match.other]?.other == a { twins[a] = match.other }
        return twins
    }

    /// Different languages and about as long as each other (at most 3×).
    static func comparable(_ a: LinkProfile, _ b: LinkProfile) -> Bool {
        guard a.language != b.language, min(a.length, b.length) > 0 else { return false }
        return Double(max(a.length, b.length)) / Double(min(a.length, b.length)) <= 3
    }

    /// Total weight of the signals two sorted lists share, added in signal order.
    static func shared(_ x: [UInt64], _ y: [UInt64], weight: (UInt64) -> Double) -> Double {
        var i = 0, j = 0, total = 0.0
        while i < x.count, j < y.count {
            if x[i] == y[j] { total += weight(x[i]); i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return total
    }

    /// Sets `translationOf` on both twins; a twin without a date takes the other's.
    static func apply(_ twins: [Int: Int], to documents: inout [Document]) {
        for (a, b) in twins.sorted(by: { $0.key < $1.key }) {
            documents[a].translationOf = documents[b].id
            if documents[a].date == nil { documents[a].date = documents[b].date }
        }
    }
}
