import BriefingAnalysis

/// Every fixed word of the briefing in one language.
struct BriefingWords {
    var title: String
    var author: String
    var keywords: String
    var figures: String
    var figuresChartTitle: String
    var sources: String
    var digest: String
    var newest: String
    var page: String
    var sourcesCount: (Int) -> String

    static func of(_ language: Language) -> BriefingWords {
        switch language {
        case .en:
            return BriefingWords(
                title: "Cooperation briefing", author: "briefing", keywords: "briefing, cooperation, indicators, timeline",
                figures: "Key figures", figuresChartTitle: "Figures reported in the sources",
                sources: "Sources", digest: "Digest by source", newest: "newest source", page: "Page",
                sourcesCount: { $0 == 1 ? "1 source" : "\($0) sources" })
        case .ru:
            return BriefingWords(
                title: "Справка о сотрудничестве", author: "briefing", keywords: "справка, сотрудничество, показатели, хронология",
                figures: "Ключевые показатели", figuresChartTitle: "Показатели из источников",
                sources: "Источники", digest: "Обзор источников", newest: "последний источник", page: "Стр.",
                sourcesCount: { n in
                    let mod10 = n % 10, mod100 = n % 100
                    let word = mod10 == 1 && mod100 != 11 ? "источник"
                        : (2...4).contains(mod10) && !(12...14).contains(mod100) ? "источника" : "источников"
                    return "\(n) \(word)"
                })
        }
    }
}
