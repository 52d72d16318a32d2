/// A short descriptive title for an event from the words around its trigger:
/// "IX meeting of the joint commission", "international exhibition "AGROEXPO" Pskov".
enum EventTitle {
    /// Longest title, in tokens.
    static let maximumTokens = 14

    static func range(_ scan: TokenScan, trigger: Int, kind: EventKind) -> ClosedRange<Int> {
        var start = trigger
        while start > 0, trigger - start < 3, let w = scan.token(start - 1), w.kind == .word, EventLexicon.isTitleModifier(scan, start - 1) {
            start -= 1
        }
        var end = trigger
        var k = trigger + 1
        // A quoted name: exhibition "AGROEXPO" Pskov, выставку "АГРОЭКСПО. Псков"
        if scan.isPunct(k, "\"«") {
            var close = k + 1
            while close < scan.tokens.count, close - k < 8, !scan.isPunct(close, "\"»") { close += 1 }
            if close < scan.tokens.count, scan.isPunct(close, "\"»") {
                end = close
                if let next = scan.token(close + 1), next.kind == .word, next.isCapitalized { end = close + 1 }
                return start...end
            }
        }
        // "of the working group", "between the government of … and …", "по сотрудничеству"
        let joiners = kind == .agreement ? agreementJoiners : Self.joiners
        if let w = scan.token(k), w.kind == .word, scan.isText(k, in: joiners) {
            k += 1
            while let w = scan.token(k), w.kind == .word, k - start < maximumTokens {
                if scan.isText(k, in: stops) || (kind != .agreement && (scan.isText(k, "between") || scan.isText(k, "and"))) { break }
                end = k; k += 1
            }
            while end > trigger, scan.token(end) != nil, scan.isText(end, in: trailing) { end -= 1 }
        } else if scan.tokens[trigger].isCyrillic {
            // Russian genitive: "заседание рабочей группы"
            while let w = scan.token(k), w.kind == .word, w.isCyrillic, k - trigger <= 2,
                  ["ой", "ей", "ы", "и", "ого", "его", "ов", "ства"].contains(where: { scan.hasSuffix(k, $0) }), scan.characterCount(k) > 2 {
                end = k; k += 1
            }
        }
        return start...end
    }

    private static let agreementJoiners: ScanWordSet = ["of", "on", "between", "about", "о", "об", "между", "по"]
    private static let joiners: ScanWordSet = ["of", "on", "по"]
    private static let stops: ScanWordSet = ["in", "at", "with", "where", "which", "that", "who", "и", "в", "с", "где", "который", "которое"]
    /// Words a title does not end on.
    private static let trailing: ScanWordSet = ["the", "of", "and", "a", "between", "on"]

    /// The text of the tokens with its first scalar upper-cased, encoded once from the scan's
    /// scalars (appending to a `String`'s scalar view re-checked it scalar by scalar).
    static func text(_ scan: TokenScan, range: ClosedRange<Int>) -> String {
        let start = scan.tokens[range.lowerBound].start, end = scan.tokens[range.upperBound].end
        guard start < end else { return "" }
        let first = scan.scalars[start]
        // Basic Latin and Cyrillic upper-case by one offset; other scalars ask the Unicode tables.
        let v = first.value
        var scalars: [Unicode.Scalar] = []
        switch v {
        case 0x61...0x7A, 0x430...0x44F: scalars.reserveCapacity(end - start); scalars.append(Unicode.Scalar(v - 0x20)!)
        case 0x450...0x45F: scalars.reserveCapacity(end - start); scalars.append(Unicode.Scalar(v - 0x50)!)
        // ASCII, Latin-1 marks and general punctuation (quotes, dashes) have no upper case; "µ" has.
        case 0...0x7F, 0x80...0xB4, 0xB6...0xBF, 0x2000...0x206F: return String(scalars: scan.scalars[start..<end])
        default: scalars = Array(first.properties.uppercaseMapping.unicodeScalars)
        }
        scalars += scan.scalars[(start + 1)..<end]
        return String(scalars: scalars)
    }
}
