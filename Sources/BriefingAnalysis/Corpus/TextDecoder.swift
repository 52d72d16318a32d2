import Foundation

/// Turns the bytes of an article into normalised text: UTF-8 (with or without BOM),
/// UTF-16 with a BOM, or Russian in Windows-1251 / KOI8-R, then `TextNormalizer`.
enum TextDecoder {
    /// Decodes and normalises `data`; errors name `path`.
    static func decode(_ data: Data, path: String) throws -> String {
        // Plain UTF-8 without a byte-order mark, the usual article, is validated while it is
        // normalised; anything else (or any doubt) takes the general path.
        if let first = data.first, first != 0xEF, first != 0xFF, first != 0xFE,
           let text = data.withUnsafeBytes({ TextNormalizer.normalize(utf8: $0.assumingMemoryBound(to: UInt8.self)) }) {
            return text
        }
        let raw = try decodeRaw(data, path: path)
        return TextNormalizer.normalize(raw)
    }

    /// Decodes without normalising; also tells which encoding was chosen.
    static func decodeRaw(_ data: Data, path: String) throws -> String {
        try decodeWithEncoding(data, path: path).text
    }

    static func decodeWithEncoding(_ data: Data, path: String) throws -> (text: String, encoding: String) {
        if data.isEmpty {
            throw AnalysisError(path: path, reason: "empty file", hint: "remove it or add the article text")
        }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw AnalysisError(path: path, reason: "invalid UTF-8 after a UTF-8 byte-order mark",
                                    hint: "re-save the file as UTF-8")
            }
            return (text, "UTF-8")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            if let text = String(data: Data(bytes.dropFirst(2)), encoding: little ? .utf16LittleEndian : .utf16BigEndian) {
                return (text, "UTF-16")
            }
            throw AnalysisError(path: path, reason: "invalid UTF-16 text", hint: "re-save the file as UTF-8")
        }
        if bytes.contains(0) {
            throw AnalysisError(path: path, reason: "binary file (contains NUL bytes), not an article",
                                hint: "only plain-text .txt articles belong in the seeds folder")
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, "UTF-8") }
        // Both code pages decode almost any byte string, so pick by how Russian the result looks.
        let scored = CyrillicCodePage.allCases.map { (page: $0, score: russianScore(bytes, page: $0)) }
        if let best = scored.max(by: { $0.score < $1.score }), best.score >= 0.5 {
            return (best.page.decode(bytes), best.page.rawValue)
        }
        throw AnalysisError(path: path, reason: "not valid UTF-8 and not Russian Windows-1251 or KOI8-R text",
                            hint: "re-save the file as UTF-8")
    }

    // MARK: - Choosing a code page

    /// 0...1: how much the upper-half bytes read as Russian under `page`: the share of them
    /// that are Cyrillic letters, the share of letter pairs that are common Russian bigrams,
    /// and the share of lower case (KOI8-R read as CP1251 comes out mostly in capitals).
    static func russianScore(_ bytes: [UInt8], page: CyrillicCodePage) -> Double {
        var high = 0, cyrillic = 0, lower = 0, pairs = 0, common = 0
        var previous: UInt32? = nil
        for byte in bytes {
            guard byte >= 0x80 else { previous = nil; continue }
            high += 1
            let scalar = ScalarClass.lower(page.scalar(byte)).value
            guard scalar >= 0x430 && scalar <= 0x44F else { previous = nil; continue }
            cyrillic += 1
            if page.scalar(byte).value >= 0x430 { lower += 1 }
            if let previous {
                pairs += 1
                if commonBigrams[Int((previous - 0x430) * 32 + (scalar - 0x430))] { common += 1 }
            }
            previous = scalar
        }
        guard high > 0, cyrillic > 0 else { return 0 }
        let letterShare = Double(cyrillic) / Double(high)
        let bigramShare = pairs > 0 ? Double(common) / Double(pairs) : 0
        let lowerShare = Double(lower) / Double(cyrillic)
        return letterShare * (0.6 * min(1, bigramShare * 2) + 0.4 * lowerShare)
    }

    /// The most frequent Russian letter pairs, as a 32×32 table over а…я.
    private static let commonBigrams: [Bool] = {
        var table = [Bool](repeating: false, count: 1024)
        let list = "ст но то на ен ов ни ра во ко ал ог пр по ре ер ро ан ос не ли ка ет от ва ль ор ел ла ит ес ом ин ол де ат ой ый ая го ти ск та ле ди ны ия ем ть ед ве он ме ки ак ив ил ат ри ль ич ие им ия ое ся ас ют зн об"
        for pair in list.split(separator: " ") {
            let s = Array(pair.unicodeScalars)
            table[Int((s[0].value - 0x430) * 32 + (s[1].value - 0x430))] = true
        }
        return table
    }()
}
