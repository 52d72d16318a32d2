/// Finds dated meetings, visits, exhibitions and agreements sentence by sentence, then
/// merges mentions of the same event across sentences, duplicates and translations.
enum EventExtractor {
    /// Triggers further than this (in tokens) from a date are not dated by it.
    static let maximumDistance = 25

    static func events(in documents: [Document], sentences: [[Sentence]], times: [[TimeExpression]]) -> [Event] {
        var found: [Event] = []
        for (index, document) in documents.enumerated() {
            found += unmerged(in: document, sentences: sentences[index], times: times[index])
        }
        return EventMerger.merge(found)
    }

    /// Events of one document, sentence by sentence, not yet merged (the parallel analysis
    /// runs this per article and merges once).
    static func unmerged(in document: Document, sentences: [Sentence], times: [TimeExpression]) -> [Event] {
        var timesBySentence: [Int: [TimeExpression]] = [:]
        for time in times { timesBySentence[time.sentence.offset, default: []].append(time) }
        var found: [Event] = []
        for sentence in sentences {
            found += events(in: sentence, of: document, times: timesBySentence[sentence.offset] ?? [])
        }
        return found
    }

    /// Events of one sentence.
    static func events(in sentence: Sentence, of document: Document, times: [TimeExpression]) -> [Event] {
        let scan = TokenScan(scalars: Array(sentence.text.unicodeScalars), limit: 400)
        let triggers = scan.tokens.indices.compactMap { i -> (index: Int, kind: EventKind)? in
            let t = scan.tokens[i]
            guard t.kind == .word, let kind = EventLexicon.kind(of: t.text) else { return nil }
            return (i, kind)
        }
        guard !triggers.isEmpty else { return [] }
        let timeTokens = times.map { time in tokenRange(scan, start: time.offset, length: time.quote.unicodeScalars.count) }
        let signing = scan.tokens.contains { $0.kind == .word && EventLexicon.isSigning($0.text) }
        let now = isNow(scan)
        let participants = ParticipantFinder.participants(in: scan)
        // "in June 2023 … at the meeting" writes dates first; "a meeting … on 9 November" after.
        let datesFirst = (timeTokens.map(\.lowerBound).min() ?? Int.max) < triggers[0].index
        var result: [Event] = []
        var used: Set<String> = []
        for trigger in triggers {
            if trigger.kind == .agreement && !signing { continue }
            var date: TimeValue? = nil
            var dateTokens: ClosedRange<Int>? = nil
            if let k = boundDate(trigger.index, dates: timeTokens, datesFirst: datesFirst) {
                date = times[k].value; dateTokens = timeTokens[k]
            }
            if date == nil, now, let documentDate = document.date, documentDate.day != nil {
                date = documentDate
                // Quote the word that dates it: "today's meeting", "в эти дни принимает … выставку".
                if let k = (max(0, trigger.index - 6)..<trigger.index).first(where: { isNowWord(scan, $0) }) {
                    dateTokens = scan.isWord(k - 1, in: ["в", "in"]) ? (k - 1)...(k - 1) : k...k
                }
            }
            guard let date else { continue }
            let key = "\(trigger.kind)|\(date.value)|\(date.modifier?.rawValue ?? "")"
            guard used.insert(key).inserted else { continue }
            let titleRange = EventTitle.range(scan, trigger: trigger.index, kind: trigger.kind)
            let quoteRange = dateTokens.map { min($0.lowerBound, titleRange.lowerBound)...max($0.upperBound, titleRange.upperBound) } ?? titleRange
            let quote = scan.text(tokens: quoteRange.count <= 30 ? quoteRange.lowerBound : titleRange.lowerBound,
                                  quoteRange.count <= 30 ? quoteRange.upperBound : titleRange.upperBound)
            result.append(Event(
                date: date, title: EventTitle.text(scan, range: titleRange), kind: trigger.kind,
                planned: isPlanned(scan, trigger: trigger.index, date: date, document: document.date),
                participants: participants, place: place(scan, near: trigger.index, dates: timeTokens),
                mentions: [Mention(document: document.id, quote: quote, sentence: sentence.text)]))
        }
        return result
    }

    // MARK: - Rules

    /// Index of the date that dates the trigger: the nearest on the side the sentence writes
    /// its dates, else the nearest on the other side, within `maximumDistance` tokens.
    private static func boundDate(_ trigger: Int, dates: [ClosedRange<Int>], datesFirst: Bool) -> Int? {
        var before: (index: Int, distance: Int)? = nil
        var after: (index: Int, distance: Int)? = nil
        for (k, range) in dates.enumerated() {
            if range.contains(trigger) { return k }
            if range.upperBound < trigger {
                let d = trigger - range.upperBound
                if d <= maximumDistance, d < (before?.distance ?? Int.max) { before = (k, d) }
            } else {
                let d = range.lowerBound - trigger
                if d <= maximumDistance, d < (after?.distance ?? Int.max) { after = (k, d) }
            }
        }
        return datesFirst ? (before ?? after)?.index : (after ?? before)?.index
    }

    /// Tokens covering scalars `start..<start+length`.
    private static func tokenRange(_ scan: TokenScan, start: Int, length: Int) -> ClosedRange<Int> {
        let first = scan.tokens.firstIndex { $0.end > start } ?? 0
        let last = scan.tokens.lastIndex { $0.start < start + length } ?? first
        return first...max(first, last)
    }

    /// "today's meeting", "currently hosts", "в эти дни принимает".
    private static func isNow(_ scan: TokenScan) -> Bool {
        scan.tokens.indices.contains { isNowWord(scan, $0) }
    }

    private static func isNowWord(_ scan: TokenScan, _ i: Int) -> Bool {
        let t = scan.tokens[i]
        guard t.kind == .word else { return false }
        return EventLexicon.nowWords.contains(t.text)
            || ((t.text == "эти" || t.text == "these") && scan.isWord(i + 1, in: ["дни", "days"]))
    }

    /// Planned when the date is after the document's, past when before, else by the words
    /// before the trigger or just after it ("will continue", "it is planned to sign").
    private static func isPlanned(_ scan: TokenScan, trigger: Int, date: TimeValue, document: TimeValue?) -> Bool {
        if let document {
            let a = (date.year, date.month ?? document.month ?? 0, date.day ?? document.day ?? 0)
            let b = (document.year, date.month == nil ? 0 : document.month ?? 0, date.day == nil ? 0 : document.day ?? 0)
            if a > b { return true }
            if a < b { return false }
        }
        let window = scan.tokens[0..<min(scan.tokens.count, trigger + 8)]
        return window.contains { $0.kind == .word && EventLexicon.isPlanMarker($0.text) }
    }

    /// Nearest "in Minsk" / "в Минске" to the trigger that is not across another date, or
    /// the subject of "hosts" / "принимает".
    private static func place(_ scan: TokenScan, near trigger: Int, dates: [ClosedRange<Int>]) -> String? {
        let lower = dates.filter { $0.upperBound < trigger }.map(\.upperBound).max() ?? -1
        let beforeNext = dates.filter { $0.lowerBound > trigger }.map(\.lowerBound).min() ?? scan.tokens.count
        // The date the trigger is bound to may sit in front of the later segment: allow one date of slack.
        let upper = dates.filter { $0.lowerBound > beforeNext }.map(\.lowerBound).min() ?? scan.tokens.count
        var best: (distance: Int, text: String)? = nil
        for (i, t) in scan.tokens.enumerated() where t.kind == .word && i > lower && i < upper {
            var text: String? = nil
            if ["in", "в", "во"].contains(t.text), let found = placeName(scan, from: i + 1) { text = found }
            if EventLexicon.isHostVerb(t.text) {
                var k = i - 1
                while k >= 0, k >= i - 3, scan.tokens[k].kind == .word, !scan.tokens[k].isCapitalized { k -= 1 }
                if k >= 0, scan.tokens[k].isCapitalized, scan.tokens[k].kind == .word { text = scan.text(tokens: k, k) }
            }
            if let text, best == nil || abs(i - trigger) < best!.distance { best = (abs(i - trigger), text) }
        }
        return best?.text
    }

    /// "the Leningrad region", "Minsk", "Ленинградской области": capitalised words and a place noun.
    private static func placeName(_ scan: TokenScan, from: Int) -> String? {
        var k = from
        if scan.isWord(k, in: ["the"]) { k += 1 }
        let start = k
        while let t = scan.token(k), t.kind == .word, k - start < 4 {
            if t.isCapitalized, DateLexicon.month(t.text) == nil, !EventLexicon.isTitle(t.text), !t.isAllCaps || t.text.count > 2 { k += 1; continue }
            if k > start, EventLexicon.placeNouns.contains(t.text) { k += 1 }
            break
        }
        return k > start ? scan.text(tokens: start, k - 1) : nil
    }
}
