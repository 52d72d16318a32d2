/// The JSON contract of the analysis issue, field by field, in its order.
extension Analysis {
    var jsonFields: [(String, JSONValue)] {
        [("documents", .array(documents.map(\.json))),
         ("facts", .array(facts.map(\.json))),
         ("events", .array(events.map(\.json))),
         ("topics", .array(topics.map(\.json)))]
    }

    /// The same text as `JSONValue.object(jsonFields).pretty()` plus a line end, written one
    /// element at a time: the value tree of a whole large analysis took several times the
    /// memory of the text it printed.
    var jsonBytes: [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "{")]
        func section(_ name: String, _ count: Int, _ element: (Int) -> JSONValue) {
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: "\n  ".utf8)
            JSONValue.writeQuoted(name, into: &out)
            guard count > 0 else { out.append(contentsOf: ": []".utf8); return }
            out.append(contentsOf: ": [".utf8)
            for index in 0..<count {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: "\n    ".utf8)
                element(index).write(into: &out, depth: 2)
            }
            out.append(contentsOf: "\n  ]".utf8)
        }
        section("documents", documents.count) { documents[$0].json }
        section("facts", facts.count) { facts[$0].json }
        section("events", events.count) { events[$0].json }
        section("topics", topics.count) { topics[$0].json }
        out.append(contentsOf: "\n}\n".utf8)
        return out
    }
}

extension Document {
    var json: JSONValue {
        .object([("id", .string(id)), ("language", .string(language.rawValue)), ("title", .string(title)),
                 ("date", .string(date?.value)), ("publisher", .string(publisher)),
                 ("translationOf", .string(translationOf)), ("droppedLines", .number(Double(droppedLines)))])
    }
}

extension Mention {
    var json: JSONValue {
        .object([("document", .string(document)), ("quote", .string(quote)), ("sentence", .string(sentence))])
    }
}

extension Fact {
    var json: JSONValue {
        .object([("id", .string(id)), ("kind", .string(kind.rawValue)), ("value", .number(value)), ("low", .number(low)),
                 ("high", .number(high)), ("qualifier", .string(qualifier.rawValue)), ("unit", .string(unit)),
                 ("per", .string(per)), ("subject", .string(subject)), ("indicator", .string(indicator)),
                 ("change", .string(change?.rawValue)), ("period", .string(period)),
                 ("discrepancyWith", .array(discrepancyWith.map { .string($0) })),
                 ("mentions", .array(mentions.map(\.json)))])
    }
}

extension Event {
    var json: JSONValue {
        .object([("date", .string(date.value)), ("precision", .string(date.precision.rawValue)),
                 ("modifier", .string(date.modifier?.rawValue)), ("title", .string(title)), ("kind", .string(kind.rawValue)),
                 ("planned", .bool(planned)), ("participants", .array(participants.map { .string($0) })),
                 ("place", .string(place)), ("mentions", .array(mentions.map(\.json)))])
    }
}

extension DocumentTopics {
    /// Areas sorted by key (`weights` is kept sorted): a Dictionary's order must never reach the output.
    var json: JSONValue {
        .object([("document", .string(document)),
                 ("areas", .object(weights.map { ($0.area, .number($0.weight)) }))])
    }
}
