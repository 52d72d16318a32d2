/// Merges events that are the same happening: same kind, date and modifier, whether read
/// twice in one article, in a duplicate, or in a translation.
enum EventMerger {
    static func merge(_ events: [Event]) -> [Event] {
        // Merged in place in an array, with a set of each one's participants: a copy taken
        // out of a dictionary made every append copy the mentions gathered so far, and the
        // participants were searched one by one (both quadratic in a large corpus's mentions).
        var merged: [Event] = []
        var participants: [Set<String>] = []
        var index: [String: Int] = [:]
        for event in events {
            let key = "\(event.kind.rawValue)|\(event.date.value)|\(event.date.modifier?.rawValue ?? "")"
            guard let k = index[key] else {
                index[key] = merged.count
                merged.append(event)
                participants.append(Set(event.participants))
                continue
            }
            merged[k].mentions += event.mentions
            merged[k].planned = merged[k].planned && event.planned
            if merged[k].place == nil { merged[k].place = event.place }
            for participant in event.participants where participants[k].insert(participant).inserted {
                merged[k].participants.append(participant)
            }
        }
        return merged.sorted { a, b in
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
