/// Merges events that are the same happening: same kind, date and modifier, whether read
/// twice in one article, in a duplicate, or in a translation.
enum EventMerger {
    static func merge(_ events: [Event]) -> [Event] {
        var order: [String] = []
        var merged: [String: Event] = [:]
        for event in events {
            let key = "\(event.kind.rawValue)|\(event.date.value)|\(event.date.modifier?.rawValue ?? "")"
            guard var existing = merged[key] else { merged[key] = event; order.append(key); continue }
            existing.mentions += event.mentions
            existing.planned = existing.planned && event.planned
            if existing.place == nil { existing.place = event.place }
            for participant in event.participants where !existing.participants.contains(participant) {
                existing.participants.append(participant)
            }
            merged[key] = existing
        }
        return order.compactMap { merged[$0] }.sorted { a, b in
            if a.date != b.date { return a.date < b.date }
            if a.kind != b.kind { return a.kind.rawValue < b.kind.rawValue }
            return a.title < b.title
        }
    }

    /// The event's texts replaced by the pool's equal strings (the parallel analysis keeps
    /// every article's events until the merge; most repeat across articles).
    static func intern(_ event: inout Event, into pool: inout StringPool) {
        event.title = pool.intern(event.title)
        event.place = pool.intern(event.place)
        for k in event.participants.indices { event.participants[k] = pool.intern(event.participants[k]) }
        for k in event.mentions.indices {
            event.mentions[k].quote = pool.intern(event.mentions[k].quote)
            event.mentions[k].sentence = pool.intern(event.mentions[k].sentence)
        }
    }
}
