/// General vocabulary of events in English and Russian news: trigger nouns and verbs per
/// kind, plan and "now" markers, titles of office, and words that never start a name.
enum EventLexicon {
    /// Kind of event token `i` of `scan` announces, if any.
    static func kind(_ scan: TokenScan, _ i: Int) -> EventKind? {
        guard scan.token(i) != nil, triggerLeads.mayMatch(scan, i) else { return nil }
        if let kind = scan.value(i, in: exact) { return kind }
        return stems.firstMatch(scan, i).map { prefixes[$0].1 }
    }

    /// The test for words that may make a trigger, alone or with their neighbour
    /// (`EventExtractor`): a superset of the trigger tests, so most words of a sentence cost
    /// one probe and one filter. Its tables are fetched once for a sentence rather than three
    /// lazy statics a word.
    static var triggerTest: TriggerTest { TriggerTest(leads: triggerLeads, words: triggerWords, prefixes: triggerPrefixes) }

    /// The trigger pre-test over tables held by value.
    struct TriggerTest {
        let leads: ScanLeadFilter
        let words: ScanWordSet
        let prefixes: ScanPrefixes

        /// The words of `scan` that may make a trigger, in order: one pass over the tokens in place.
        func candidates(in scan: TokenScan) -> [Int] {
            withUnsafePointer(to: scan) { candidates(in: $0) }
        }

        /// `candidates(in:)` of a scan read in place (the shared scans of a document: no copy
        /// of a scan per sentence).
        func candidates(in scan: UnsafePointer<TokenScan>) -> [Int] {
            var found: [Int] = []
            candidates(in: scan, into: &found)
            return found
        }

        /// `candidates(in:)` written to `found` (emptied first, its memory kept: one buffer
        /// serves every sentence of a document).
        func candidates(in scan: UnsafePointer<TokenScan>, into found: inout [Int]) {
            // Emptied only when it holds something: `removeAll` costs ~50 instructions even then.
            if !found.isEmpty { found.removeAll(keepingCapacity: true) }
            let count = scan.pointee.tokens.count, byteCount = scan.pointee.bytes.count
            guard let tokens = scan.pointee.tokens.baseAddress, let base = scan.pointee.bytes.baseAddress else { return }
            let bytes = UnsafeBufferPointer(start: base, count: byteCount)
            // The lead filter's bits read through one pointer for the sentence (no array check per token).
            leads.withBits { leadBits in
                for i in 0..<count {
                    // Fields read in place: most words stop at the kind or the lead filter. A word
                    // that passes is a set word or needs a prefix, whose first byte turns away every
                    // word not starting like one before the compare (no call for those).
                    let t = tokens + i
                    guard t.pointee.kind == .word, leads.mayMatch(t, bytes: base, bits: leadBits) else { continue }
                    if words.index(hash: t.pointee.hash, in: bytes, start: Int(t.pointee.textStart), count: Int(t.pointee.textCount)) != nil
                        || (prefixes.mayStart(t, bytes: base) && prefixes.firstMatch(t.pointee, bytes: base) != nil) {
                        found.append(i)
                    }
                }
            }
        }
    }

    private static let triggerLeads = ScanLeadFilter(words: triggerWords.words, prefixes: prefixes.map(\.0) + ["карт"] + completionPrefixList)

    private static let triggerWords = ScanWordSet(exact.keys.words + ["roadmap", "дни", "days"] + completionWords.words)
    private static let triggerPrefixes = ScanPrefixes(prefixes.map(\.0) + ["карт"] + completionPrefixList)

    /// The Russian stems of `prefixes`, tested in their order.
    private static let stems = ScanPrefixes(prefixes.map(\.0))

    private static let exact = ScanWordMap<EventKind>([
        "meeting": .meeting, "meetings": .meeting, "met": .meeting, "talks": .meeting, "negotiations": .meeting,
        "session": .meeting, "summit": .meeting, "consultations": .meeting, "visit": .visit, "visits": .visit,
        "visited": .visit, "visiting": .visit, "trip": .visit, "exhibition": .exhibition, "exhibitions": .exhibition,
        "expo": .exhibition, "fair": .exhibition, "exposition": .exhibition, "agreement": .agreement,
        "agreements": .agreement, "memorandum": .agreement, "contract": .agreement, "contracts": .agreement,
        "treaty": .agreement, "forum": .exhibition, "forums": .exhibition, "conference": .other, "congress": .other, "festival": .other,
    ].map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 })

    private static let prefixes: [(String, EventKind)] = [
        ("встреч", .meeting), ("встретил", .meeting), ("переговор", .meeting), ("заседани", .meeting),
        ("совещани", .meeting), ("саммит", .meeting), ("визит", .visit), ("посетил", .visit), ("посещени", .visit),
        ("выставк", .exhibition), ("ярмарк", .exhibition), ("соглашени", .agreement), ("договор", .agreement),
        ("меморандум", .agreement), ("контракт", .agreement), ("форум", .exhibition), ("конференци", .other),
        ("конгресс", .other), ("фестивал", .other),
    ]

    /// An agreement is an event only when it is signed or concluded, not merely cited.
    static func isSigning(_ scan: TokenScan, _ i: Int) -> Bool { signingTest.matches(scan, i) }

    /// `isSigning` over its tables fetched once (asked of every word of a sentence with a trigger).
    static var signingTest: WordTest { WordTest(leads: signingLeads, words: signingWords, prefixes: signingPrefixes) }

    /// The first three bytes of the signing words and prefixes (each at least three bytes long):
    /// one bit turns most words away before the probes. The same for plans and titles below.
    private static let signingLeads = ScanLeadFilter(words: signingWords.words, prefixes: signingPrefixList)

    /// Verbs and nouns of openings and completions, events only when planned ("is to open",
    /// "планируется завершить", "scheduled for early 2026").
    private static let signingPrefixes = ScanPrefixes(signingPrefixList)
    private static let signingPrefixList = ["подпис", "заключ"]

    private static let signingWords: ScanWordSet = ["sign", "signs", "signed", "signing", "conclude", "concluded", "ink", "inked"]

    static func isCompletion(_ scan: TokenScan, _ i: Int) -> Bool {
        scan.isText(i, in: completionWords) || completionPrefixes.matches(scan, i)
    }

    private static let completionPrefixes = ScanPrefixes(completionPrefixList)
    private static let completionPrefixList = ["заверш", "открыт", "откроет", "откроют", "запуст", "запланирован"]

    private static let completionWords: ScanWordSet = [
        "open", "opening", "complete", "completed", "completion", "launch", "launched", "scheduled",
    ]

    /// "scheduled", "запланировано": a plan's date for whatever event the sentence names.
    static func isScheduling(_ scan: TokenScan, _ i: Int) -> Bool { scan.isText(i, "scheduled") || scan.hasPrefix(i, "запланирован") }

    /// Words of visitor counts: "visited by 12 thousand tourists" is not a visit.
    static let visitorWords: ScanWordSet = [
        "tourists", "visitors", "people", "guests", "туристов", "туристы", "посетителей", "человек", "гостей",
    ]

    /// Words before a trigger that make it the circumstance of another event ("during a visit").
    static let circumstanceWords: ScanWordSet = ["during", "at", "amid", "ходе", "время", "рамках"]

    /// Words that make the event announced rather than past.
    static func isPlanMarker(_ scan: TokenScan, _ i: Int) -> Bool {
        planLeads.mayMatch(scan, i) && (scan.isText(i, in: planWords) || planPrefixes.matches(scan, i))
    }

    private static let planLeads = ScanLeadFilter(words: planWords.words, prefixes: planPrefixList)
    private static let planPrefixes = ScanPrefixes(planPrefixList)
    private static let planPrefixList = ["планир", "запланир", "предстоящ", "намерен", "намечен", "состоит", "пройд"]

    private static let planWords: ScanWordSet = [
        "will", "shall", "plan", "plans", "planned", "planning", "intend", "intends", "scheduled", "expected",
        "upcoming", "forthcoming", "будет", "будут", "состоится", "пройдет",
    ]

    /// Words that put an undated event on the document's own date ("today's meeting", "в эти дни").
    static let nowWords: ScanWordSet = ["today", "currently", "now", "tonight", "сегодня", "сегодняшней", "сегодняшнем",
                                        "сегодняшняя", "сейчас", "ныне", "нынче"]

    /// Titles of office that introduce a named participant.
    static func isTitle(_ scan: TokenScan, _ i: Int) -> Bool { titleTest.matches(scan, i) }

    /// `isTitle` over its tables fetched once (the participant and place rules ask it of
    /// most words of a sentence: three lazy statics a word were most of its cost).
    static var titleTest: WordTest { WordTest(leads: titleLeads, words: titles, prefixes: titlePrefixes) }

    /// A word of a set or with a prefix of a list, behind a lead filter, over tables held by value.
    struct WordTest {
        let leads: ScanLeadFilter
        let words: ScanWordSet
        let prefixes: ScanPrefixes

        @inline(__always)
        func matches(_ scan: TokenScan, _ i: Int) -> Bool {
            leads.mayMatch(scan, i) && (scan.isText(i, in: words) || prefixes.matches(scan, i))
        }
    }

    private static let titleLeads = ScanLeadFilter(words: titles.words, prefixes: titlePrefixList)
    private static let titlePrefixes = ScanPrefixes(titlePrefixList)
    private static let titlePrefixList = [
        "президент", "губернатор", "министр", "премьер", "председател", "директор", "руководител", "заместител", "спикер",
        "секретар", "мэр",
    ]

    private static let titles: ScanWordSet = [
        "president", "governor", "minister", "premier", "chairman", "chairwoman", "chair", "head", "ambassador",
        "mayor", "director", "ceo", "secretary", "speaker", "chancellor", "envoy", "consul", "commissioner",
        "king", "queen", "prince", "governor-general", "глава", "главы", "главе", "главой", "посол", "посла",
        "послом", "мэра", "вице-президент",
    ]

    /// Words that may stand before a title ("Deputy Prime Minister", "первый заместитель").
    static let titleModifiers: ScanWordSet = [
        "deputy", "first", "vice", "acting", "prime", "former", "executive", "general", "первый", "первого",
        "первым", "вице", "исполняющий", "временно", "-",
    ]

    /// Honorifics written before a surname.
    static let honorifics: ScanWordSet = ["mr", "mrs", "ms", "dr", "г-н", "господин", "госпожа"]

    /// Capitalised words of places and bodies, never part of a person's name.
    static let institutionWords: ScanWordSet = [
        "region", "oblast", "republic", "federation", "district", "territory", "krai", "committee", "ministry",
        "union", "bank", "company", "government", "state", "city", "council", "administration", "agency", "belarus",
        "russia", "области", "область", "республики", "республика", "федерации", "края", "района", "города",
        "правительства", "комитета", "министерства", "беларуси", "беларусь", "россии", "the", "of",
    ]

    /// Lower-case words that end a place ("Pskov region", "Псковской области").
    static let placeNouns: ScanWordSet = ["region", "oblast", "district", "area", "province", "области", "районе",
                                          "крае", "республике", "region's"]

    /// Verbs whose subject is the host city ("Kazan currently hosts", "Казань принимает").
    static func isHostVerb(_ scan: TokenScan, _ i: Int) -> Bool { hostTest.matches(scan, i) }

    /// `isHostVerb` over its tables fetched once (asked of every word of a sentence).
    static var hostTest: WordTest { WordTest(leads: hostLeads, words: hostWords, prefixes: hostPrefixes) }

    private static let hostLeads = ScanLeadFilter(words: hostWords.words, prefixes: ["принима"])
    private static let hostPrefixes: ScanPrefixes = ["принима"]

    private static let hostWords: ScanWordSet = ["hosts", "hosted", "host", "hosting", "welcomes", "примет"]

    /// Adjectives that may stand before an event noun in a title ("XI joint meeting", "international exhibition").
    static func isTitleModifier(_ scan: TokenScan, _ i: Int) -> Bool {
        let token = scan.tokens[i]
        if token.isCyrillic {
            return ["ая", "ую", "ой", "ый", "ий", "ое", "ые", "ых", "ого", "ей", "ом"].contains { scan.hasSuffix(i, $0) }
                && scan.characterCount(i) > 3
        }
        if scan.isText(i, in: titleModifierAdjectives) { return true }
        // Roman numerals: "XI"
        if token.isAllCaps, scan.text(of: i).allSatisfy({ $0 == 0x69 || $0 == 0x76 || $0 == 0x78 || $0 == 0x6C || $0 == 0x63 }) { return true }
        return ["al", "ive", "ic", "ian", "ary", "ern"].contains { scan.hasSuffix(i, $0) } && scan.characterCount(i) > 4
    }

    private static let titleModifierAdjectives: ScanWordSet = [
        "joint", "international", "official", "bilateral", "annual", "regular", "working", "business",
        "first", "second", "third", "next", "final", "extraordinary", "plenary",
    ]
}
