/// General vocabulary of events in English and Russian news: trigger nouns and verbs per
/// kind, plan and "now" markers, titles of office, and words that never start a name.
enum EventLexicon {
    /// Kind of event a lower-cased word announces, if any.
    static func kind(of word: String) -> EventKind? {
        if let kind = exact[word] { return kind }
        // Russian stems, looked up by their first three letters so most words cost one hash
        // (of an integer: no string is made per word).
        guard let key = prefixKey(word, minimum: 4), let candidates = prefixIndex[key] else { return nil }
        for (prefix, kind) in candidates where word.hasBytePrefix(prefix) { return kind }
        return nil
    }

    /// The first three scalars of `word` packed into an integer, if it has at least `minimum` scalars.
    private static func prefixKey(_ word: String, minimum: Int) -> UInt64? {
        var key: UInt64 = 0, n = 0
        for s in word.unicodeScalars {
            if n < 3 { key = key << 21 | UInt64(s.value) }
            n += 1
            if n >= minimum && n >= 3 { break }
        }
        return n >= minimum && n >= 3 ? key : nil
    }

    private static let prefixIndex: [UInt64: [(String, EventKind)]] = {
        var index: [UInt64: [(String, EventKind)]] = [:]
        for (prefix, kind) in prefixes {
            index[prefixKey(prefix, minimum: 3)!, default: []].append((prefix, kind))
        }
        return index
    }()

    private static let exact: WordMap<EventKind> = [
        "meeting": .meeting, "meetings": .meeting, "met": .meeting, "talks": .meeting, "negotiations": .meeting,
        "session": .meeting, "summit": .meeting, "consultations": .meeting, "visit": .visit, "visits": .visit,
        "visited": .visit, "visiting": .visit, "trip": .visit, "exhibition": .exhibition, "exhibitions": .exhibition,
        "expo": .exhibition, "fair": .exhibition, "exposition": .exhibition, "agreement": .agreement,
        "agreements": .agreement, "memorandum": .agreement, "contract": .agreement, "contracts": .agreement,
        "treaty": .agreement, "forum": .exhibition, "forums": .exhibition, "conference": .other, "congress": .other, "festival": .other,
    ]

    private static let prefixes: [(String, EventKind)] = [
        ("встреч", .meeting), ("встретил", .meeting), ("переговор", .meeting), ("заседани", .meeting),
        ("совещани", .meeting), ("саммит", .meeting), ("визит", .visit), ("посетил", .visit), ("посещени", .visit),
        ("выставк", .exhibition), ("ярмарк", .exhibition), ("соглашени", .agreement), ("договор", .agreement),
        ("меморандум", .agreement), ("контракт", .agreement), ("форум", .exhibition), ("конференци", .other),
        ("конгресс", .other), ("фестивал", .other),
    ]

    /// An agreement is an event only when it is signed or concluded, not merely cited.
    static func isSigning(_ word: String) -> Bool {
        signingWords.contains(word) || word.hasBytePrefix("подпис") || word.hasBytePrefix("заключ")
    }

    /// Verbs and nouns of openings and completions, events only when planned ("is to open",
    /// "планируется завершить", "scheduled for early 2026").
    private static let signingWords: WordSet = ["sign", "signs", "signed", "signing", "conclude", "concluded", "ink", "inked"]

    static func isCompletion(_ word: String) -> Bool {
        completionWords.contains(word) || completionPrefixes.matches(word)
    }

    private static let completionPrefixes: BytePrefixes = ["заверш", "открыт", "откроет", "откроют", "запуст", "запланирован"]

    private static let completionWords: WordSet = [
        "open", "opening", "complete", "completed", "completion", "launch", "launched", "scheduled",
    ]

    /// "scheduled", "запланировано": a plan's date for whatever event the sentence names.
    static func isScheduling(_ word: String) -> Bool { word.bytesEqual("scheduled") || word.hasBytePrefix("запланирован") }

    /// Words of visitor counts: "visited by 12 thousand tourists" is not a visit.
    static let visitorWords: WordSet = [
        "tourists", "visitors", "people", "guests", "туристов", "туристы", "посетителей", "человек", "гостей",
    ]

    /// Words before a trigger that make it the circumstance of another event ("during a visit").
    static let circumstanceWords: WordSet = ["during", "at", "amid", "ходе", "время", "рамках"]

    /// Relative pronouns that open a clause of its own ("who is on a visit on 9–10 November").
    static let relativePronouns: WordSet = [
        "who", "which", "whose", "который", "которая", "которое", "которые", "которого", "которой", "котором", "которых",
    ]

    /// Words that make the event announced rather than past.
    static func isPlanMarker(_ word: String) -> Bool {
        planWords.contains(word) || planPrefixes.matches(word)
    }

    private static let planPrefixes: BytePrefixes = ["планир", "запланир", "предстоящ", "намерен", "намечен", "состоит", "пройд"]

    private static let planWords: WordSet = [
        "will", "shall", "plan", "plans", "planned", "planning", "intend", "intends", "scheduled", "expected",
        "upcoming", "forthcoming", "будет", "будут", "состоится", "пройдет",
    ]

    /// Words that put an undated event on the document's own date ("today's meeting", "в эти дни").
    static let nowWords: WordSet = ["today", "currently", "now", "tonight", "сегодня", "сегодняшней", "сегодняшнем",
                                        "сегодняшняя", "сейчас", "ныне", "нынче"]

    /// Titles of office that introduce a named participant.
    static func isTitle(_ word: String) -> Bool {
        titles.contains(word) || titlePrefixes.matches(word)
    }

    private static let titlePrefixes: BytePrefixes = [
        "президент", "губернатор", "министр", "премьер", "председател", "директор", "руководител", "заместител", "спикер",
        "секретар", "мэр",
    ]

    private static let titles: WordSet = [
        "president", "governor", "minister", "premier", "chairman", "chairwoman", "chair", "head", "ambassador",
        "mayor", "director", "ceo", "secretary", "speaker", "chancellor", "envoy", "consul", "commissioner",
        "king", "queen", "prince", "governor-general", "глава", "главы", "главе", "главой", "посол", "посла",
        "послом", "мэра", "вице-президент",
    ]

    /// Words that may stand before a title ("Deputy Prime Minister", "первый заместитель").
    static let titleModifiers: WordSet = [
        "deputy", "first", "vice", "acting", "prime", "former", "executive", "general", "первый", "первого",
        "первым", "вице", "исполняющий", "временно", "-",
    ]

    /// Honorifics written before a surname.
    static let honorifics: WordSet = ["mr", "mrs", "ms", "dr", "г-н", "господин", "госпожа"]

    /// Capitalised words of places and bodies, never part of a person's name.
    static let institutionWords: WordSet = [
        "region", "oblast", "republic", "federation", "district", "territory", "krai", "committee", "ministry",
        "union", "bank", "company", "government", "state", "city", "council", "administration", "agency", "belarus",
        "russia", "области", "область", "республики", "республика", "федерации", "края", "района", "города",
        "правительства", "комитета", "министерства", "беларуси", "беларусь", "россии", "the", "of",
    ]

    /// Lower-case words that end a place ("Pskov region", "Псковской области").
    static let placeNouns: WordSet = ["region", "oblast", "district", "area", "province", "области", "районе",
                                          "крае", "республике", "region's"]

    /// Verbs whose subject is the host city ("Kazan currently hosts", "Казань принимает").
    static func isHostVerb(_ word: String) -> Bool {
        hostWords.contains(word) || word.hasBytePrefix("принима") || word.bytesEqual("примет")
    }

    private static let hostWords: WordSet = ["hosts", "hosted", "host", "hosting", "welcomes"]

    /// Adjectives that may stand before an event noun in a title ("XI joint meeting", "international exhibition").
    static func isTitleModifier(_ token: Token) -> Bool {
        let w = token.text
        if token.isCyrillic {
            return ["ая", "ую", "ой", "ый", "ий", "ое", "ые", "ых", "ого", "ей", "ом"].contains { w.hasByteSuffix($0) } && w.count > 3
        }
        if ["joint", "international", "official", "bilateral", "annual", "regular", "working", "business",
            "first", "second", "third", "next", "final", "extraordinary", "plenary"].contains(w) { return true }
        if w.allSatisfy({ "ivxlc".contains($0) }) && token.isAllCaps { return true } // Roman numerals: "XI"
        return ["al", "ive", "ic", "ian", "ary", "ern"].contains { w.hasSuffix($0) } && w.count > 4
    }
}
