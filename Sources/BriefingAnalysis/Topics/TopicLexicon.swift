import Foundation

/// The bilingual lexicon of areas of cooperation, read from `Resources/topics.tsv`.
/// `@unchecked Sendable`: its tables are read-only memory owned by `storage`.
struct TopicLexicon: @unchecked Sendable {
    struct Entry: Hashable, Sendable {
        var area: String
        var language: Language
        /// Word stems in order; a stem ending in `$` must be the whole word.
        var stems: [String]
        var weight: Double
    }

    /// A line of the file that could not be read, with its 1-based number.
    struct Problem: Hashable, Sendable, CustomStringConvertible {
        var line: Int
        var reason: String
        var description: String { "topics.tsv:\(line): \(reason)" }
    }

    let entries: [Entry]
    let problems: [Problem]
    /// The areas, and each entry's area as an index into them.
    let areas: [String]
    let areaOf: [Int]
    /// The areas' indices in the order of their names (`<`), the order `DocumentTopics` keeps.
    let areasByName: [Int]
    /// Each entry's weight.
    let weights: [Double]
    /// Each entry's first three characters of its first stem (`$` dropped): the key of the
    /// first-letters lookup of `slowLongest`.
    private let keys: [String]
    /// The matching tables, read through pointers (no array loads or bounds checks on the hot
    /// path; the sizes are checked once when built). `storage` owns their memory.
    ///
    /// Every stem's UTF-8 bytes without its `$`, one after another: stem `k` is
    /// `stemData[stemStart[k] ..< stemStart[k + 1]]`, whole-word when `stemWhole[k]`. Entry `c`'s
    /// stems are `firstStem[c] ..< firstStem[c + 1]`; `isRussian[c]` its language.
    private let stemData: UnsafePointer<UInt8>
    private let stemStart: UnsafePointer<Int32>
    private let stemWhole: UnsafePointer<Bool>
    private let firstStem: UnsafePointer<Int32>
    private let isRussian: UnsafePointer<Bool>
    /// Candidate entries, in runs each sorted by rank (the order the first-letters index found
    /// entries in: key length, then position).
    private let candidates: UnsafePointer<Int32>
    /// Runs of `candidates` by the first four bytes of a word, in an open-addressing table of
    /// `headMask + 1` slots: `headKeys[slot]` (0 when empty), the run `headStart[slot] ..< headEnd[slot]`:
    /// the entries whose first stem starts with those bytes or is shorter and starts with the first byte.
    private let headKeys: UnsafePointer<UInt32>
    private let headStart: UnsafePointer<Int32>
    private let headEnd: UnsafePointer<Int32>
    private let headMask: Int
    /// Runs of `candidates` by a word's first byte (256 each): entries whose first stem is shorter than four bytes.
    private let shortStart: UnsafePointer<Int32>
    private let shortEnd: UnsafePointer<Int32>
    private let storage: Storage
    /// The first three bytes of every first stem: a word whose first three bytes start none
    /// starts no phrase, whichever way it is looked up.
    private let leads: ScanLeadFilter
    /// Bits of the first four bytes of the first stems of four bytes or more, and of the first
    /// three of the shorter ones (`Self.bit`): what the byte lookup of `longest` can find, so a
    /// word none of whose keys is set has no candidate. Sharper than `leads` (a Cyrillic letter
    /// is two bytes): it lets through half as many words.
    private let headBits: UnsafePointer<UInt64>
    private let shortBits: UnsafePointer<UInt64>
    /// Some first stem is shorter than three bytes: `leads` decides then, as it always did.
    private let hasTinyStem: Bool

    /// Owns the memory of the tables.
    private final class Storage: @unchecked Sendable {
        private var blocks: [UnsafeMutableRawPointer] = []

        func copy<T>(_ array: [T]) -> UnsafePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, array.count))
            p.initialize(from: array, count: array.count)
            blocks.append(UnsafeMutableRawPointer(p))
            return UnsafePointer(p)
        }

        deinit { for block in blocks { block.deallocate() } }
    }

    static let bundled: TopicLexicon = {
        guard let url = Bundle.module.url(forResource: "topics", withExtension: "tsv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            return TopicLexicon(text: "")
        }
        return TopicLexicon(text: text)
    }()

    init(text: String) {
        var text = text
        self = text.withUTF8 { TopicLexicon(utf8: $0) }
    }

    /// Parses the file on its bytes (`TableText`), as `split` and `trimmingCharacters` on its
    /// characters did.
    private init(utf8 b: UnsafeBufferPointer<UInt8>) {
        var entries: [Entry] = []
        var problems: [Problem] = []
        var plain: [Bool] = []
        for (number, raw) in TableText.pieces(b, 0..<b.count, at: 0x0A).enumerated() {
            let line = TableText.trimmed(b, raw)
            if line.isEmpty || TableText.startsWithHash(b, line) { continue }
            let columns = TableText.pieces(b, line, at: 0x09).map { TableText.trimmed(b, $0) }
            guard columns.count == 4 else { problems.append(Problem(line: number + 1, reason: "expected 4 tab-separated columns")); continue }
            let code = TableText.string(b, columns[1])
            guard let language = Language(rawValue: code) else {
                problems.append(Problem(line: number + 1, reason: "unknown language \(code)")); continue
            }
            guard let weight = Double(TableText.string(b, columns[3])), (0...1).contains(weight) else {
                problems.append(Problem(line: number + 1, reason: "weight must be a number in 0...1")); continue
            }
            let isPlain = TableText.isPlain(b, columns[2])
            let stems = isPlain ? Self.plainStems(b, columns[2])
                : TableText.string(b, columns[2]).lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            guard !columns[0].isEmpty, !stems.isEmpty else { problems.append(Problem(line: number + 1, reason: "empty area or stem")); continue }
            entries.append(Entry(area: TableText.string(b, columns[0]), language: language, stems: stems, weight: weight))
            plain.append(isPlain)
        }
        let n = entries.count
        var areas: [String] = [], areaOf: [Int] = [], keys: [String] = [], rank: [Int] = []
        var stemData: [UInt8] = [], stemStart: [Int32] = [], stemWhole: [Bool] = [], firstStem: [Int32] = []
        areaOf.reserveCapacity(n); keys.reserveCapacity(n); rank.reserveCapacity(n); firstStem.reserveCapacity(n + 1)
        stemStart.reserveCapacity(2 * n); stemWhole.reserveCapacity(2 * n); stemData.reserveCapacity(16 * n)
        for (i, entry) in entries.enumerated() {
            if let area = areas.firstIndex(of: entry.area) { areaOf.append(area) } else { areaOf.append(areas.count); areas.append(entry.area) }
            firstStem.append(Int32(stemStart.count))
            for stem in entry.stems {
                stemStart.append(Int32(stemData.count))
                stemData += stem.utf8
                let whole = stem.utf8.last == UInt8(ascii: "$")
                if whole { stemData.removeLast() }
                stemWhole.append(whole)
            }
            if plain[i] {
                let (key, scalars) = Self.plainKey(entry.stems[0])
                keys.append(key)
                rank.append(scalars * n + i)
            } else {
                let key = Self.key(entry.stems[0])
                keys.append(key)
                rank.append(key.count * n + i)
            }
        }
        stemStart.append(Int32(stemData.count))
        firstStem.append(Int32(stemStart.count - 1))
        // Candidate runs, each in rank order: four-byte heads with the short stems of their
        // first byte merged in, and the short stems by first byte.
        let byRank = (0..<n).sorted { rank[$0] < rank[$1] }
        var heads: [(key: UInt32, entry: Int)] = []
        var shortByByte = [[Int]](repeating: [], count: 256)
        for c in byRank {
            let a = Int(stemStart[Int(firstStem[c])]), count = Int(stemStart[Int(firstStem[c]) + 1]) - a
            if count >= 4 {
                heads.append((UInt32(stemData[a]) << 24 | UInt32(stemData[a + 1]) << 16 | UInt32(stemData[a + 2]) << 8 | UInt32(stemData[a + 3]), c))
            } else if count > 0 {
                shortByByte[Int(stemData[a])].append(c)
            }
        }
        heads.sort { $0.key != $1.key ? $0.key < $1.key : rank[$0.entry] < rank[$1.entry] }
        var candidates: [Int32] = []
        candidates.reserveCapacity(2 * n)
        var shortStart = [Int32](repeating: 0, count: 256), shortEnd = [Int32](repeating: 0, count: 256)
        for byte in 0..<256 where !shortByByte[byte].isEmpty {
            shortStart[byte] = Int32(candidates.count)
            candidates += shortByByte[byte].map { Int32($0) }
            shortEnd[byte] = Int32(candidates.count)
        }
        var distinct = 0
        for k in heads.indices where k == 0 || heads[k].key != heads[k - 1].key { distinct += 1 }
        var size = 16
        while size < 2 * distinct + 8 { size <<= 1 }
        var headKeys = [UInt32](repeating: 0, count: size), headStart = [Int32](repeating: 0, count: size)
        var headEnd = [Int32](repeating: 0, count: size)
        var k = 0
        while k < heads.count {
            let key = heads[k].key
            var run: [Int] = []
            while k < heads.count, heads[k].key == key { run.append(heads[k].entry); k += 1 }
            run += shortByByte[Int(key >> 24)]
            run.sort { rank[$0] < rank[$1] }
            var slot = Self.slot(key, size - 1)
            while headKeys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            headKeys[slot] = key
            headStart[slot] = Int32(candidates.count)
            candidates += run.map { Int32($0) }
            headEnd[slot] = Int32(candidates.count)
        }
        self.entries = entries
        self.problems = problems
        self.areas = areas
        self.areaOf = areaOf
        areasByName = areas.indices.sorted { areas[$0] < areas[$1] }
        weights = entries.map(\.weight)
        self.keys = keys
        let storage = Storage()
        self.stemData = storage.copy(stemData); self.stemStart = storage.copy(stemStart)
        self.stemWhole = storage.copy(stemWhole); self.firstStem = storage.copy(firstStem)
        isRussian = storage.copy(entries.map { $0.language == .ru })
        self.candidates = storage.copy(candidates)
        self.headKeys = storage.copy(headKeys); self.headStart = storage.copy(headStart); self.headEnd = storage.copy(headEnd)
        headMask = size - 1
        self.shortStart = storage.copy(shortStart); self.shortEnd = storage.copy(shortEnd)
        var headBits = [UInt64](repeating: 0, count: 64), shortBits = [UInt64](repeating: 0, count: 64)
        var hasTinyStem = false
        for c in 0..<n {
            let a = Int(stemStart[Int(firstStem[c])]), count = Int(stemStart[Int(firstStem[c]) + 1]) - a
            if count >= 4 {
                let bit = Self.bit(UInt32(stemData[a]) << 24 | UInt32(stemData[a + 1]) << 16 | UInt32(stemData[a + 2]) << 8 | UInt32(stemData[a + 3]))
                headBits[bit >> 6] |= 1 << UInt64(bit & 63)
            } else if count == 3 {
                let bit = Self.bit(UInt32(stemData[a]) << 16 | UInt32(stemData[a + 1]) << 8 | UInt32(stemData[a + 2]))
                shortBits[bit >> 6] |= 1 << UInt64(bit & 63)
            } else {
                hasTinyStem = true
            }
        }
        self.headBits = storage.copy(headBits); self.shortBits = storage.copy(shortBits)
        self.hasTinyStem = hasTinyStem
        self.storage = storage
        leads = ScanLeadFilter(words: [], prefixes: (0..<n).map { c in
            let a = Int(stemStart[Int(firstStem[c])]), e = Int(stemStart[Int(firstStem[c]) + 1])
            return String(decoding: stemData[a..<e], as: UTF8.self)
        })
    }

    /// Slot of a four-byte key (never 0: stems' bytes are not NUL) in a table of `mask + 1` slots.
    @inline(__always)
    private static func slot(_ key: UInt32, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> 16) & mask }

    /// Lower-cased stems of a plain field, cut at spaces and hyphens.
    private static func plainStems(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [String] {
        var lower: [UInt8] = []
        lower.reserveCapacity(range.count)
        TableText.appendLowercased(b, range, to: &lower)
        // One walk over the bytes, each stem decoded from them (as `split`, empty pieces dropped):
        // no array of slices per line.
        return lower.withUnsafeBufferPointer { bytes in
            var stems: [String] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "-") {
                if i > start { stems.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            return stems
        }
    }

    /// `key` of a plain stem: its first three scalars other than `$` (each a character), and
    /// how many scalars the key has (its rank length, counted here instead of again).
    private static func plainKey(_ stem: String) -> (key: String, scalars: Int) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(12)
        var scalars = 0
        for byte in stem.utf8 where byte != UInt8(ascii: "$") {
            if byte & 0xC0 != 0x80 {
                if scalars == 3 { break }
                scalars += 1
            }
            bytes.append(byte)
        }
        return (String(decoding: bytes, as: UTF8.self), scalars)
    }

    private static func key(_ stem: String) -> String {
        guard stem.unicodeScalars.contains("$") else { return String(stem.prefix(3)) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: stem.unicodeScalars.lazy.filter { $0 != "$" })
        return String(String(view).prefix(3))
    }

    /// Compares UTF-8 bytes: both sides are NFC (the normaliser, the lexicon file), where bytes
    /// agree with `==` and `hasPrefix`, which for Cyrillic take Swift's slow canonical path
    /// (5 % of the analysis).
    static func matches(_ word: String, stem: String) -> Bool {
        let n = stem.utf8.count
        guard stem.utf8.last == UInt8(ascii: "$") else { return word.hasBytePrefix(stem) }
        return word.utf8.count == n - 1 && String.bytesEqual(word, stem, count: n - 1)
    }

    /// Bit of a three- or four-byte key in the 4,096 of `headBits` / `shortBits`.
    @inline(__always)
    static func bit(_ key: UInt32) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> 20) }

    /// The test of whether an entry's phrase can start at a word, over tables held by value:
    /// fetched once per document rather than read through the lexicon at every word.
    var startFilter: StartFilter {
        StartFilter(headBits: headBits, shortBits: shortBits, hasTinyStem: hasTinyStem, leads: leads)
    }

    struct StartFilter {
        /// Bits of the four-byte and three-byte keys (`TopicLexicon.bit`), read by the word loop
        /// of `TopicClassifier` (written there, in the loop, so nothing is called per word).
        let headBits: UnsafePointer<UInt64>
        let shortBits: UnsafePointer<UInt64>
        /// Some first stem is shorter than three bytes: `mayStartTiny` decides then.
        let hasTinyStem: Bool
        fileprivate let leads: ScanLeadFilter

        /// False when no entry's phrase can start at word `t` (text in `bytes`), for lexicons with
        /// a stem shorter than three bytes.
        func mayStartTiny(_ t: UnsafePointer<ScanToken>, bytes: UnsafePointer<UInt8>) -> Bool {
            leads.mayMatch(t, bytes: bytes)
        }
    }

    /// The entries of one script whose phrases start at word `i` of the `count` words (token
    /// indices of `scan`) and are the longest of that script's phrases there, in the order the
    /// first-letters index gives them: written to `found` (room for every entry), their number to
    /// `foundCount`. Returns that length in words, 0 when none.
    func longest(at i: Int, of words: UnsafePointer<Int32>, count wordCount: Int, russian: Bool, in scan: UnsafePointer<TokenScan>,
                 tokens: UnsafePointer<ScanToken>, bytes: UnsafePointer<UInt8>,
                 into found: UnsafeMutablePointer<Int32>, foundCount: inout Int) -> Int {
        foundCount = 0
        let t = tokens[Int(words[i])]
        let start = Int(t.textStart), count = Int(t.textCount)
        guard count > 0 else { return 0 }
        var lo = 0, hi = 0
        // Bytes of a head-run candidate's first stem known to equal the word's (four when the
        // word's first four bytes found the run, else its first byte).
        var headKnown = 1
        if count >= 4 {
            let key = UInt32(bytes[start]) << 24 | UInt32(bytes[start + 1]) << 16 | UInt32(bytes[start + 2]) << 8 | UInt32(bytes[start + 3])
            var slot = Self.slot(key, headMask)
            while headKeys[slot] != 0 {
                if headKeys[slot] == key { lo = Int(headStart[slot]); hi = Int(headEnd[slot]); headKnown = 4; break }
                slot = (slot &+ 1) & headMask
            }
        }
        if lo == hi { lo = Int(shortStart[Int(bytes[start])]); hi = Int(shortEnd[Int(bytes[start])]); headKnown = 1 }
        var longest = 0
        // Entries of the other script, or shorter than a phrase already found, are never counted.
        for k in lo..<hi {
            let c = Int(candidates[k])
            guard isRussian[c] == russian else { continue }
            let stems = Int(firstStem[c &+ 1] &- firstStem[c])
            guard stems >= longest, stems <= wordCount &- i, matches(c, at: i, of: words, tokens: tokens, bytes: bytes, known: headKnown) else { continue }
            if stems > longest { foundCount = 0; longest = stems }
            found[foundCount] = Int32(c)
            foundCount &+= 1
        }
        guard longest > 0 else { return 0 }
        // Up to its fourth scalar the word must be one character a scalar for the bytes to
        // find what its first characters found; otherwise the first-letters index decides
        // (it finds some of the entries the bytes find, never others).
        let scalars = scan.pointee.scalars
        for k in t.start..<min(t.end, t.start + 4) {
            let v = scalars[k].value
            guard v < 0x300 || (v >= 0x400 && v < 0x483) || (v >= 0x48A && v < 0x530) else {
                return slowLongest(at: i, of: UnsafeBufferPointer(start: words, count: wordCount), russian: russian, in: scan.pointee,
                                   into: found, foundCount: &foundCount)
            }
        }
        return longest
    }

    /// Entry `c`'s stems match the words from word `i` on. The first `known` bytes of a first
    /// stem of four bytes or more (else its first byte) are known to match: they found the candidate.
    @inline(__always)
    private func matches(_ c: Int, at i: Int, of words: UnsafePointer<Int32>, tokens: UnsafePointer<ScanToken>,
                         bytes: UnsafePointer<UInt8>, known: Int) -> Bool {
        let first = Int(firstStem[c]), stems = Int(firstStem[c &+ 1]) &- first
        for k in 0..<stems {
            let t = tokens[Int(words[i &+ k])]
            let a = Int(stemStart[first &+ k]), n = Int(stemStart[first &+ k &+ 1]) &- a
            let textCount = Int(t.textCount)
            if stemWhole[first &+ k] ? textCount != n : textCount < n { return false }
            let skip = k != 0 ? 0 : n >= 4 ? known : 1
            if !ByteCompare.equal(bytes + Int(t.textStart) + skip, stemData + a + skip, n &- skip) { return false }
        }
        return true
    }

    /// `longest(at:)` by the characters of the word, as the lexicon always did.
    private func slowLongest(at i: Int, of words: UnsafeBufferPointer<Int32>, russian: Bool, in scan: TokenScan,
                             into found: UnsafeMutablePointer<Int32>, foundCount: inout Int) -> Int {
        var matched: [Int] = []
        var key = ""
        for character in scan.word(Int(words[i])).prefix(3) {
            key.append(character)
            for c in keys.indices where keys[c] == key {
                let entry = entries[c]
                guard entry.stems.count <= words.count - i,
                      zip(entry.stems, words[i..<(i + entry.stems.count)]).allSatisfy({ Self.matches(scan.word(Int($1)), stem: $0) }) else { continue }
                matched.append(c)
            }
        }
        let longest = matched.lazy.filter { self.entries[$0].language == (russian ? .ru : .en) }.map { self.entries[$0].stems.count }.max() ?? 0
        foundCount = 0
        for c in matched where entries[c].language == (russian ? .ru : .en) && entries[c].stems.count == longest {
            found[foundCount] = Int32(c)
            foundCount += 1
        }
        return longest
    }
}
