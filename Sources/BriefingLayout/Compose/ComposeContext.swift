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
        // Names read best in the briefing's language; Russian case endings make the
        // other language the better fallback than none.
        let own = PartyFinder.parties(in: analysis.documents, language: language)
        parties = own.count == 2 ? own : PartyFinder.parties(in: analysis.documents, language: language == .en ? .ru : .en)
        var totals: [String: Double] = [:]
        for topics in analysis.topics { for (key, weight) in topics.areas { totals[key, default: 0] += weight } }
        areaKeys = totals.keys.sorted { (totals[$0]!, $1) > (totals[$1]!, $0) }
        documentsByID = Dictionary(analysis.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
