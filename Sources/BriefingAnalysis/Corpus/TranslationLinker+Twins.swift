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
    /// Signals get dense ids once (`SignalIds`: numbered by first sight), so weights,
    /// postings and candidate sets are plain arrays (the hashed sets and dictionaries cost more
    /// than the scoring); the ids of all documents sit in one flat array and a signal's weight
    /// is read from its id (a dictionary of signals and arrays per document were the peak of a
    /// large corpus's analysis). A pair's shared weight is added walking the candidate's ids in
    /// signal order and taking those marked as the document's: the same additions in the same
    /// order as `shared`, so scores are bit for bit those of `similarity`.
    static func twins(_ profiles: [LinkProfile]) -> [Int: Int] {
        // Document `index`'s ids at `idStart[index]..<idStart[index + 1]`, in signal order.
        var idStart = [Int](repeating: 0, count: profiles.count + 1)
        var ids: [Int32] = []
        ids.reserveCapacity(profiles.reduce(0) { $0 + $1.signals.count })
        var frequency: [Int32] = []
        var table = SignalIds()
        for (index, profile) in profiles.enumerated() {
            for signal in profile.signals {
                let id = table.id(of: signal)
                if id == frequency.count { frequency.append(0) }
                ids.append(id)
                frequency[Int(id)] += 1
            }
            idStart[index + 1] = ids.count
        }
        table = SignalIds()
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

    /// Dense ids of signals, numbered by first sight. Any numbering gives the same links: ids
    /// only index arrays, and scores are added walking a document's signals in their own order.
    /// (Ranks among the sorted distinct signals cost a sort of every signal of the corpus and a
    /// binary search per signal.) Open addressing on the signal, itself a hash.
    struct SignalIds {
        private var keys: [UInt64] = []
        /// Id + 1 per slot; 0 for an empty slot.
        private var values: [Int32] = []
        private var count = 0
        private var shift: UInt64 = 64

        /// The id of `signal`: its number among the distinct signals met so far.
        mutating func id(of signal: UInt64) -> Int32 {
            if 2 * (count + 1) > values.count { grow() }
            let mask = values.count - 1
            var slot = Int(truncatingIfNeeded: (signal &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let value = values[slot]
                if value == 0 {
                    keys[slot] = signal
                    count += 1
                    values[slot] = Int32(count)
                    return Int32(count - 1)
                }
                if keys[slot] == signal { return value - 1 }
                slot = (slot + 1) & mask
            }
        }

        private mutating func grow() {
            let (oldKeys, oldValues) = (keys, values)
            let size = max(1024, 2 * values.count)
            shift = UInt64(64 - size.trailingZeroBitCount)
            keys = [UInt64](repeating: 0, count: size)
            values = [Int32](repeating: 0, count: size)
            let mask = size - 1
            for k in oldValues.indices where oldValues[k] != 0 {
                var slot = Int(truncatingIfNeeded: (oldKeys[k] &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while values[slot] != 0 { slot = (slot + 1) & mask }
                keys[slot] = oldKeys[k]
                values[slot] = oldValues[k]
            }
        }
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
