/// Works out what an article is: language, title, publication date and publisher, from
/// its header lines and dateline, and builds the cleaned `Document`.
enum DocumentProfiler {
    /// How many non-empty lines at the top count as the header.
    static let headerLines = 12

    /// Profiles normalised (not yet stripped) text.
    static func profile(fileName: String, text normalized: String) -> Document {
        profileKeepingLines(fileName: fileName, text: normalized).document
    }

    /// `profile`, and which lines of `normalized` its text kept (to cut it again later).
    static func profileKeepingLines(fileName: String, text normalized: String) -> (document: Document, kept: ChromeStripper.KeptLines) {
        let id = fileName.lowercased().hasSuffix(".txt") ? String(fileName.dropLast(4)) : fileName
        let stripped = ChromeStripper.strip(normalized)
        let language = detectLanguage(stripped.text.isEmpty ? normalized : stripped.text)
        let header = LineSplitter.lines(normalized, limit: headerLines).map { ProfileLine(String($0)) }
        var date: TimeValue? = nil
        var publisher: String? = nil
        var metadataLines: Set<String> = []
        var beforeBody = true
        for line in header {
            // A credit under the article ("Материал подготовлен пресс-службой") is not the publisher.
            // Read only until the first body line (the lines below it are not asked again).
            if beforeBody, line.isBody { beforeBody = false }
            if date == nil, let found = line.date { date = found; metadataLines.insert(line.text) }
            if beforeBody, publisher == nil, isPublisherLine(line), !isChrome(line) {
                publisher = publisherName(line.text); metadataLines.insert(line.text)
            }
        }
        // Only the top lines are read (header, dateline, latest year): not the whole article.
        let top = LineSplitter.lines(stripped.text, limit: headerLines + 8).map { ProfileLine.reusing(header, for: $0) }
        let body = top.firstIndex(where: \.isBody) ?? top.count
        // A date line under the title ("05.06.2024 | 16:20") when the header had none.
        if date == nil, let line = top[..<min(top.count, body + 1)].first(where: { $0.date != nil }) {
            date = line.date; metadataLines.insert(line.text)
        }
        let dateline = top.prefix(headerLines).lazy.compactMap(\.dateline).first
        if publisher == nil { publisher = dateline?.agency }
        if date == nil, let found = dateline?.date {
            if found.year > 1 { date = found } else if let year = latestYear(in: LineSplitter.lines(stripped.text, limit: 200).map(String.init)) {
                date = TimeValue(year: year, month: found.month, day: found.day)
            }
        }
        let title = headline(in: top, body: body, metadata: metadataLines)
            ?? top.prefix(headerLines).first { line in
                !metadataLines.contains(line.text) && line.counts.words8 >= 3
            }?.text ?? top.first?.text ?? id
        return (Document(id: id, fileName: fileName, language: language, title: title, date: date,
                         publisher: publisher, droppedLines: stripped.droppedLines, text: stripped.text), stripped.kept)
    }

    // MARK: - Rules

    /// The title: the headline-like line nearest above the first paragraph (menus, dates and
    /// the publisher stay above it), or the first headline-like line when no paragraph is found.
    static func headline(in top: [ProfileLine], body: Int, metadata: Set<String>) -> String? {
        let candidates = top[..<body].filter { !metadata.contains($0.text) && isHeadlineLike($0) }
        return (body < top.count ? candidates.last : candidates.first)?.text
    }

    /// A headline: 3 to 25 words, mostly words, no final full stop.
    static func isHeadlineLike(_ line: ProfileLine) -> Bool {
        guard let last = line.text.unicodeScalars.last, last != ".", last != ":", line.text.utf8.count <= 400 else { return false }
        let words = line.counts.words
        let numbers = line.counts.numbers
        return (3...25).contains(words) && numbers * 2 < words
    }

    /// The first paragraph: a dateline, a line of six words or more ending in a full stop,
    /// or a line too long to be a headline.
    static func isBodyLine(_ line: ProfileLine) -> Bool {
        if line.text.utf8.count > 400 { return true }
        let words = line.counts.words
        if words > 25 { return true }
        if let last = line.text.unicodeScalars.last, ScalarClass.isTerminator(last), last != "…", words >= 6 { return true }
        return line.dateline != nil
    }

    /// Page chrome by `ChromeStripper.isChrome`, from the line's tokens.
    static func isChrome(_ line: ProfileLine) -> Bool {
        line.text.utf8.count <= 640 && ChromeStripper.isChrome(line.tokens)
    }

    /// Russian when Cyrillic letters outnumber Latin ones in the first 100,000 scalars.
    /// Counted on the UTF-8 bytes: U+0400...U+04FF are the scalars led by 0xD0...0xD3.
    static func detectLanguage(_ text: String) -> Language {
        var text = text
        let russian = text.withUTF8 { bytes -> Bool in
            cyrillicMajority(UnsafeBufferPointer(rebasing: bytes[..<ByteScalars.prefixLength(bytes, scalars: 100_000)]))
        }
        return russian ? .ru : .en
    }

    /// Cyrillic lead bytes outnumber ASCII letters in `bytes`. Counted eight bytes at a time
    /// (the byte loop was not vectorised and cost more than the rest of the profile's own
    /// work), in counters of one byte per lane added up once per 64 bytes, and only until the
    /// bytes left could no longer change the answer (each adds at most one to either count).
    private static func cyrillicMajority(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cyrillic = 0, latin = 0
        var i = 0
        let count = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 64 <= count {
                var lanes = (cyrillic: UInt64(0), latin: UInt64(0)) // at most 8 per lane
                for k in 0..<8 {
                    let marks = cyrillicAndLatin(raw.loadUnaligned(fromByteOffset: i + k * 8, as: UInt64.self))
                    lanes.cyrillic &+= marks.cyrillic >> 7
                    lanes.latin &+= marks.latin >> 7
                }
                cyrillic += Int((lanes.cyrillic &* 0x0101_0101_0101_0101) >> 56)
                latin += Int((lanes.latin &* 0x0101_0101_0101_0101) >> 56)
                i += 64
                let left = count - i
                if cyrillic > latin + left { return true }
                if latin >= cyrillic + left { return false }
            }
            while i + 8 <= count {
                let marks = cyrillicAndLatin(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                cyrillic += ByteScalars.highBits(marks.cyrillic)
                latin += ByteScalars.highBits(marks.latin)
                i += 8
            }
        }
        while i < count {
            let byte = bytes[i]
            if byte >= 0xD0 && byte <= 0xD3 { cyrillic += 1 } else if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { latin += 1 }
            i += 1
        }
        return cyrillic > latin
    }

    /// The high bit of each byte of `word` that is 0xD0...0xD3, and of each that is an ASCII
    /// letter (only those bits set).
    @inline(__always)
    private static func cyrillicAndLatin(_ word: UInt64) -> (cyrillic: UInt64, latin: UInt64) {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, high: UInt64 = 0x8080_8080_8080_8080
        // 0xD0...0xD3: bytes where (byte & 0xFC) ^ 0xD0 is zero.
        let y = (word & 0xFCFC_FCFC_FCFC_FCFC) ^ 0xD0D0_D0D0_D0D0_D0D0
        let cyrillic = ~(((y & low7) &+ low7) | y) & high
        // Letters: high bit clear and (byte | 0x20) in 0x61...0x7A, on the low seven bits
        // without carries between bytes.
        let v = (word | 0x2020_2020_2020_2020) & low7
        let atLeast = v &+ 0x1F1F_1F1F_1F1F_1F1F // high bit set when v >= 0x61
        let atMost = 0xFAFA_FAFA_FAFA_FAFA &- v // high bit set when v <= 0x7A
        return (cyrillic, atLeast & atMost & ~word & high)
    }

    /// A full date on a header line that is mostly that date: "Posted: 26.09.2023 13:00:00",
    /// " date 2025-09-29 3.64 BYN", "9 November 2012", "Опубликовано 05.10.2023".
    static func headerDate(_ line: String) -> TimeValue? { headerDate(ProfileLine(line)) }

    /// `headerDate` of a line whose tokens may already be made.
    static func headerDate(_ profiled: ProfileLine) -> TimeValue? {
        let line = profiled.text
        // A day is written in digits (the rules with a day all start from a number token).
        guard hasDigit(line) else { return nil }
        // A single date with a day covers at most five words ("9th of November of 2012 года"):
        // with nine words or more and no label, more than three are left whatever the date.
        guard profiled.counts.words40 < 9 || LineShape.containsWord(line, in: dateLabelWords, limit: 40) else {
            return nil
        }
        let sentence = Sentence(document: "", text: line, offset: 0)
        // The line's scalars decoded on its bytes (ASCII runs at a time), not through the view.
        var finder = TimeExpressionFinder(reference: nil)
        guard let found = finder.find(in: sentence, scan: TokenScan(scalars: line.documentScalars)).first,
              found.value.end == nil, found.value.modifier == nil, found.value.day != nil else { return nil }
        let line40 = profiled.tokens
        let start = found.offset, end = found.offset + found.quote.unicodeScalars.count
        var otherWords = 0, labelled = false
        for k in line40.tokens.indices.prefix(40) where line40.tokens[k].kind == .word && (line40.tokens[k].end <= start || line40.tokens[k].start >= end) {
            otherWords += 1
            if line40.isWord(k, in: dateLabels) { labelled = true }
        }
        return labelled || otherWords <= 3 ? found.value : nil
    }

    /// The line has an ASCII digit (read on its contiguous bytes).
    static func hasDigit(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            // Eight bytes at a time (header lines are often whole paragraphs): a byte is a
            // digit when its high bit is clear and its low seven bits are 0x30...0x39.
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            var i = 0
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while i + 8 <= bytes.count {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let v = w & low7
                    let atLeast = v &+ 0x5050_5050_5050_5050 // high bit set when v >= 0x30
                    let atMost = 0xB9B9_B9B9_B9B9_B9B9 &- v // high bit set when v <= 0x39
                    if atLeast & atMost & ~w & 0x8080_8080_8080_8080 != 0 { return true }
                    i += 8
                }
            }
            while i < bytes.count { if bytes[i] >= 0x30 && bytes[i] <= 0x39 { return true }; i += 1 }
            return false
        }
    }

    /// A short header line naming an organisation: "Orsha District Executive Committee".
    static func isPublisherLine(_ line: String) -> Bool { isPublisherLine(ProfileLine(line)) }

    /// `isPublisherLine` of a line whose tokens may already be made.
    static func isPublisherLine(_ line: ProfileLine) -> Bool {
        // Counted first: the words are read only on a short line without numbers.
        guard (1...10).contains(line.counts.words20), line.counts.numbers20 == 0,
              let last = line.text.unicodeScalars.last, !ScalarClass.isTerminator(last) else { return false }
        // The words compared on the line's scalars: no tokens (and token texts) made for it.
        return LineShape.containsWord(line.text, in: organisationWords, limit: 20)
    }

    /// The publisher a header line names: "Официальный сайт Правительства Курской области" is
    /// "Правительство Курской области", "Official website of the Government of X" is
    /// "Government of X".
    static func publisherName(_ line: String) -> String {
        // Split on bytes when the line is plain, without breaking it into graphemes.
        let words = TableText.words(line)
        // Only the first four words are read in lower case.
        let lower = words.prefix(4).map { $0.lowercased() }
        var skip = 0
        if words.count > 3, ["official", "официальный"].contains(lower[0]),
           ["website", "site", "portal", "сайт", "портал", "интернет-портал"].contains(lower[1]) {
            skip = 2
            if lower[2] == "of" { skip = lower[3] == "the" ? 4 : 3 }
        }
        guard skip > 0, skip < words.count else { return line }
        var rest = Array(words[skip...])
        if let nominative = genitiveOrganisations[rest[0].lowercased()] {
            rest[0] = rest[0].first.map { String($0) + nominative.dropFirst() } ?? nominative
        }
        return rest.joined(separator: " ")
    }

    /// Genitive forms of organisation words after "Официальный сайт" and their nominative.
    static let genitiveOrganisations: [String: String] = [
        "правительства": "правительство", "администрации": "администрация", "министерства": "министерство",
        "губернатора": "губернатор", "комитета": "комитет", "агентства": "агентство", "департамента": "департамент",
        "управления": "управление", "облисполкома": "облисполком", "горисполкома": "горисполком", "райисполкома": "райисполком",
    ]

    /// The latest year written in the article, for a dateline without one. Dates with a month
    /// ("January-April 2024", "5 March 2024") are reported happenings and come first; a bare year
    /// or span is as often a plan ("supplies in 2025", "for 2025–2027").
    static func latestYear(in lines: [String]) -> Int? {
        var finder = TimeExpressionFinder(reference: nil)
        var latest: Int? = nil
        var latestWithMonth: Int? = nil
        for (index, line) in lines.prefix(200).enumerated() {
            for found in finder.find(in: Sentence(document: "", text: line, offset: 0, paragraph: index)) {
                let year = found.value.end?.year ?? found.value.year
                latest = max(latest ?? year, year)
                if found.value.month != nil { latestWithMonth = max(latestWithMonth ?? year, year) }
            }
        }
        return latestWithMonth ?? latest
    }

    static let dateLabels = ScanWordSet(dateLabelList)
    static let dateLabelWords = LineShape.Words(dateLabelList)
    private static let dateLabelList = [
        "posted", "published", "date", "updated", "dated", "опубликовано", "дата", "размещено", "обновлено", "публикации",
    ]


    /// Words that make a short header line an organisation's name (lower case).
    static let organisationWords = LineShape.Words(organisationWordList)

    private static let organisationWordList = [
        "portal", "committee", "agency", "ministry", "executive", "administration", "government", "newspaper",
        "gazette", "tv", "radio", "press", "office", "council", "university", "embassy", "chamber", "centre",
        "center", "department", "service", "journal", "herald", "telegraph", "mission", "representation",
        "комитет", "портал", "агентство", "администрация", "правительство", "исполком", "облисполком",
        "райисполком", "горисполком", "министерство", "газета", "пресс", "служба", "посольство", "палата",
        "вестник", "правда", "известия", "новости", "департамент", "управление", "совет", "университет",
        "иа", "риа", "информагентство", "представительство", "торгпредство", "правительства", "администрации",
        "министерства",
    ]
}
