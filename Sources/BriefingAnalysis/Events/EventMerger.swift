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
}
