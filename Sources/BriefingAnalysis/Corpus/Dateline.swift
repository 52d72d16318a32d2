/// The wire-service opening of an article: `GOMEL, 14 March (BelTA) -` or
/// `ГОМЕЛЬ, 14 марта (БЕЛТА) -`: place, date without year, and agency.
struct Dateline {
    var place: String
    /// The date; `year` is 1 when the dateline does not write it.
    var date: TimeValue
    var agency: String?

    /// Reads a dateline at the start of `line`, if there is one.
    static func parse(_ line: String) -> Dateline? {
        guard mayBeDateline(line) else { return nil }
        let scan = TokenScan(scalars: line.scalarArray(limit: 200), limit: 30)
        let tokens = scan.tokens
        // Place: one to three capitalised words, then a comma.
        var k = 0
        while k < tokens.count, k < 3, tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
        guard k > 0, scan.isPunct(k, ","), k + 1 < tokens.count else { return nil }
        let place = scan.text(tokens: 0, k - 1)
        k += 1
        // Date: "9 November" / "November 9" / "9 ноября", found by the date rules with a dummy year.
        var finder = TimeExpressionFinder(reference: TimeValue(year: 1))
        let rest = scan.text(tokens[k].start, scan.scalars.count)
        // The rules read the scan's own scalars (`rest`'s), copied rather than decoded again.
        let restScalars = scan.scalars.withUnsafeBufferPointer { Array($0[tokens[k].start...]) }
        let found = finder.find(in: Sentence(document: "", text: rest, offset: 0), scan: TokenScan(scalars: restScalars)).first
        guard let found, found.offset == 0 else { return nil }
        // Agency: "(BelTA)" right after the date, then a dash.
        var agency: String? = nil
        // `rest` is made of the scan's scalars from token `k` on: what follows the date is read
        // in them from where the date ends (not copied out).
        let after = scan.scalars, end = after.count
        var i = min(end, tokens[k].start + found.quote.unicodeScalars.count)
        while i < end, after[i] == " " { i += 1 }
        if i < end, after[i] == "(", let close = after[i...].firstIndex(of: ")"), close - i <= 30 {
            agency = String(scalars: after[(i + 1)..<close])
            i = close + 1
            while i < end, after[i] == " " { i += 1 }
        }
        // "KAZAN, 22 October 2024. Shipments …": a full date closed by a full stop is a dateline too.
        // "КАЗАНЬ, 22 октября 2024 г. Поставки …": the year word's full stop closes it.
        let fullStop = found.value.year > 1 && found.value.day != nil
            && (found.quote.unicodeScalars.last == "." || i < end && after[i] == "." && (i + 1 == end || after[i + 1] == " "))
        guard agency != nil || fullStop || (i < end && "-–—".unicodeScalars.contains(after[i])) else { return nil }
        return Dateline(place: place, date: found.value, agency: agency)
    }

    /// Whether a date found right after the place can start at a word (numbers always can):
    /// every date rule opens on a number or a word the date lexicon starts with, on a quarter
    /// code ("Q3 2024"), or one word before its match ("from 8 to 11 July", "the end of 2024").
    static func mayOpenDate(_ word: String) -> Bool {
        DateLexicon.canStartDate(word) || DateLexicon.spanOpeners.index(of: word) != nil || word.bytesEqual("the")
            || (word.utf8.count <= 2 && (word.hasBytePrefix("q") || word.hasBytePrefix("h")))
    }

    /// False when `line` cannot open with one to three capitalised words, a comma and a token
    /// a date can start at, the tests `parse` makes before its date rules, decided on the first
    /// scalars without the tokenizer: most lines of an article fail here.
    static func mayBeDateline(_ line: String) -> Bool {
        var line = line
        return line.withUTF8(mayBeDateline)
    }

    /// `mayBeDateline` on the line's UTF-8 bytes (valid UTF-8: a `String`'s). ASCII scalars are
    /// read and classed without decoding or the general scalar classes (most lines fail on
    /// their first few scalars, and the calls were most of the test's cost).
    private static func mayBeDateline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = Cursor(bytes: bytes)
        var s = cursor.next()
        var words = 0
        while true {
            while let c = s, Cursor.isSpace(c) { s = cursor.next() }
            guard let c = s else { return false }
            if c == "," { break }
            guard words < 3, Cursor.isLetter(c), ScalarClass.isUpper(c) else { return false }
            words += 1
            s = cursor.next()
            while let c = s, Cursor.continuesWord(c) { s = cursor.next() }
        }
        guard words > 0 else { return false }
        // The token after the comma, as the tokenizer reads it: a number, or a word (lower case).
        s = cursor.next()
        while let c = s, Cursor.isSpace(c) { s = cursor.next() }
        guard let first = s else { return false }
        if ScalarClass.isDigit(first) { return true }
        guard Cursor.isLetter(first) else { return false }
        var word = [ScalarClass.lower(first)]
        word.reserveCapacity(24)
        s = cursor.next()
        while let c = s, Cursor.continuesWord(c) { word.append(ScalarClass.lower(c)); s = cursor.next() }
        return mayOpenDate(String(scalars: word))
    }

    /// The first 200 scalars of a line (the window `parse` tokenizes), ASCII without decoding.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var p = 0, read = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        @inline(__always)
        mutating func next() -> Unicode.Scalar? {
            guard read < 200, p < bytes.count else { return nil }
            read += 1
            let b = bytes[p]
            if b < 0x80 { p += 1; return Unicode.Scalar(b) }
            let (scalar, width) = ByteScalars.scalar(bytes, at: p)
            p += width
            return scalar
        }

        /// `ScalarClass.isSpace`, ASCII inline.
        @inline(__always)
        static func isSpace(_ c: Unicode.Scalar) -> Bool {
            c.value < 0x80 ? c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D) : ScalarClass.isSpace(c)
        }

        /// `ScalarClass.isLetter`, ASCII inline.
        @inline(__always)
        static func isLetter(_ c: Unicode.Scalar) -> Bool {
            c.value < 0x80 ? (c.value | 0x20) &- 0x61 < 26 : ScalarClass.isLetter(c)
        }

        /// A letter or a combining mark (ASCII has no marks).
        @inline(__always)
        static func continuesWord(_ c: Unicode.Scalar) -> Bool {
            c.value < 0x80 ? (c.value | 0x20) &- 0x61 < 26 : ScalarClass.isLetter(c) || ScalarClass.isMark(c)
        }
    }
}
