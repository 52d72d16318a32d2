import Foundation

extension TranslationLinker {
    /// Candidate pairs come from signals held by at most this many documents. Comparing every
    /// pair was quadratic (30,000 documents: 10^9 pairs and a 7 GB score matrix); a translation
    /// shares rare signals with its original (names, exact numbers), so looking only at pairs
    /// that share one is exact for corpora of up to this many documents and linear beyond.
    static let candidateFrequency = 64

    /// Index of each document's twin: pairs in different languages, of similar length, whose
    /// similarity is at least `threshold` and each the other's best match (ties: lower index).
    ///
    /// Signals get dense ids once, so weights, postings and candidate sets are plain arrays
    /// (the hashed sets and dictionaries cost more than the scoring); sums are added in the
    /// same order as `shared`, so scores are bit for bit those of `similarity`.
    static func twins(_ profiles: [LinkProfile]) -> [Int: Int] {
        var idOf: [UInt64: Int] = [:]
        idOf.reserveCapacity(profiles.reduce(0) { $0 + $1.signals.count })
        var frequency: [Int] = []
        let ids: [[Int]] = profiles.map { profile in
            profile.signals.map { signal in
                if let id = idOf[signal] { frequency[id] += 1; return id }
                idOf[signal] = frequency.count
                frequency.append(1)
                return frequency.count - 1
            }
        }
        let count = Double(profiles.count)
        let weightOf = frequency.map { log(1 + count / Double($0)) }
        let weights = ids.map { $0.map { weightOf[$0] } }
        let norms = weights.map { $0.reduce(0, +) }
        // Postings of the rare signals in one flat array (documents of signal `id` at
        // `postingStart[id]..<postingStart[id + 1]`, in document order): no array per signal.
        var postingStart = [Int](repeating: 0, count: frequency.count + 1)
        for id in frequency.indices { postingStart[id + 1] = postingStart[id] + (frequency[id] <= candidateFrequency ? frequency[id] : 0) }
        var postings = [Int](repeating: 0, count: postingStart[frequency.count])
        var filled = postingStart
        for (index, list) in ids.enumerated() {
            for id in list where frequency[id] <= candidateFrequency { postings[filled[id]] = index; filled[id] += 1 }
        }
        var bestOther = [Int](repeating: -1, count: profiles.count)
        var bestScore = [Double](repeating: 0, count: profiles.count)
        var seen = [Int](repeating: -1, count: profiles.count)
        var candidates: [Int] = []
        for a in profiles.indices where norms[a] > 0 {
            candidates.removeAll(keepingCapacity: true)
            for id in ids[a] where frequency[id] <= candidateFrequency {
                for k in postingStart[id]..<postingStart[id + 1] where seen[postings[k]] != a {
                    seen[postings[k]] = a; candidates.append(postings[k])
                }
            }
            candidates.sort()
            for b in candidates where comparable(profiles[a], profiles[b]) && norms[b] > 0 {
                let score = shared(profiles[a].signals, weights[a], profiles[b].signals) / (norms[a] * norms[b]).squareRoot()
                if score >= threshold && score > bestScore[a] { bestOther[a] = b; bestScore[a] = score }
            }
        }
        var twins: [Int: Int] = [:]
        for a in profiles.indices where bestOther[a] >= 0 && bestOther[bestOther[a]] == a { twins[a] = bestOther[a] }
        return twins
    }

    /// `shared` with the weights of `x`'s signals given in order.
    private static func shared(_ x: [UInt64], _ weights: [Double], _ y: [UInt64]) -> Double {
        var i = 0, j = 0, total = 0.0
        while i < x.count, j < y.count {
            if x[i] == y[j] { total += weights[i]; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return total
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
