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
    /// Signals get dense ids once (their rank among the corpus's distinct signals), so weights,
    /// postings and candidate sets are plain arrays (the hashed sets and dictionaries cost more
    /// than the scoring); the ids of all documents sit in one flat array and a signal's weight
    /// is read from its id (a dictionary of signals and arrays per document were the peak of a
    /// large corpus's analysis). A pair's shared weight is added walking the candidate's ids in
    /// signal order and taking those marked as the document's: the same additions in the same
    /// order as `shared`, so scores are bit for bit those of `similarity`.
    static func twins(_ profiles: [LinkProfile]) -> [Int: Int] {
        // Distinct signals, sorted: a signal's id is its index (found by binary search).
        var distinct: [UInt64] = []
        distinct.reserveCapacity(profiles.reduce(0) { $0 + $1.signals.count })
        for profile in profiles { distinct.append(contentsOf: profile.signals) }
        distinct.sort()
        var unique = 0
        for k in distinct.indices where unique == 0 || distinct[unique - 1] != distinct[k] { distinct[unique] = distinct[k]; unique += 1 }
        distinct.removeLast(distinct.count - unique)
        // Document `index`'s ids at `idStart[index]..<idStart[index + 1]`, in signal order.
        var idStart = [Int](repeating: 0, count: profiles.count + 1)
        var ids: [Int32] = []
        ids.reserveCapacity(distinct.capacity)
        var frequency = [Int32](repeating: 0, count: unique)
        distinct.withUnsafeBufferPointer { keys in
            for (index, profile) in profiles.enumerated() {
                // The signals are sorted: each search starts where the last one ended.
                var low = 0
                for signal in profile.signals {
                    var high = keys.count
                    while low < high {
                        let middle = (low + high) / 2
                        if keys[middle] < signal { low = middle + 1 } else { high = middle }
                    }
                    ids.append(Int32(low))
                    frequency[low] += 1
                }
                idStart[index + 1] = ids.count
            }
        }
        distinct = []
        let count = Double(profiles.count)
        let weightOf = frequency.map { log(1 + count / Double($0)) }
        let norms = profiles.indices.map { index in
            ids[idStart[index]..<idStart[index + 1]].reduce(0) { $0 + weightOf[Int($1)] }
        }
        // Postings of the rare signals in one flat array (documents of signal `id` at
        // `postingStart[id]..<postingStart[id + 1]`, in document order): no array per signal.
        var postingStart = [Int](repeating: 0, count: frequency.count + 1)
        for id in frequency.indices { postingStart[id + 1] = postingStart[id] + (frequency[id] <= candidateFrequency ? Int(frequency[id]) : 0) }
        var postings = [Int32](repeating: 0, count: postingStart[frequency.count])
        var filled = postingStart
        for index in profiles.indices {
            for id in ids[idStart[index]..<idStart[index + 1]] where frequency[Int(id)] <= candidateFrequency {
                postings[filled[Int(id)]] = Int32(index); filled[Int(id)] += 1
            }
        }
        filled = []
        let languages = profiles.map(\.language), lengths = profiles.map(\.length)
        var bestOther = [Int](repeating: -1, count: profiles.count)
        var seen = [Int](repeating: -1, count: profiles.count)
        // `mark[id] == a`: document `a` holds signal `id`.
        var mark = [Int32](repeating: -1, count: frequency.count)
        for a in profiles.indices where norms[a] > 0 {
            for id in ids[idStart[a]..<idStart[a + 1]] { mark[Int(id)] = Int32(a) }
            // Candidates in any order: the best score wins, ties to the lower index, as when
            // they were compared in index order with a strict `>`.
            var bestScore = 0.0
            for id in ids[idStart[a]..<idStart[a + 1]] where frequency[Int(id)] <= candidateFrequency {
                for k in postingStart[Int(id)]..<postingStart[Int(id) + 1] where seen[Int(postings[k])] != a {
                    let b = Int(postings[k])
                    seen[b] = a
                    guard norms[b] > 0, comparable(languages[a], lengths[a], languages[b], lengths[b]) else { continue }
                    var shared = 0.0
                    for other in ids[idStart[b]..<idStart[b + 1]] where mark[Int(other)] == Int32(a) { shared += weightOf[Int(other)] }
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
