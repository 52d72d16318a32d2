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
    /// `scans`, if given, are the sentences' `TokenScan`s (made with the default limit).
    static func unmerged(in document: Document, sentences: [Sentence], times: [TimeExpression], scans: [TokenScan]? = nil) -> [Event] {
        let byOffset = timesBySentence(sentences, times)
        var found: [Event] = []
        let triggerTest = EventLexicon.triggerTest
        // Each shared scan is read in place (no copy of its arrays per sentence), and tested for
        // a trigger before anything else is read for the sentence: most have none.
        // One buffer of candidates serves every sentence.
        var candidates: [Int] = []
        candidates.reserveCapacity(16)
        (scans ?? []).withUnsafeBufferPointer { shared in
            for k in sentences.indices {
                let scanned = k < shared.count && shared[k].tokens.count <= 400
                if scanned {
                    triggerTest.candidates(in: shared.baseAddress! + k, into: &candidates)
                    if candidates.isEmpty { continue }
                }
                let sentence = sentences[k]
                let sentenceTimes = byOffset.map { Array(times[$0[k]]) } ?? times.filter { $0.sentence.offset == sentence.offset }
                let sentenceEvents = scanned
                    ? events(in: sentence, of: document, times: sentenceTimes, scanned: shared[k], triggerTest: triggerTest,
                             candidates: candidates)
                    : events(in: sentence, of: document, times: sentenceTimes)
                if !sentenceEvents.isEmpty { found += sentenceEvents }
            }
        }
        return found
    }

    /// The times of each sentence (by its offset) as a range of `times`, found in one walk when
    /// sentences and times come in offset order, as the analysis makes them; nil otherwise.
    private static func timesBySentence(_ sentences: [Sentence], _ times: [TimeExpression]) -> [Range<Int>]? {
        for k in sentences.indices.dropFirst() where sentences[k].offset <= sentences[k - 1].offset { return nil }
        for k in times.indices.dropFirst() where times[k].sentence.offset < times[k - 1].sentence.offset { return nil }
        var result: [Range<Int>] = []
        result.reserveCapacity(sentences.count)
        var t = 0
        for sentence in sentences {
            while t < times.count, times[t].sentence.offset < sentence.offset { t += 1 }
            let start = t
            while t < times.count, times[t].sentence.offset == sentence.offset { t += 1 }
            result.append(start..<t)
        }
        return result
    }

    /// Events of one sentence.
    /// A shared `scan` is used when it holds at most 400 tokens (then it is the scan with
    /// limit 400: same tokens, same identifier runs).
    static func events(in sentence: Sentence, of document: Document, times: [TimeExpression], scan shared: TokenScan? = nil) -> [Event] {
        let scan = shared.flatMap { $0.tokens.count <= 400 ? $0 : nil } ?? TokenScan(scalars: Array(sentence.text.unicodeScalars), limit: 400)
        return events(in: sentence, of: document, times: times, scanned: scan, triggerTest: EventLexicon.triggerTest)
    }

    /// `triggerTest` is `EventLexicon.triggerTest`, fetched once per document.
    /// `candidates`, if given, are `triggerTest.candidates(in: scan)`.
    private static func events(in sentence: Sentence, of document: Document, times: [TimeExpression], scanned scan: TokenScan,
                               triggerTest: EventLexicon.TriggerTest, candidates known: [Int]? = nil) -> [Event] {
        // Asked only when a completion word is met: most sentences have none.
        var plannedKnown: Bool? = nil
        func planned() -> Bool {
            if let plannedKnown { return plannedKnown }
            let value = scan.tokens.indices.contains { scan.tokens[$0].kind == .word && EventLexicon.isPlanMarker(scan, $0) }
                || scan.tokens.indices.contains { isToInfinitive(scan, $0) }
            plannedKnown = value
            return value
        }
        // Most sentences have no word that may trigger: one pass over their tokens.
        let candidates = known ?? triggerTest.candidates(in: scan)
        guard !candidates.isEmpty else { return [] }
        var triggers: [(index: Int, kind: EventKind)] = []
        for i in candidates {
            let t = scan.tokens[i]
            if let kind = EventLexicon.kind(scan, i) {
                // "the region was visited by 12 thousand tourists": a count of visitors, not a visit.
                if kind == .visit, isVisitorCount(scan, i) { continue }
                triggers.append((i, kind)); continue
            }
            // "roadmap", "дорожная карта": an agreement when signed.
            if scan.isText(i, "roadmap") || (scan.hasPrefix(i, "карт") && i > 0 && scan.hasPrefix(i - 1, "дорожн")) {
                triggers.append((i, .agreement)); continue
            }
            // "Дни Гродненской области", "Days of Belarusian culture"
            if t.isCapitalized, scan.isText(i, "дни") || scan.isText(i, "days") { triggers.append((i, .other)); continue }
            // Planned openings and completions: "is to open", "планируется завершить", "scheduled for".
            if EventLexicon.isCompletion(scan, i), planned() { triggers.append((i, .other)) }
        }
        guard !triggers.isEmpty else { return [] }
        let timeTokens = times.map { time in tokenRange(scan, start: time.offset, length: time.quote.unicodeScalars.count) }
        let signingTest = EventLexicon.signingTest
        let signingIndices = scan.tokens.indices.filter { scan.tokens[$0].kind == .word && signingTest.matches(scan, $0) }
        let signing = !signingIndices.isEmpty
        // Read only when needed: most sentences with a trigger yield no dated event.
        var nowKnown: Bool? = nil
        func now() -> Bool {
            if let nowKnown { return nowKnown }
            let value = isNow(scan)
            nowKnown = value
            return value
        }
        // The place each word names, read once for the sentence's events.
        var placesKnown: [(index: Int, text: String)]? = nil
        func places() -> [(index: Int, text: String)] {
            if let placesKnown { return placesKnown }
            let value = placeNames(scan, triggerCandidates: candidates)
            placesKnown = value
            return value
        }
        var participantsKnown: [String]? = nil
        func participants() -> [String] {
            if let participantsKnown { return participantsKnown }
            let value = ParticipantFinder.participants(in: scan)
            participantsKnown = value
            return value
        }
        // "MINSK, 27 June (BelTA) – … held talks … on 26 June": the date in the words dates the
        // trigger before the dateline does; the dateline only when no other date binds.
        let dateline = timeTokens.first.flatMap { first -> Int? in
            first.lowerBound <= 3 && timeTokens.count > 1 && scan.isText(first.lowerBound - 1, ",")
                && ["(", "-", "–", "—"].contains { scan.isText(first.upperBound + 1, $0) } ? 0 : nil
        }
        let bodyDates = timeTokens.indices.filter { $0 != dateline }
        // "in June 2023 … at the meeting" writes dates first; "a meeting … on 9 November" after.
        let datesFirst = (bodyDates.map { timeTokens[$0].lowerBound }.min() ?? Int.max) < triggers[0].index
        let datesFirstAll = (timeTokens.map(\.lowerBound).min() ?? Int.max) < triggers[0].index
        var result: [Event] = []
        // Kinds, dates and modifiers already given an event (few per sentence: compared in a list).
        var used: [(kind: EventKind, value: String, modifier: DateModifier?)] = []
        var taken: [(index: Int, date: String)] = []
        // Triggers that may claim a date from another: not those that are only a signing's circumstance.
        // Nor "scheduled" / "запланировано", which only says when another trigger happens, nor a
        // trigger that depends on the one just before it ("заседание оргкомитета форума").
        let indices = triggers.map(\.index)
        let claiming = indices.filter { index in
            !(signingIndices.contains { $0 < index } && isCircumstance(scan, index)) && !EventLexicon.isScheduling(scan, index)
                && !indices.contains { $0 < index && index - $0 <= 3 }
        }
        for trigger in triggers {
            if trigger.kind == .agreement && !signing { continue }
            // "signed … during a visit", "подписано … в ходе визита": the signing is the event.
            if trigger.kind != .agreement, signingIndices.contains(where: { $0 < trigger.index }), isCircumstance(scan, trigger.index) {
                continue
            }
            var date: TimeValue? = nil
            var dateTokens: ClosedRange<Int>? = nil
            let anchors = trigger.kind == .agreement ? [trigger.index] + signingIndices : [trigger.index]
            let others = claiming.filter { $0 != trigger.index }
            var fromDateline = false
            let bound = dateline == nil ? nil
                : boundDate(anchors, scan: scan, dates: bodyDates.map { timeTokens[$0] }, values: bodyDates.map { times[$0].value },
                            others: others, kind: trigger.kind, datesFirst: datesFirst).map { bodyDates[$0] }
            if let k = bound ?? boundDate(anchors, scan: scan, dates: timeTokens, values: times.map(\.value), others: others,
                                          kind: trigger.kind, datesFirst: datesFirstAll) {
                date = times[k].value; dateTokens = timeTokens[k]
            } else if let first = timeTokens.first, first.lowerBound <= 3, times[0].value.precision == .day,
                      trigger.kind == .meeting || trigger.kind == .visit {
                // A dateline sentence: "MINSK, 17 October (BelTA) – …, he said at a meeting with …".
                date = times[0].value; fromDateline = true
            }
            if date == nil, let documentDate = document.date, documentDate.day != nil, now() {
                date = documentDate
                // Quote the word that dates it: "today's meeting", "в эти дни принимает … выставку".
                if let k = (max(0, trigger.index - 6)..<trigger.index).first(where: { isNowWord(scan, $0) }) {
                    dateTokens = scan.isWord(k - 1, "в", "in") ? (k - 1)...(k - 1) : k...k
                }
            }
            guard let date else { continue }
            // "meeting of the organising committee of the forum": one happening, the first trigger.
            let value = date.value
            if taken.contains(where: { $0.date == value && abs(trigger.index - $0.index) <= 4 }) { continue }
            let modifier = date.modifier
            guard !used.contains(where: { $0.kind == trigger.kind && $0.value == value && $0.modifier == modifier }) else { continue }
            used.append((trigger.kind, value, modifier))
            taken.append((trigger.index, value))
            let titleRange = EventTitle.range(scan, trigger: trigger.index, kind: trigger.kind)
            let quoteRange = dateTokens.map { min($0.lowerBound, titleRange.lowerBound)...max($0.upperBound, titleRange.upperBound) } ?? titleRange
            let quote = scan.text(tokens: quoteRange.count <= 30 ? quoteRange.lowerBound : titleRange.lowerBound,
                                  quoteRange.count <= 30 ? quoteRange.upperBound : titleRange.upperBound)
            result.append(Event(
                date: date, title: EventTitle.text(scan, range: titleRange), kind: trigger.kind,
                planned: !fromDateline && isPlanned(scan, trigger: trigger.index, date: date, document: document.date),
                participants: participants(), place: place(scan, near: trigger.index, dates: timeTokens, places: places()),
                mentions: [Mention(document: document.id, quote: quote, sentence: sentence.text)]))
        }
        return result
    }

    // MARK: - Rules

    /// Index of the date that dates the trigger: the nearest on the side the sentence writes
    /// its dates, else the nearest on the other side, within `maximumDistance` tokens.
    ///
    /// The nearest date to any anchor (the trigger; for an agreement also its signing verb), on
    /// the side the sentence writes its dates first.
    /// A day or a month reaches `maximumDistance` tokens; a bare year or a span (a statistic's
    /// period, a plan's years) only `periodDistance`, so "grew in 2023, he said at a meeting"
    /// and "agreement for 2024–2026 … to be signed in July" are not dated by them. A date in a
    /// relative clause after the trigger ("talks with X, who is on a visit on 9–10 November")
    /// dates that clause, not the trigger.
    private static func boundDate(_ anchors: [Int], scan: TokenScan, dates: [ClosedRange<Int>], values: [TimeValue],
                                  others: [Int], kind: EventKind, datesFirst: Bool) -> Int? {
        var best: (index: Int, distance: Int, before: Bool)? = nil
        for anchor in anchors {
            for (k, range) in dates.enumerated() {
                if range.contains(anchor) { return k }
                let before = range.upperBound < anchor
                let d = before ? anchor - range.upperBound : range.lowerBound - anchor
                let reach = values[k].precision == .day || (values[k].end == nil && values[k].month != nil) ? maximumDistance : periodDistance
                guard d <= reach else { continue }
                // A deadline ("until 2028", "by 2021") or a plan's years ("for 2024–2026") dates only an opening or completion.
                if kind != .other, scan.isWord(range.lowerBound - 1, in: DateLexicon.targetPrepositions) { continue }
                if kind == .agreement, values[k].month == nil, values[k].end != nil { continue }
                // A trigger between them claims the date ("talks with X, who is on a visit on 9–10 November").
                let between = before ? (range.upperBound + 1)..<anchor : (anchor + 1)..<range.lowerBound
                if others.contains(where: { between.contains($0) }) { continue }
                // The side the sentence writes its dates on first, then the nearest.
                if let current = best {
                    if current.before == datesFirst && before != datesFirst { continue }
                    if current.before == before && d >= current.distance { continue }
                }
                best = (k, d, before)
            }
        }
        return best?.index
    }

    /// "visited by more than 12 thousand tourists", "регион посетили более 12 тыс. туристов".
    private static func isVisitorCount(_ scan: TokenScan, _ i: Int) -> Bool {
        (i + 1...i + 6).contains { scan.isWord($0, in: EventLexicon.visitorWords) }
    }

    /// Reach of a bare year or a span, in tokens.
    static let periodDistance = 8

    /// "is to open", "are to be completed": a plan written as "to" + infinitive after "is/are".
    private static func isToInfinitive(_ scan: TokenScan, _ i: Int) -> Bool {
        scan.isWord(i, "to") && scan.isWord(i - 1, "is", "are")
    }

    /// The trigger is the circumstance of another event: "during a visit", "at the forum",
    /// "в ходе визита", "во время выставки".
    private static func isCircumstance(_ scan: TokenScan, _ trigger: Int) -> Bool {
        var k = trigger - 1
        while k >= 0, trigger - k <= 3, let t = scan.token(k), t.kind == .word, !scan.isText(k, in: EventLexicon.circumstanceWords) {
            if !EventLexicon.isTitleModifier(scan, k) && !scan.isWord(k, "a", "the", "an") { return false }
            k -= 1
        }
        guard k >= 0, scan.isText(k, in: EventLexicon.circumstanceWords) else { return false }
        if scan.isText(k, "ходе") || scan.isText(k, "время") { return scan.isWord(k - 1, "в", "во") }
        return true
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
        // "Belarus Today", "Minsk Region Today": a capitalised word after a capitalised one is a name.
        if t.isCapitalized, i > 0, scan.tokens[i - 1].kind == .word, scan.tokens[i - 1].isCapitalized { return false }
        return scan.isText(i, in: EventLexicon.nowWords)
            || ((scan.isText(i, "эти") || scan.isText(i, "these")) && scan.isWord(i + 1, "дни", "days"))
    }

    /// Planned when the date is after the document's, past when before, else by the words
    /// before the trigger or just after it ("will continue", "it is planned to sign").
    private static func isPlanned(_ scan: TokenScan, trigger: Int, date: TimeValue, document: TimeValue?) -> Bool {
        if let document {
            let a = (date.year, date.month ?? document.month ?? 0, date.day ?? document.day ?? 0)
            let b = (document.year, date.month == nil ? 0 : document.month ?? 0, date.day == nil ? 0 : document.day ?? 0)
            // A span still running on the document date ("in the first half of this year") goes by the words.
            let runs = date.end.map { end in
                (end.year, end.month ?? 12, end.day ?? 31) >= (document.year, document.month ?? 12, document.day ?? 31)
            } ?? false
            if a > b { return true }
            if a < b && !runs { return false }
        }
        return (0..<min(scan.tokens.count, trigger + 8)).contains { scan.tokens[$0].kind == .word && EventLexicon.isPlanMarker(scan, $0) }
    }

    /// Nearest "in Geneva" / "в Женеве" to the trigger that is not across another date, or
    /// the subject of "hosts" / "принимает".
    private static func place(_ scan: TokenScan, near trigger: Int, dates: [ClosedRange<Int>],
                              places: [(index: Int, text: String)]) -> String? {
        // The bound date may stand between the place and the trigger ("В Витебске 3 июня прошло заседание").
        let earlier = dates.filter { $0.upperBound < trigger }.map(\.upperBound).sorted()
        let lower = earlier.count >= 2 ? earlier[earlier.count - 2] : -1
        let beforeNext = dates.filter { $0.lowerBound > trigger }.map(\.lowerBound).min() ?? scan.tokens.count
        // The date the trigger is bound to may sit in front of the later segment: allow one date of slack.
        let upper = dates.filter { $0.lowerBound > beforeNext }.map(\.lowerBound).min() ?? scan.tokens.count
        var best: (distance: Int, text: String)? = nil
        for (i, text) in places where i > lower && i < upper {
            if best == nil || abs(i - trigger) < best!.distance { best = (abs(i - trigger), text) }
        }
        return best?.text
    }

    /// The place each word of the sentence names, if any, in token order: "in Geneva" /
    /// "в Женеве", the object of a visit, the subject of "hosts" / "принимает" (the last of
    /// them when one word has several). `triggerCandidates` are the words that may trigger
    /// (`EventLexicon.TriggerTest`): only they can be a visit.
    private static func placeNames(_ scan: TokenScan, triggerCandidates: [Int]) -> [(index: Int, text: String)] {
        var places: [(index: Int, text: String)] = []
        var next = 0
        // The host and title tables fetched once for the sentence (the host test reads every word).
        let host = EventLexicon.hostTest, titles = EventLexicon.titleTest
        for (i, t) in scan.tokens.enumerated() where t.kind == .word {
            var text: String? = nil
            // Two or four bytes: "in", "в", "во", "near" (most words are turned away by their length).
            if t.textCount == 2 || t.textCount == 4,
               scan.isText(i, "in") || scan.isText(i, "в") || scan.isText(i, "во") || scan.isText(i, "near"), let found = placeName(scan, from: i + 1, titles: titles) { text = found }
            // Objects of visits: "paid a working visit to Mogilev", "посетила Могилев", "will visit Minsk".
            while next < triggerCandidates.count, triggerCandidates[next] < i { next += 1 }
            if next < triggerCandidates.count, triggerCandidates[next] == i, EventLexicon.kind(scan, i) == .visit {
                var k = i + 1
                if scan.isWord(k, "to") { k += 1 }
                if scan.isWord(k, "с"), EventLexicon.kind(scan, k + 2) == .visit { k += 3 }
                if scan.isWord(k, "с"), EventLexicon.kind(scan, k + 1) == .visit { k += 2 }
                // A city or region, not a plant ("visited Minsk Tractor Works"): two words at most.
                if let found = placeName(scan, from: k, titles: titles), scan.token(k) != nil, !titles.matches(scan, k),
                   Tokenizer.tokens(found, limit: 4).count <= 2 { text = found }
            }
            if host.matches(scan, i) {
                var k = i - 1
                while k >= 0, k >= i - 3, scan.tokens[k].kind == .word, !scan.tokens[k].isCapitalized { k -= 1 }
                if k >= 0, scan.tokens[k].isCapitalized, scan.tokens[k].kind == .word { text = scan.text(tokens: k, k) }
            }
            if let text { places.append((i, text)) }
        }
        return places
    }

    /// "the Pskov region", "Minsk", "Псковской области": capitalised words and a place noun.
    private static func placeName(_ scan: TokenScan, from: Int, titles: EventLexicon.WordTest) -> String? {
        var k = from
        if scan.isWord(k, "the") { k += 1 }
        let start = k
        while let t = scan.token(k), t.kind == .word, k - start < 4 {
            if t.isCapitalized, DateLexicon.month(scan, k) == nil, !titles.matches(scan, k), !t.isAllCaps || scan.characterCount(k) > 2,
               !isAdjective(scan, k), EventLexicon.kind(scan, k) == nil, !scan.isText(k, "дни"), !scan.isText(k, "days") { k += 1; continue }
            if k > start, scan.isText(k, in: EventLexicon.placeNouns) { k += 1 }
            break
        }
        return k > start ? scan.text(tokens: start, k - 1) : nil
    }

    /// A Russian adjective in the prepositional case ("в Международном фестивале") is not a
    /// place unless a name or a place noun follows ("в Великом Новгороде", "в Минском районе").
    private static func isAdjective(_ scan: TokenScan, _ k: Int) -> Bool {
        let t = scan.tokens[k]
        guard t.isCyrillic, ["ом", "ой", "ем", "ых", "их"].contains(where: { scan.hasSuffix(k, $0) }) else { return false }
        guard let next = scan.token(k + 1), next.kind == .word else { return true }
        return !next.isCapitalized && !scan.isText(k + 1, in: EventLexicon.placeNouns)
    }
}
