import BriefingAnalysis

/// Every fixed word of the briefing in one language: headings, labels, month names.
struct BriefingWords {
    var language: Language
    var title: String
    var author: String
    var keywords: String
    var keyFigures: String
    var indicators: String
    var countsChart: String
    var percentChart: String
    var rankings: String
    var money: String
    var timeline: String
    var timelineChart: String
    var areas: String
    var areasChart: String
    var digest: String
    var notes: String
    var sources: String
    var newest: String
    var page: String
    var pageOfPages: String
    var planned: String
    var alsoIn: String
    var languageNames: [Language: String]
    /// Language of a source as a label ("Russian", "русский").
    var languageLabels: [Language: String]
    var discrepancies: String
    var uncertain: String
    var chrome: String
    var skipped: String
    var noNotes: String
    var mentionedIn: String
    var sourcesLabel: String
    var monthsGenitive: [String]
    var monthsNominative: [String]
    var yearSuffix: String
    var and: String
    var eventKinds: [EventKind: String]

    func sourcesCount(_ n: Int) -> String {
        switch language {
        case .en: return n == 1 ? "1 source" : "\(n) sources"
        case .ru: return "\(n) " + Self.russianPlural(n, "источник", "источника", "источников")
        }
    }

    /// "mentioned in 3 sources" / "упоминается в 3 источниках" (Russian wants the prepositional case).
    func mentionedIn(_ n: Int) -> String {
        switch language {
        case .en: return mentionedIn + " " + sourcesCount(n)
        case .ru: return mentionedIn + " \(n) " + (n % 10 == 1 && n % 100 != 11 ? "источнике" : "источниках")
        }
    }

    func droppedLines(_ n: Int) -> String {
        switch language {
        case .en: return n == 1 ? "1 line" : "\(n) lines"
        case .ru: return "\(n) " + Self.russianPlural(n, "строка", "строки", "строк")
        }
    }

    /// The note heading a source list cut to the cited sources.
    func sourcesCited(_ cited: Int, of all: Int) -> String {
        switch language {
        case .en:
            return "This briefing cites \(cited) of the \(all) sources; they are listed below. Every source, with all "
                + "that was read from it, is in facts.json and facts.csv."
        case .ru:
            return "Справка ссылается на \(cited) из \(all) источников; они перечислены ниже. Все источники и всё, "
                + "что из них извлечено, — в файлах facts.json и facts.csv."
        }
    }

    /// "9876 lines from 2500 of 2877 articles" / "9876 строк в 2500 статьях из 2877".
    func droppedTotal(lines: Int, articles: Int, of all: Int) -> String {
        switch language {
        case .en: return droppedLines(lines) + " from \(articles) of \(all) " + (all == 1 ? "article" : "articles")
        case .ru: return droppedLines(lines) + " в \(articles) " + (articles % 10 == 1 && articles % 100 != 11 ? "статье" : "статьях")
            + " из \(all)"
        }
    }

    static func russianPlural(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        let mod10 = n % 10, mod100 = n % 100
        if mod10 == 1 && mod100 != 11 { return one }
        if (2...4).contains(mod10) && !(12...14).contains(mod100) { return few }
        return many
    }

    static func of(_ language: Language) -> BriefingWords {
        switch language {
        case .en:
            return BriefingWords(
                language: .en, title: "Cooperation briefing", author: "briefing",
                keywords: "briefing, cooperation, indicators, timeline, sources",
                keyFigures: "Key figures", indicators: "Indicators", countsChart: "Counts reported in the sources",
                percentChart: "Shares and changes, %", rankings: "Rankings", money: "Money and prices",
                timeline: "Timeline", timelineChart: "Meetings, visits, exhibitions and agreements",
                areas: "Areas of cooperation", areasChart: "Areas of cooperation by source",
                digest: "Digest by source", notes: "Data notes", sources: "Sources", newest: "newest source",
                page: "Page", pageOfPages: "Page {page} of {pages}", planned: "planned", alsoIn: "also in",
                languageNames: [.en: "English", .ru: "Russian"], languageLabels: [.en: "English", .ru: "Russian"],
                discrepancies: "Discrepancies between sources", uncertain: "Figures without a known indicator",
                chrome: "Page chrome removed", skipped: "Files skipped", noNotes: "No discrepancies were found.",
                mentionedIn: "mentioned in", sourcesLabel: "Sources",
                monthsGenitive: ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"],
                monthsNominative: ["January", "February", "March", "April", "May", "June", "July", "August",
                                   "September", "October", "November", "December"],
                yearSuffix: "", and: "and",
                eventKinds: [.meeting: "meeting", .visit: "visit", .exhibition: "exhibition", .agreement: "agreement", .other: "other"])
        case .ru:
            return BriefingWords(
                language: .ru, title: "Справка о сотрудничестве", author: "briefing",
                keywords: "справка, сотрудничество, показатели, хронология, источники",
                keyFigures: "Ключевые показатели", indicators: "Показатели", countsChart: "Количественные показатели из источников",
                percentChart: "Доли и изменения, %", rankings: "Места в рейтингах", money: "Денежные показатели",
                timeline: "Хронология", timelineChart: "Встречи, визиты, выставки и соглашения",
                areas: "Направления сотрудничества", areasChart: "Направления сотрудничества по источникам",
                digest: "Обзор источников", notes: "Примечания к данным", sources: "Источники",
                newest: "последний источник", page: "Стр.", pageOfPages: "Стр. {page} из {pages}", planned: "планируется", alsoIn: "также на",
                languageNames: [.en: "английском", .ru: "русском"], languageLabels: [.en: "английский", .ru: "русский"],
                discrepancies: "Расхождения между источниками", uncertain: "Показатели без определённого индикатора",
                chrome: "Удалённые элементы страниц", skipped: "Пропущенные файлы", noNotes: "Расхождений не обнаружено.",
                mentionedIn: "упоминается в", sourcesLabel: "Источники",
                monthsGenitive: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                 "сентября", "октября", "ноября", "декабря"],
                monthsNominative: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                                   "сентябрь", "октябрь", "ноябрь", "декабрь"],
                yearSuffix: " г.", and: "и",
                eventKinds: [.meeting: "встреча", .visit: "визит", .exhibition: "выставка", .agreement: "соглашение", .other: "другое"])
        }
    }

    /// "29 September 2025" / "29 сентября 2025 г.", "June 2023" / "июнь 2023 г.", "2022" / "2022 г.".
    func date(_ value: TimeValue) -> String {
        var text: String
        if let month = value.month, (1...12).contains(month) {
            if let day = value.day {
                text = "\(day) \(monthsGenitive[month - 1]) \(value.year)"
            } else {
                text = "\(monthsNominative[month - 1]) \(value.year)"
            }
        } else {
            text = String(value.year)
        }
        text += yearSuffix
        if let end = value.end {
            return text + "\u{2009}–\u{2009}" + date(TimeValue(year: end.year, month: end.month, day: end.day))
        }
        return text
    }

    /// A period string of a fact ("2022", "2023-06", "2010-01/2010-07") in words.
    func period(_ raw: String) -> String {
        // ISO 8601 durations ("P3Y": over the next three years).
        if raw.hasPrefix("P"), raw.count >= 3, let n = Int(raw.dropFirst().dropLast()) {
            let unit = raw.last!
            switch (language, unit) {
            case (.en, "Y"): return n == 1 ? "1 year" : "\(n) years"
            case (.en, "M"): return n == 1 ? "1 month" : "\(n) months"
            case (.ru, "Y"): return "\(n) " + Self.russianPlural(n, "год", "года", "лет")
            case (.ru, "M"): return "\(n) " + Self.russianPlural(n, "месяц", "месяца", "месяцев")
            default: return raw
            }
        }
        let parts = raw.split(separator: "/")
        func parse(_ s: Substring) -> TimeValue? {
            let f = s.split(separator: "-").compactMap { Int($0) }
            guard let y = f.first, (1000...2999).contains(y) else { return nil }
            return TimeValue(year: y, month: f.count > 1 ? f[1] : nil, day: f.count > 2 ? f[2] : nil)
        }
        guard let start = parts.first.flatMap(parse) else { return raw }
        var value = start
        if parts.count == 2, let end = parse(parts[1]) {
            value.end = TimeValueBound(year: end.year, month: end.month, day: end.day)
        }
        return date(value)
    }
}
