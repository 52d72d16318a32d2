extension DocumentAnalysis {
    /// Replaces the strings the analysis keeps of the article (title, publisher, the fact
    /// items' sentences, subjects and quotes, the events' texts, the topic weights) with the pool's equal ones,
    /// so that the article's own copies are let go.
    mutating func intern(into pool: inout StringPool) {
        document.title = pool.intern(document.title)
        document.publisher = pool.intern(document.publisher)
        // The id is the article's own: no other article shares it.
        factItems.intern(into: &pool, except: document.id)
        for index in events.indices { EventMerger.intern(&events[index], into: &pool) }
        topics?.intern(into: &pool)
    }
}
