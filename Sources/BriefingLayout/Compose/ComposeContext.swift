import BriefingAnalysis

/// What every section needs to know about the analysis, computed once.
struct ComposeContext {
    let analysis: Analysis
    let sources: SourceList
    let parties: [String]
    /// Area keys by total weight, heaviest first.
    let areaKeys: [String]
    let documentsByID: [String: Document]
    /// The facts as the briefing shows them: the same value of the same indicator reported
    /// by several sources is one line with all their citations (a large corpus repeats it).
    let displayFacts: [Fact]

    /// The cleaned text of a document: its own, or read again when the analysis let it go.
    let articleText: (Document) -> String

    init(analysis: Analysis, language: Language, articleText: ((Document) -> String)? = nil) {
        self.analysis = analysis
        self.articleText = { document in
            guard document.text.isEmpty, let articleText else { return document.text }
            return articleText(document)
        }
        sources = SourceList(analysis.documents)
        // Names are guessed only from documents in the briefing's language, and only when
        // there are at least two of them to agree; otherwise the subtitle goes without.
        let pool = PartyFinder.pool(analysis.documents, language: language)
        parties = pool.count >= 2 ? PartyFinder.parties(inTexts: pool.map(self.articleText)) : []
        var totals: [String: Double] = [:]
        for topics in analysis.topics { for area in topics.weights { totals[area.area, default: 0] += area.weight } }
        areaKeys = totals.keys.sorted { (totals[$0]!, $1) > (totals[$1]!, $0) }
        documentsByID = Dictionary(analysis.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        displayFacts = Self.combined(analysis.facts)
    }

    struct SameFigure: Hashable {
        var kind: FactKind, value: Double?, low: Double?, high: Double?, qualifier: Qualifier
        var unit: String?, per: String?, change: Change?, period: String?, what: String
    }

    /// Folds facts with the same figure and indicator (or, without one, the same subject)
    /// into the first of them, keeping every mention; order is kept.
    static func combined(_ facts: [Fact]) -> [Fact] {
        var index: [SameFigure: Int] = [:]
        var result: [Fact] = []
        for fact in facts {
            let key = SameFigure(kind: fact.kind, value: fact.value, low: fact.low, high: fact.high, qualifier: fact.qualifier,
                                 unit: fact.unit, per: fact.per, change: fact.change, period: fact.period,
                                 what: fact.indicator ?? ("subject:" + fact.subject.lowercased()))
            if let at = index[key] {
                result[at].mentions += fact.mentions
            } else {
                index[key] = result.count
                result.append(fact)
            }
        }
        return result
    }
}
