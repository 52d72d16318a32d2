import Foundation

/// Gold annotations of one development-corpus article (`DevCorpus/gold/NNN_slug.json`): the
/// fields of the `briefing facts` JSON that are scored, with quotes instead of mention lists.
struct DevGold: Decodable {
    struct Document: Decodable {
        var id: String
        var language: String
        var title: String
        var date: String?
        var publisher: String?
        var translationOf: String?
    }

    /// One fact of one document; `quotes` are the exact words of each mention in that document.
    struct Fact: Decodable {
        var kind: String
        var value: Double?
        var low: Double?
        var high: Double?
        var qualifier: String
        var unit: String?
        var per: String?
        var change: String?
        var period: String?
        var indicator: String?
        var quotes: [String]
    }

    /// One dated event; `quote` is a phrase of the sentence that tells of it.
    struct Event: Decodable {
        var date: String
        var precision: String
        var modifier: String?
        var kind: String
        var planned: Bool
        var place: String?
        var quote: String
    }

    var document: Document
    var facts: [Fact]
    var events: [Event]
    /// Main areas of cooperation (topic keys).
    var topics: [String]

    /// Every gold file of a folder, by document id.
    static func load(folder: URL) throws -> [String: DevGold] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        var gold: [String: DevGold] = [:]
        for name in names {
            let file = try JSONDecoder().decode(DevGold.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
            gold[file.document.id] = file
        }
        return gold
    }
}

/// Text located loosely: dashes, quotes and spaces folded, one character for one, so offsets
/// found in the folded text are offsets of the original.
struct DevText {
    let chars: [Character]

    init(_ text: String) { chars = text.map(DevText.fold) }

    static func fold(_ c: Character) -> Character {
        switch c {
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": return "-"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\u{2033}": return "\""
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{2032}": return "'"
        case "\u{00A0}", "\u{202F}", "\u{2009}", "\u{2007}", "\t": return " "
        default: return Character(c.lowercased().count == 1 ? c.lowercased() : String(c))
        }
    }

    /// Every occurrence of `needle` (folded) at or after `from` and ending by `to`.
    func ranges(of needle: String, from: Int = 0, to: Int? = nil) -> [Range<Int>] {
        let n = needle.map(DevText.fold)
        let end = to ?? chars.count
        guard !n.isEmpty, end - from >= n.count else { return [] }
        var found: [Range<Int>] = []
        var i = from
        while i + n.count <= end {
            if chars[i] == n[0], Array(chars[i..<i + n.count]) == n { found.append(i..<i + n.count) }
            i += 1
        }
        return found
    }

    /// Where a mention is: its quote inside its sentence when the sentence is found, else every
    /// occurrence of the quote. `wholeSentence` gives the sentence's own span instead.
    func locate(quote: String, sentence: String, wholeSentence: Bool = false) -> [Range<Int>] {
        if let s = ranges(of: sentence).first {
            if wholeSentence { return [s] }
            let inside = ranges(of: quote, from: s.lowerBound, to: s.upperBound)
            if !inside.isEmpty { return inside }
        }
        return ranges(of: quote)
    }
}
