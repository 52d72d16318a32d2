import BriefingAnalysis

/// How a fact reads in the briefing's language: "+25%", "25–30 %", "100+", "32 000 RUB/m²", "2nd".
struct FactText {
    let locale: ChartLocale
    let language: Language

    func value(_ fact: Fact) -> String {
        let unit = unitText(fact)
        switch fact.kind {
        case .rank:
            return rank(Int(fact.value ?? fact.low ?? 0))
        case .range:
            let low = number(fact.low ?? fact.value ?? 0), high = number(fact.high ?? fact.value ?? 0)
            return locale.withUnit(qualified(low + "–" + high, fact.qualifier), unit: unit)
        default:
            if fact.value == nil, let low = fact.low, fact.qualifier == .moreThan || fact.qualifier == .atLeast {
                return locale.withUnit(number(low) + "+", unit: unit)
            }
            if fact.value == nil, let high = fact.high {
                return locale.withUnit("≤" + number(high), unit: unit)
            }
            var text = qualified(number(fact.value ?? fact.low ?? 0), fact.qualifier)
            if fact.change == .up { text = "+" + text } else if fact.change == .down { text = "\u{2212}" + text }
            return locale.withUnit(text, unit: unit) + perText(fact)
        }
    }

    /// The bar value of a fact for charts: the point value or the known bound.
    func chartValue(_ fact: Fact) -> Double? { fact.value ?? fact.low ?? fact.high }

    private func qualified(_ text: String, _ qualifier: Qualifier) -> String {
        switch qualifier {
        case .about: return "≈" + text
        case .moreThan, .atLeast: return text + "+"
        case .upTo, .lessThan: return "≤" + text
        case .exact: return text
        }
    }

    private func number(_ v: Double) -> String { locale.number(v) }

    private func unitText(_ fact: Fact) -> String? {
        guard let unit = fact.unit else { return nil }
        if unit == "%" || fact.kind == .percent { return "%" }
        if unit == "year" { return language == .ru ? "г." : (fact.value == 1 ? "year" : "years") }
        if language == .ru {
            switch unit {
            case "RUB": return "руб."
            case "BYN": return "бел. руб."
            case "USD": return "долл."
            case "EUR": return "евро"
            default: return unit
            }
        }
        return unit
    }

    private func perText(_ fact: Fact) -> String {
        guard let per = fact.per?.lowercased() else { return "" }
        if per.contains("square") || per.contains("кв") { return language == .ru ? "/м²" : "/m²" }
        return "/" + per
    }

    func rank(_ n: Int) -> String {
        switch language {
        case .ru: return "\(n)-е"
        case .en:
            let suffix: String
            switch (n % 10, n % 100) {
            case (1, let h) where h != 11: suffix = "st"
            case (2, let h) where h != 12: suffix = "nd"
            case (3, let h) where h != 13: suffix = "rd"
            default: suffix = "th"
            }
            return "\(n)\(suffix)"
        }
    }
}
