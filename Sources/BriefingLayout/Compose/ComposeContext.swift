import BriefingAnalysis

/// What every section needs to know about the analysis, computed once.
struct ComposeContext {
    let analysis: Analysis
    let sources: SourceList
    let parties: [String]
    /// Area keys by total weight, heaviest first.
    let areaKeys: [String]
    let documentsByID: [String: Document]

    init(analysis: Analysis, language: Language) {
        self.analysis = analysis
        sources = SourceList(analysis.documents)
        // Names are guessed only from documents in the briefing's language, and only when
        // there are at least two of them to agree; otherwise the subtitle goes without.
        let pool = analysis.documents.filter { $0.language == language }
        parties = pool.count >= 2 ? PartyFinder.parties(in: pool, language: language) : []
        var totals: [String: Double] = [:]
        for topics in analysis.topics { for (key, weight) in topics.areas { totals[key, default: 0] += weight } }
        areaKeys = totals.keys.sorted { (totals[$0]!, $1) > (totals[$1]!, $0) }
        documentsByID = Dictionary(analysis.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
