import Foundation
import BriefingAnalysis

/// Events, document fields and topics.
extension DevCorpusScorer {
    // MARK: - Events

    /// Events match by document, start date and sentence; kind and planned are checked for the strict score.
    mutating func scoreEvents() {
        struct Predicted { var document: String; var event: Event; var mention: Mention; var spans: [Range<Int>] }
        var predicted: [Predicted] = []
        for event in analysis.events {
            var seen: Set<String> = []
            for m in event.mentions where gold[m.document] != nil && seen.insert(m.document).inserted {
                let spans = texts[m.document]?.locate(quote: m.quote, sentence: m.sentence, wholeSentence: true) ?? []
                predicted.append(Predicted(document: m.document, event: event, mention: m, spans: spans))
            }
        }
        func start(_ s: String) -> String { String(s.split(separator: "/").first ?? "") }
        var used = Array(repeating: false, count: predicted.count)
        var loose = DevTally(), strict = DevTally()
        var misses: [String] = [], falsePositives: [String] = [], wrong: [String] = []
        var right: [String: Int] = [:], total: [String: Int] = [:]
        for id in gold.keys.sorted() {
            for g in gold[id]!.events {
                let spans = texts[id]?.ranges(of: g.quote) ?? []
                let candidates = predicted.indices.filter {
                    !used[$0] && predicted[$0].document == id && start(predicted[$0].event.date.value) == start(g.date)
                        && Self.overlaps(spans, predicted[$0].spans)
                }
                // Two events read from one sentence: the one of the gold kind first.
                func fit(_ i: Int) -> Int {
                    (predicted[i].event.kind.rawValue == g.kind ? 2 : 0) + (predicted[i].event.planned == g.planned ? 1 : 0)
                }
                guard let pi = candidates.max(by: { fit($0) < fit($1) }) else {
                    loose.fn += 1; strict.fn += 1
                    let near = predicted.filter { $0.document == id && Self.overlaps(spans, $0.spans) }
                        .map { "\($0.event.date.value) \($0.event.kind.rawValue)\($0.event.planned ? " planned" : "")" }
                    misses.append("MISS \(id.prefix(3)) \(g.date) \(g.kind)\(g.planned ? " planned" : "") place=\(g.place ?? "-") \"\(g.quote)\""
                        + (near.isEmpty ? "" : "  ~ predicted there: " + near.joined(separator: "; ")))
                    continue
                }
                used[pi] = true
                loose.tp += 1
                let p = predicted[pi].event
                if p.kind.rawValue == g.kind && p.planned == g.planned { strict.tp += 1 } else { strict.fn += 1; strict.fp += 1 }
                let checks: [(String, String?, String?)] = [
                    ("kind", g.kind, p.kind.rawValue), ("planned", String(g.planned), String(p.planned)),
                    ("place", g.place.map(Self.placeKey), p.place.map(Self.placeKey)), ("precision", g.precision, p.date.precision.rawValue),
                    ("modifier", g.modifier, p.date.modifier?.rawValue), ("date", g.date, p.date.value),
                ]
                for (name, want, got) in checks {
                    total[name, default: 0] += 1
                    if want == got || (name == "place" && Self.samePlace(want, got)) { right[name, default: 0] += 1; continue }
                    wrong.append("ATTR \(id.prefix(3)) event \(g.date) \(name): want \(want ?? "null") got \(got ?? "null") — \"\(g.quote)\"")
                }
            }
        }
        for (pi, p) in predicted.enumerated() where !used[pi] {
            loose.fp += 1; strict.fp += 1
            falsePositives.append("FP   \(p.document.prefix(3)) \(p.event.date.value) \(p.event.kind.rawValue)\(p.event.planned ? " planned" : "") place=\(p.event.place ?? "-") \"\(Self.clip(p.mention.quote, 90))\"\n    | "
                + Self.clip(p.mention.sentence))
        }
        for name in ["kind", "planned", "place", "precision", "modifier", "date"] {
            attributes.append((name: "event." + name, right: right[name] ?? 0, total: total[name] ?? 0))
        }
        sections.append((name: "events (date+sentence)", tally: loose))
        sections.append((name: "events (+kind+planned)", tally: strict))
        report.append((heading: "EVENT MISSES", lines: misses))
        report.append((heading: "EVENT FALSE POSITIVES", lines: falsePositives))
        report.append((heading: "EVENT ATTRIBUTES WRONG", lines: wrong))
    }

    static func placeKey(_ s: String) -> String { s.lowercased().trimmingCharacters(in: .whitespaces) }

    /// Places match word by word up to a case ending ("Нижний Новгород" / "Нижнем Новгороде").
    static func samePlace(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        let xs = a.lowercased().split(separator: " "), ys = b.lowercased().split(separator: " ")
        guard xs.count == ys.count, !xs.isEmpty else { return false }
        return zip(xs, ys).allSatisfy { x, y in
            let common = zip(x, y).prefix { $0 == $1 }.count
            return common >= 3 && common >= min(x.count, y.count) - 2
        }
    }

    // MARK: - Documents

    mutating func scoreDocuments() {
        var tally = DevTally()
        var lines: [String] = []
        let byId = Dictionary(uniqueKeysWithValues: analysis.documents.map { ($0.id, $0) })
        func norm(_ s: String?) -> String? {
            s.map { String(DevText($0).chars).split(separator: " ").joined(separator: " ") }
        }
        for id in gold.keys.sorted() {
            let g = gold[id]!.document
            let p = byId[id]
            if p == nil { lines.append("MISS \(id): document not analysed (skipped or unreadable)") }
            let fields: [(String, String?, String?)] = [
                ("language", g.language, p?.language.rawValue), ("title", norm(g.title), norm(p?.title)),
                ("date", g.date, p?.date?.value), ("publisher", norm(g.publisher), norm(p?.publisher)),
                ("translationOf", g.translationOf, p?.translationOf),
            ]
            for (name, want, got) in fields {
                // A publisher may be given as alternatives ("BelTA|Belarusian Telegraph Agency"); containment counts.
                let same = want == got || (name == "publisher" && want != nil && got != nil
                    && want!.split(separator: "|").map(String.init).contains { got!.contains($0) || $0.contains(got!) })
                switch (want, got) {
                case (nil, nil): continue
                case (_?, _?) where same: tally.tp += 1; continue
                case (_?, nil): tally.fn += 1
                case (nil, _?): tally.fp += 1
                default: tally.fn += 1; tally.fp += 1
                }
                lines.append("DOC  \(id.prefix(3)) \(name): want \(want.map { "\"\($0)\"" } ?? "null") got \(got.map { "\"\($0)\"" } ?? "null")")
            }
        }
        sections.append((name: "document fields", tally: tally))
        report.append((heading: "DOCUMENT FIELDS WRONG", lines: lines))
    }

    // MARK: - Topics

    mutating func scoreTopics() {
        var tally = DevTally()
        var lines: [String] = []
        let byId = Dictionary(uniqueKeysWithValues: analysis.topics.map { ($0.document, $0) })
        for id in gold.keys.sorted() {
            let want = Set(gold[id]!.topics)
            let areas = byId[id]?.areas ?? [:]
            let got = Set(areas.filter { $0.value >= Self.topicWeight }.keys)
            tally.tp += want.intersection(got).count
            tally.fn += want.subtracting(got).count
            tally.fp += got.subtracting(want).count
            if want != got {
                let shown = areas.sorted { $0.value > $1.value }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                lines.append("TOPIC \(id.prefix(3)) missing \(want.subtracting(got).sorted()) extra \(got.subtracting(want).sorted())  [\(shown)]")
            }
        }
        sections.append((name: "topics (weight>=\(Self.topicWeight))", tally: tally))
        report.append((heading: "TOPICS", lines: lines))
    }
}
