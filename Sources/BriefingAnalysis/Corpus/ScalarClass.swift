/// Fast character classes for the scanners, without grapheme breaking or Foundation.
enum ScalarClass {
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func isCyrillic(_ s: Unicode.Scalar) -> Bool { s.value >= 0x400 && s.value <= 0x4FF }

    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isLatin(s) }
        if isCyrillic(s) { return true }
        // Punctuation and symbols common in news, without a Unicode property lookup.
        if (0x2000...0x2BFF).contains(s.value) || s.value == 0xAB || s.value == 0xBB || s.value == 0xB0 { return false }
        return s.properties.isAlphabetic && !isMark(s)
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x300 && s.value <= 0x36F) || (s.value >= 0x483 && s.value <= 0x489)
    }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
        if s.value >= 0x410 && s.value <= 0x42F { return true }
        if s.value >= 0x400 && s.value <= 0x40F { return true }
        if s.value >= 0x430 && s.value <= 0x45F { return false }
        return s.properties.isUppercase
    }

    /// Lower case for Latin and Cyrillic; `ё` folds to `е` so lexicons need one spelling.
    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        switch v {
        case 0x41...0x5A, 0x410...0x42F: return Unicode.Scalar(v + 0x20)!
        case 0x401, 0x451: return "е"
        case 0x400...0x40F: return Unicode.Scalar(v + 0x50)!
        case 0...0x7F, 0x430...0x45F: return s
        default:
            let lowered = s.properties.lowercaseMapping.unicodeScalars
            return lowered.count == 1 ? lowered.first! : s
        }
    }

    /// Ends a sentence.
    static func isTerminator(_ s: Unicode.Scalar) -> Bool { s == "." || s == "!" || s == "?" || s == "…" }

    /// Closing quote or bracket that may follow a terminator.
    static func isCloser(_ s: Unicode.Scalar) -> Bool { s == "\"" || s == "»" || s == "'" || s == ")" || s == "]" }
}
