/// Turns figures and time expressions into facts: resolves "such objects" to what they
/// refer to, names indicators from the catalogue, merges mentions of one figure within a
/// document and across its translation, flags discrepancies, and numbers facts stably.
enum FactBuilder {
    static func facts(from figures: [Figure], times: [TimeExpression], documents: [Document]) -> [Fact] {
        facts(from: figures, times: times, documents: documents, catalogue: .bundled)
    }

    static func facts(from figures: [Figure], times: [TimeExpression], documents: [Document],
                      catalogue: IndicatorCatalogue) -> [Fact] {
        let byId = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return merge(items(from: figures, times: times, documents: byId, catalogue: catalogue), documents: byId)
    }

    /// A fact with the document and position that order it.
    typealias Item = (doc: String, position: Int, fact: Fact)

    /// One unmerged fact per figure (antecedent and indicator resolved) and per time
    /// expression. Needs only the figures' own documents, so the parallel analysis runs it
    /// per article while the text is at hand.
    static func items(from figures: [Figure], times: [TimeExpression], documents byId: [String: Document],
                      catalogue: IndicatorCatalogue) -> [Item] {
        var items: [Item] = []
        items.reserveCapacity(figures.count + times.count)
        var resolved = Antecedents.resolve(figures, documents: byId)
        // Named in place, then the fact copied once (iterating copied every figure, and the fact again).
        for k in resolved.indices {
            let doc = resolved[k].fact.mentions.first?.document ?? ""
            if let document = byId[doc] {
                resolved[k].fact.indicator = catalogue.indicator(for: resolved[k].fact, language: document.language,
                                                                 context: resolved[k].context,
                                                                 fallbackSubject: resolved[k].clauseSubject)
            }
            items.append((doc, resolved[k].position, resolved[k].fact))
        }
        for time in times {
            let doc = time.sentence.document
            items.append((doc, time.sentence.offset + time.offset, timeFact(time, document: doc)))
        }
        return items
    }

    /// Merges the items of the whole corpus, numbers the facts and flags discrepancies; of the
    /// documents it needs only their translation links.
    static func merge(_ items: consuming [Item], documents byId: [String: Document]) -> [Fact] {
        let twins = twins(of: byId.values)
        var merged = merger(twins: twins)
        merged.add(documentOrder(items))
        return facts(merged.finish(), twins: twins)
    }

    /// Document id → id of its translation, for the documents that have one: all that
    /// merging needs of the documents (a map of whole documents was a tenth of the memory).
    static func twins(of documents: some Sequence<Document>) -> [String: String] {
        var twins: [String: String] = [:]
        for document in documents { if let twin = document.translationOf { twins[document.id] = twin } }
        return twins
    }

    /// An empty merger for a corpus whose translation links are known.
    static func merger(twins: [String: String]) -> Merger {
        Merger(cluster: { clusterId(of: $0, twins: twins) })
    }

    /// Items in the order they are merged: document id, then position in the document;
    /// stable, so that ties keep figures before dates. Merging whole documents in id order
    /// is the same as merging the sorted items of the corpus.
    static func documentOrder(_ items: consuming [Item]) -> [Item] {
        // Consumed, so a caller that lets go of its array has it sorted in place, not copied.
        var items = items
        items.sort { ($0.doc, $0.position) < ($1.doc, $1.position) }
        return items
    }

    /// The merged facts (`Merger.finish()`), numbered, with their discrepancies flagged.
    static func facts(_ merged: consuming [Fact], twins: [String: String], concurrency: Int = 1) -> [Fact] {
        // Consumed, so that numbering changes the one array in place instead of a copy.
        var facts = merged
        for index in facts.indices { facts[index].id = factId(index + 1) }
        Discrepancies.flag(&facts, cluster: { clusterId(of: $0, twins: twins) }, concurrency: concurrency)
        return facts
    }

    /// `"f\(number)"`, written as bytes (interpolation cost a few hundred instructions a fact).
    static func factId(_ number: Int) -> String {
        var digits = 1, rest = number.magnitude
        while rest >= 10 { rest /= 10; digits += 1 }
        let length = digits + (number < 0 ? 2 : 1)
        return String(unsafeUninitializedCapacity: length) { out in
            out[0] = UInt8(ascii: "f")
            if number < 0 { out[1] = UInt8(ascii: "-") }
            var magnitude = number.magnitude, k = length - 1
            repeat {
                out[k] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                k -= 1
            } while magnitude > 0
            return length
        }
    }

    /// A fact of kind `date` or `year` for a time expression; `period` holds the normalised value.
    static func timeFact(_ time: TimeExpression, document: String) -> Fact {
        let v = time.value
        let isYear = v.month == nil && v.end == nil
        return Fact(id: "", kind: isYear ? .year : .date, value: isYear ? Double(v.year) : nil,
                    unit: isYear ? "year" : nil, subject: "", period: v.value,
                    mentions: [Mention(document: document, quote: time.quote, sentence: time.sentence.text)])
    }

    /// Translations share one cluster: the smaller of the two ids.
    static func clusterId(of document: String, twins: [String: String]) -> String {
        guard let twin = twins[document] else { return document }
        return min(document, twin)
    }

}
