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
    /// (the hashed sets and dictionaries cost more than the scoring). A pair's shared weight is
    /// added walking the candidate's ids in signal order and taking those marked as the
    /// document's: the same additions in the same order as `shared`, so scores are bit for bit
    /// those of `similarity`, without merging two sorted lists per pair.
    static func twins(_ profiles: [LinkProfile]) -> [Int: Int] {
        var idOf: [UInt64: Int] = [:]
        let total = profiles.reduce(0) { $0 + $1.signals.count }
        idOf.reserveCapacity(total)
        var frequency: [Int] = []
        // Every document's ids in one array: document `d`'s at `idStart[d]..<idStart[d + 1]`.
        var ids: [Int] = []
        ids.reserveCapacity(total)
        var idStart = [0]
        idStart.reserveCapacity(profiles.count + 1)
        for profile in profiles {
            for signal in profile.signals {
                if let id = idOf[signal] { frequency[id] += 1; ids.append(id); continue }
                idOf[signal] = frequency.count
                ids.append(frequency.count)
                frequency.append(1)
            }
            idStart.append(ids.count)
        }
        let count = Double(profiles.count)
        let weightOf = frequency.map { log(1 + count / Double($0)) }
        let norms = profiles.indices.map { d in ids[idStart[d]..<idStart[d + 1]].reduce(0) { $0 + weightOf[$1] } }
        let languages = profiles.map(\.language), lengths = profiles.map(\.length)
        // Postings of the rare signals in one flat array (documents of signal `id` at
        // `postingStart[id]..<postingStart[id + 1]`, in document order): no array per signal.
        var postingStart = [Int](repeating: 0, count: frequency.count + 1)
        for id in frequency.indices { postingStart[id + 1] = postingStart[id] + (frequency[id] <= candidateFrequency ? frequency[id] : 0) }
        var postings = [Int](repeating: 0, count: postingStart[frequency.count])
        var filled = postingStart
        for d in profiles.indices {
            for id in ids[idStart[d]..<idStart[d + 1]] where frequency[id] <= candidateFrequency { postings[filled[id]] = d; filled[id] += 1 }
        }
        var bestOther = [Int](repeating: -1, count: profiles.count)
        var seen = [Int](repeating: -1, count: profiles.count)
        var mark = [Int](repeating: -1, count: frequency.count)
        for a in profiles.indices where norms[a] > 0 {
            for id in ids[idStart[a]..<idStart[a + 1]] { mark[id] = a }
            // Candidates in any order: the best score wins, ties to the lower index, as when
            // they were compared in index order with a strict `>`.
            var bestScore = 0.0
            for id in ids[idStart[a]..<idStart[a + 1]] where frequency[id] <= candidateFrequency {
                for k in postingStart[id]..<postingStart[id + 1] where seen[postings[k]] != a {
                    let b = postings[k]
                    seen[b] = a
                    guard norms[b] > 0, comparable(languages[a], lengths[a], languages[b], lengths[b]) else { continue }
                    var shared = 0.0
                    for other in ids[idStart[b]..<idStart[b + 1]] where mark[other] == a { shared += weightOf[other] }
                    let score = shared / (norms[a] * norms[b]).squareRoot()
                    if score >= threshold && (score > bestScore || (score == bestScore && b < bestOther[a])) {
                        bestOther[a] = b; bestScore = score
                    }
                }
            }
        }
        var twins: [Int: Int] = [:]
        for a in profiles.indices where bestOther[a] >= 0 && bestOther[bestOther[a]] == a { twins[a] = bestOther[a] }
        return twins
    }

    /// Different languages and about as long as each other (at most 3×).
    static func comparable(_ a: LinkProfile, _ b: LinkProfile) -> Bool {
        comparable(a.language, a.length, b.language, b.length)
    }

    private static func comparable(_ languageA: Language, _ lengthA: Int, _ languageB: Language, _ lengthB: Int) -> Bool {
        guard languageA != languageB, min(lengthA, lengthB) > 0 else { return false }
        return Double(max(lengthA, lengthB)) / Double(min(lengthA, lengthB)) <= 3
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
