import Foundation
import BriefingAnalysis

/// True positives, false positives and misses of one scored section.
struct DevTally {
    var tp = 0, fp = 0, fn = 0
    var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
    var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    static func + (a: DevTally, b: DevTally) -> DevTally { DevTally(tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn) }
}

/// Scores an analysis of the development corpus against its gold: facts, events, document
/// fields and topics, with a line of explanation for every miss, false positive and wrong field.
struct DevCorpusScorer {
    /// Predicted areas at or above this weight count as the document's topics.
    static let topicWeight = 0.3

    let analysis: Analysis
    let gold: [String: DevGold]
    let texts: [String: DevText]

    var sections: [(name: String, tally: DevTally)] = []
    /// Attribute name → (right, total) over matched facts or events.
    var attributes: [(name: String, right: Int, total: Int)] = []
    /// Report lines by heading.
    var report: [(heading: String, lines: [String])] = []

    init(analysis: Analysis, gold: [String: DevGold]) {
        self.analysis = analysis
        self.gold = gold
        texts = Dictionary(uniqueKeysWithValues: analysis.documents.map { ($0.id, DevText($0.text)) })
    }

    mutating func run() {
        scoreFacts()
        scoreEvents()
        scoreDocuments()
        scoreTopics()
    }

    // MARK: - Facts

    /// A predicted fact seen from one document: the mentions it has there.
    struct PredictedFact {
        var document: String
        var fact: Fact
        var mentions: [Mention]
        var spans: [Range<Int>]
    }

    struct GoldFact {
        var document: String
        var fact: DevGold.Fact
        var spans: [Range<Int>]
    }

    /// Equal within 1e-6; a gold value that does not end within two decimals ("a third",
    /// 33.333…) also matches its rounding to two decimals (33.33).
    static func close(_ gold: Double?, _ predicted: Double?) -> Bool {
        switch (gold, predicted) {
        case (nil, nil): return true
        case let (x?, y?):
            if abs(x - y) <= 1e-6 { return true }
            let cents = x * 100
            return abs(cents - cents.rounded()) > 1e-6 && abs(x - y) <= 0.005 + 1e-9
        default: return false
        }
    }

    /// Same figure: dates by their normalised value, years by number, others by value or bounds.
    static func sameNumbers(_ g: DevGold.Fact, _ p: Fact) -> Bool {
        guard g.kind == p.kind.rawValue else { return false }
        if g.kind == "date" { return g.period == p.period }
        if let v = g.value {
            return close(v, p.value) || (p.value == nil && close(v, p.low) && close(v, p.high))
        }
        return p.value == nil && close(g.low, p.low) && close(g.high, p.high)
    }

    static func overlaps(_ a: [Range<Int>], _ b: [Range<Int>]) -> Bool {
        a.contains { x in b.contains { $0.overlaps(x) } }
    }

    static func numbers(kind: String, value: Double?, low: Double?, high: Double?, period: String?) -> String {
        func n(_ d: Double?) -> String {
            guard let d else { return "·" }
            return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(format: "%.4g", d)
        }
        if kind == "date" { return "date \(period ?? "?")" }
        if value != nil { return "\(kind) \(n(value))" }
        return "\(kind) [\(n(low))…\(n(high))]"
    }

    static func clip(_ s: String, _ max: Int = 220) -> String {
        let one = s.replacingOccurrences(of: "\n", with: " ")
        return one.count <= max ? one : String(one.prefix(max)) + "…"
    }

    /// The sentence around a span of a document, for the report.
    func context(_ doc: String, _ span: Range<Int>?) -> String {
        guard let span, let text = texts[doc] else { return "" }
        let c = text.chars
        var s = span.lowerBound, e = span.upperBound
        while s > 0, s > span.lowerBound - 160, !".!?\n".contains(c[s - 1]) { s -= 1 }
        while e < c.count, e < span.upperBound + 160, !".!?\n".contains(c[e]) { e += 1 }
        return Self.clip(String(c[s..<min(c.count, e + 1)]).trimmingCharacters(in: .whitespaces))
    }

    func predictedFacts() -> [PredictedFact] {
        var out: [PredictedFact] = []
        for fact in analysis.facts {
            var byDoc: [String: [Mention]] = [:]
            var order: [String] = []
            for m in fact.mentions {
                if byDoc[m.document] == nil { order.append(m.document) }
                byDoc[m.document, default: []].append(m)
            }
            for doc in order where gold[doc] != nil {
                let mentions = byDoc[doc]!
                let spans = mentions.flatMap { texts[doc]?.locate(quote: $0.quote, sentence: $0.sentence) ?? [] }
                out.append(PredictedFact(document: doc, fact: fact, mentions: mentions, spans: spans))
            }
        }
        return out
    }

    mutating func scoreFacts() {
        let predicted = predictedFacts()
        var goldFacts: [GoldFact] = []
        for id in gold.keys.sorted() {
            for f in gold[id]!.facts {
                goldFacts.append(GoldFact(document: id, fact: f, spans: f.quotes.flatMap { texts[id]?.ranges(of: $0) ?? [] }))
            }
        }
        var used = Array(repeating: false, count: predicted.count)
        var pairOf: [Int?] = Array(repeating: nil, count: goldFacts.count)
        for (gi, g) in goldFacts.enumerated() {
            let candidates = predicted.indices.filter {
                !used[$0] && predicted[$0].document == g.document && Self.sameNumbers(g.fact, predicted[$0].fact)
                    && Self.overlaps(g.spans, predicted[$0].spans)
            }
            // Of several readings of the same words, the one that agrees on most attributes.
            if let pi = candidates.max(by: { Self.agreement(g.fact, predicted[$0].fact) < Self.agreement(g.fact, predicted[$1].fact) }) {
                used[pi] = true
                pairOf[gi] = pi
            }
        }
        var tallies: [String: DevTally] = [:]
        var misses: [String] = [], falsePositives: [String] = [], duplicates: [String] = [], wrong: [String] = []
        for (gi, g) in goldFacts.enumerated() {
            let f = g.fact
            if pairOf[gi] != nil { tallies[f.kind, default: DevTally()].tp += 1; continue }
            tallies[f.kind, default: DevTally()].fn += 1
            let near = predicted.filter { $0.document == g.document && Self.overlaps(g.spans, $0.spans) }
                .map { "\(Self.numbers(kind: $0.fact.kind.rawValue, value: $0.fact.value, low: $0.fact.low, high: $0.fact.high, period: $0.fact.period)) \"\($0.mentions[0].quote)\"" }
            let where_ = g.spans.isEmpty ? " [gold quote not found in cleaned text]" : ""
            misses.append("MISS \(g.document.prefix(3)) \(Self.numbers(kind: f.kind, value: f.value, low: f.low, high: f.high, period: f.period)) \"\(f.quotes.first ?? "")\"\(where_)"
                + (near.isEmpty ? "" : "  ~ predicted there: " + near.joined(separator: "; "))
                + "\n    | " + context(g.document, g.spans.first))
        }
        for (pi, p) in predicted.enumerated() where !used[pi] {
            let f = p.fact
            tallies[f.kind.rawValue, default: DevTally()].fp += 1
            let label = Self.numbers(kind: f.kind.rawValue, value: f.value, low: f.low, high: f.high, period: f.period)
            let line = "\(p.document.prefix(3)) \(label) \"\(p.mentions[0].quote)\" subject=\"\(f.subject)\" indicator=\(f.indicator ?? "-")\n    | " + Self.clip(p.mentions[0].sentence)
            let dup = goldFacts.indices.contains { gi in
                pairOf[gi] != nil && goldFacts[gi].document == p.document && Self.sameNumbers(goldFacts[gi].fact, f)
                    && Self.overlaps(goldFacts[gi].spans, p.spans)
            }
            if dup { duplicates.append("DUP  " + line) } else { falsePositives.append("FP   " + line) }
        }
        // Attributes of matched facts.
        var right: [String: Int] = [:], total: [String: Int] = [:]
        for (gi, g) in goldFacts.enumerated() {
            guard let pi = pairOf[gi] else { continue }
            let p = predicted[pi].fact, f = g.fact
            for (name, want, got) in Self.attributePairs(f, p) {
                total[name, default: 0] += 1
                if want == got { right[name, default: 0] += 1; continue }
                wrong.append("ATTR \(g.document.prefix(3)) \(name): want \(want ?? "null") got \(got ?? "null") — \(Self.numbers(kind: f.kind, value: f.value, low: f.low, high: f.high, period: f.period)) \"\(f.quotes.first ?? "")\"")
            }
        }
        for name in ["qualifier", "unit", "per", "change", "period", "indicator"] {
            attributes.append((name: "fact." + name, right: right[name] ?? 0, total: total[name] ?? 0))
        }
        for kind in ["percent", "range", "count", "money", "rank", "duration", "date", "year"] {
            sections.append((name: "fact:" + kind, tally: tallies[kind] ?? DevTally()))
        }
        sections.append((name: "facts (all)", tally: tallies.values.reduce(DevTally(), +)))
        report.append((heading: "FACT MISSES (gold not predicted; ~ shows what was predicted on those words)", lines: misses))
        report.append((heading: "FACT FALSE POSITIVES", lines: falsePositives))
        report.append((heading: "FACT DUPLICATES (same figure predicted twice in one document: not merged)", lines: duplicates))
        report.append((heading: "FACT ATTRIBUTES WRONG (matched facts)", lines: wrong))
    }

    static func attributePairs(_ f: DevGold.Fact, _ p: Fact) -> [(String, String?, String?)] {
        [("qualifier", f.qualifier, p.qualifier.rawValue), ("unit", f.unit, p.unit),
         ("per", f.per.map(Self.perKey), p.per.map(Self.perKey)), ("change", f.change, p.change?.rawValue),
         ("period", f.period, p.period), ("indicator", f.indicator, p.indicator)]
    }

    static func agreement(_ f: DevGold.Fact, _ p: Fact) -> Int {
        attributePairs(f, p).filter { $0.1 == $0.2 }.count
    }

    static func perKey(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: "metre", with: "meter").replacingOccurrences(of: "sq. m", with: "square meter")
    }
}
