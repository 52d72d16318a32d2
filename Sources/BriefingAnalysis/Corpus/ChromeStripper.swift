/// Removes page chrome (tickers, widget and menu lines, counters, clocks, navigation) from
/// normalised text, line by line, by general rules rather than per-site lists.
enum ChromeStripper {
    struct Result: Sendable {
        /// Article lines kept, blank lines collapsed to one.
        var text: String
        var droppedLines: Int
        /// Which bytes of the input make up `text`, to cut it again from the same input.
        var kept = KeptLines(runs: [])
    }

    /// The lines `strip` kept, as runs of consecutive lines (UTF-8 byte ranges of the
    /// normalised text): an article read again after linking is cut from its normalised
    /// text without running the profiler and the chrome rules a second time.
    struct KeptLines: Sendable {
        var runs: [Range<Int>]

        /// The stripped text: the runs of `normalized` joined by "\n". Appended as slices of a
        /// native string, so the bytes are copied without being validated again.
        func text(of normalized: String) -> String {
            let utf8 = normalized.utf8
            if runs.count == 1, runs[0] == 0..<utf8.count { return normalized }
            var text = String()
            text.reserveCapacity(runs.reduce(max(0, runs.count - 1)) { $0 + $1.count })
            for (k, run) in runs.enumerated() {
                if k > 0 { text.append("\n") }
                text.append(contentsOf: normalized[utf8.index(utf8.startIndex, offsetBy: run.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: run.upperBound)])
            }
            return text
        }
    }

    static func strip(_ text: String) -> Result {
        var keptIndices: [Int] = []
        var dropped = 0
        // Lines as byte ranges: a `Substring` is made only for a line a rule reads.
        let ranges = LineSplitter.ranges(text, omittingEmpty: false)
        let utf8 = text.utf8
        func line(_ index: Int) -> Substring {
            text[utf8.index(utf8.startIndex, offsetBy: ranges[index].lowerBound)..<utf8.index(utf8.startIndex, offsetBy: ranges[index].upperBound)]
        }
        // Each line's pre-tests once, read on its bytes, and none for a line too long to be
        // chrome (the sentence test makes its own).
        var whole = text
        let shapes = whole.withUTF8 { all in
            ranges.map { range -> ChromeShape? in
                guard range.count > 0, range.count <= 640 else { return nil }
                let bytes = UnsafeBufferPointer(rebasing: all[range])
                return ChromeShape.fits(bytes) ? ChromeShape(bytes) : nil
            }
        }
        // Column menus: three or more one- or two-word lines in a row ("Politics", "Economics", …).
        var inMenuRun = [Bool](repeating: false, count: ranges.count)
        var runStart = 0
        for index in 0...ranges.count {
            if index < ranges.count, shapes[index]?.isMenuItem == true { continue }
            if index - runStart >= 3 { for k in runStart..<index { inMenuRun[k] = true } }
            runStart = index + 1
        }
        // After "Most read" / "Читайте также": other articles' headlines up to the next sentence.
        var inRelatedBlock = false
        // One line's tokens at a time, read into the same arrays (no three arrays per line).
        var scratch = LineTokens()
        whole.withUTF8 { all in
            for index in ranges.indices {
                let count = ranges[index].count
                if count == 0 {
                    if let last = keptIndices.last, !ranges[last].isEmpty { keptIndices.append(index) }
                    continue
                }
                // The line's tokens only where a rule below may need their words.
                var hasTokens = false
                if let shape = shapes[index], (count <= 80 && shape.mayBeRelatedHeader) || shape.mayBeChrome {
                    scratch.read(UnsafeBufferPointer(rebasing: all[ranges[index]]))
                    hasTokens = true
                }
                if inRelatedBlock, isSentenceLine(line(index), tokens: hasTokens ? scratch : nil) { inRelatedBlock = false }
                // The line over a wire dateline ("MINSK, 9 December (BelTA) - …") is the article's title.
                if inRelatedBlock, let next = ranges[(index + 1)...].firstIndex(where: { !$0.isEmpty }), Dateline.parse(String(line(next))) != nil {
                    inRelatedBlock = false
                }
                if isRelatedHeaderLine(byteCount: count, tokens: hasTokens ? scratch : nil) { inRelatedBlock = true; dropped += 1; continue }
                if inRelatedBlock || inMenuRun[index] || (hasTokens && isChrome(scratch)) { dropped += 1 } else { keptIndices.append(index) }
            }
        }
        while let last = keptIndices.last, ranges[last].isEmpty { keptIndices.removeLast() }
        // Lines kept one after another are one byte range of the text (with their "\n"s).
        var runs: [Range<Int>] = []
        for (k, index) in keptIndices.enumerated() {
            if k > 0, keptIndices[k - 1] == index - 1 { runs[runs.count - 1] = runs[runs.count - 1].lowerBound..<ranges[index].upperBound }
            else { runs.append(ranges[index]) }
        }
        let kept = KeptLines(runs: runs)
        // Every line kept, in order: the text is already their join.
        return Result(text: keptIndices.count == ranges.count ? text : kept.text(of: text), droppedLines: dropped, kept: kept)
    }

    /// True when a line is chrome. Long lines and lines that read as sentences never are.
    static func isChrome(_ line: Substring) -> Bool {
        // Over 640 bytes is over 160 scalars: no need to copy a long paragraph to know it.
        if line.utf8.count > 640 { return false }
        return isChrome(LineTokens(line))
    }

    /// Words of the copyright and cookie rules, and of bare addresses: the rules' own lists
    /// (`ChromeShape.mayBeChrome`'s pre-test).
    static let furnitureWords = LineShape.Words(copyrightEndList + cookieWordList)
    static let addressWords = LineShape.Words(urlStartList)

    /// `isChrome` of a line of at most 640 bytes from its tokens.
    static func isChrome(_ line: LineTokens) -> Bool {
        let scalars = line.scalars
        if scalars.count > 160 { return false }
        let tokens = line.tokens
        var words = 0, numbers = 0
        for token in tokens { if token.kind == .word { words += 1 } else if token.kind == .number { numbers += 1 } }
        if words == 0 && numbers == 0 { return true } // only symbols: rules, arrows, bullets
        if isFurniture(line, words: words, numbers: numbers) { return true }
        if let last = tokens.last, last.kind == .punct, ScalarClass.isTerminator(scalars[last.start]), words >= 4 {
            return false
        }
        if numbers > 0 && isTicker(line) { return true } // a ticker needs a number
        if isClock(line) { return true }
        if words > 8 { return false }
        let allWidget = words > 0 && !line.anyWord { !line.isWord($0, in: ChromeVocabulary.widgetWords) }
        let meaningful = line.anyWord { !line.isWord($0, in: ChromeVocabulary.functionWords) }
        if allWidget && meaningful {
            if numbers == 0 { return true }
            return line.anyWord { line.isWord($0, in: ChromeVocabulary.counterWords) }
        }
        if let first = tokens.first, first.kind == .punct, ChromeVocabulary.arrows.contains(ChromeVocabulary.mark(line.first(0))),
           words <= 4, numbers == 0 {
            return true
        }
        return false
    }

    /// "Most read", "Читайте также:": the header of a block of related headlines.
    static func isRelatedHeaderLine(byteCount: Int, tokens line8: LineTokens?) -> Bool {
        guard byteCount <= 80, let line8 else { return false }
        let first8 = line8.tokens.indices.prefix(8)
        var words = 0
        for k in first8 {
            if line8.tokens[k].kind == .word { words += 1 } else if !line8.hasText(k, ":") { return false }
        }
        guard (1...3).contains(words) else { return false }
        // `isRelatedHeader` of the words' texts, probed on their lower-cased bytes joined by
        // spaces (lower case of at most 80 bytes: under 256) without a `String` per word.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { joined in
            var count = 0, hash = ByteHash.seed
            for k in first8 where line8.tokens[k].kind == .word {
                if count > 0 { joined[count] = 0x20; hash = ByteHash.add(hash, 0x20); count += 1 }
                for byte in line8.bytes[line8.tokens[k].textRange] { joined[count] = byte; hash = ByteHash.add(hash, byte); count += 1 }
            }
            return ChromeVocabulary.relatedHeaders.index(hash: hash, in: joined, start: 0, count: count) != nil
        }
    }

    /// `3.64 BYN`, `USD 3.24 ↑`, ` date 2025-09-29 3.64 BYN`: numbers with currency codes or
    /// arrows and nothing else but widget words.
    private static func isTicker(_ line: LineTokens) -> Bool {
        var marker = false, number = false
        for (k, token) in line.tokens.enumerated() {
            switch token.kind {
            case .number: number = true
            case .word:
                if line.isWord(k, in: ChromeVocabulary.currencyCodes) && token.isAllCaps { marker = true }
                else if !line.isWord(k, in: ChromeVocabulary.widgetWords) || line.isWord(k, in: ChromeVocabulary.functionWords) { return false }
            case .punct:
                let mark = ChromeVocabulary.mark(line.first(k))
                guard ChromeVocabulary.tickerMarks.contains(mark) else { return false }
                if tickerMarkers.contains(line.first(k)) { marker = true }
            }
        }
        return marker && number
    }

    /// Ticker marks that make a line with a number a ticker by themselves.
    private static let tickerMarkers = Set("↑↓▲▼△▽⬆⬇$€₽£¥".unicodeScalars)

    /// `13:45`, `12:30 +5 °C`: clock times and temperatures with only widget words.
    private static func isClock(_ line: LineTokens) -> Bool {
        let tokens = line.tokens
        var clock = false
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .number: continue
            case .word:
                if line.hasText(index, "c") || line.isWord(index, in: ChromeVocabulary.widgetWords) { continue }
                return false
            case .punct:
                // A punctuation token is one scalar: its text compared as that scalar.
                let mark = line.first(index)
                if mark == ":" || mark == "°" {
                    if index + 1 < tokens.count, tokens[index + 1].kind == .number, !tokens[index + 1].spaceBefore { clock = true }
                    if mark == "°" { clock = true }
                    continue
                }
                if mark == "+" || mark == "-" || mark == "–" || mark == "|" || mark == "," { continue }
                return false
            }
        }
        return clock
    }
}

extension LineTokens {
    /// Some word token `k` satisfies `test`.
    @inline(__always)
    func anyWord(_ test: (Int) -> Bool) -> Bool {
        for k in tokens.indices where tokens[k].kind == .word && test(k) { return true }
        return false
    }
}
