import Foundation

/// The bilingual indicator catalogue (`Resources/indicators.tsv`): maps a figure to a named
/// indicator by the stems of its subject and of the words around it.
struct IndicatorCatalogue: Sendable {
    /// One catalogue row; see the file header for the columns.
    struct Row: Sendable, Hashable {
        var key: String
        var language: Language?
        var kinds: Set<FactKind>
        /// nil: either; true: a change is required; false: no change allowed.
        var change: Bool?
        /// All groups must match; any stem of a group matches a word it starts.
        var subject: [[String]]
        var context: [[String]]
        var per: String?
    }

    var rows: [Row] { didSet { compiled = rows.map(CompiledRow.init) } }
    /// The rows' stem groups as bytes, in the same order.
    private var compiled: [CompiledRow] = []

    /// The catalogue shipped with the module; empty if the resource is missing.
    static let bundled: IndicatorCatalogue = {
        guard let url = Bundle.module.url(forResource: "indicators", withExtension: "tsv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return IndicatorCatalogue(rows: []) }
        return IndicatorCatalogue(tsv: text)
    }()

    init(rows: [Row]) { self.rows = rows; compiled = rows.map(CompiledRow.init) }

    /// Parses the TSV; malformed lines are skipped (the catalogue test checks there are none).
    /// Read on its bytes (`TableText`) as `split`, `components(separatedBy:)`,
    /// `trimmingCharacters` and `lowercased` read its characters.
    init(tsv: String) {
        var tsv = tsv
        rows = tsv.withUTF8 { b in
            TableText.pieces(b, 0..<b.count, at: 0x0A).compactMap { line -> Row? in
                guard !line.isEmpty, !TableText.startsWithHash(b, line) else { return nil }
                let f = TableText.pieces(b, line, at: 0x09)
                guard f.count >= 7 else { return nil }
                let kinds = Set(Self.kindNames(b, f[2]).compactMap { FactKind(rawValue: $0) })
                guard !kinds.isEmpty else { return nil }
                return Row(key: TableText.string(b, f[0]), language: Language(rawValue: TableText.string(b, f[1])), kinds: kinds,
                           change: Self.equals(b, f[3], "change") ? true : (Self.equals(b, f[3], "nochange") ? false : nil),
                           subject: Self.groups(b, f[4]), context: Self.groups(b, f[5]),
                           per: Self.equals(b, f[6], "-") ? nil : TableText.string(b, f[6]))
            }
        }
        compiled = rows.map(CompiledRow.init)
    }

    private static func equals(_ b: TableText.Bytes, _ range: Range<Int>, _ text: StaticString) -> Bool {
        text.withUTF8Buffer { t in t.count == range.count && t.indices.allSatisfy { b[range.lowerBound + $0] == t[$0] } }
    }

    /// The comma-separated kinds of a row.
    private static func kindNames(_ b: TableText.Bytes, _ range: Range<Int>) -> [String] {
        guard TableText.isPlain(b, range) else { return TableText.string(b, range).split(separator: ",").map(String.init) }
        return TableText.pieces(b, range, at: UInt8(ascii: ",")).filter { !$0.isEmpty }.map { TableText.string(b, $0) }
    }

    /// Stem groups joined by " + ", alternatives by "|", trimmed and lower-cased; none for "-".
    private static func groups(_ b: TableText.Bytes, _ range: Range<Int>) -> [[String]] {
        if equals(b, range, "-") { return [] }
        guard TableText.isPlain(b, range) else {
            return TableText.string(b, range).components(separatedBy: " + ").map {
                $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            }
        }
        var parts: [Range<Int>] = []
        var start = range.lowerBound, i = range.lowerBound
        while i + 3 <= range.upperBound {
            if b[i] == 0x20, b[i + 1] == UInt8(ascii: "+"), b[i + 2] == 0x20 { parts.append(start..<i); i += 3; start = i } else { i += 1 }
        }
        parts.append(start..<range.upperBound)
        var lower: [UInt8] = []
        return parts.map { part in
            TableText.pieces(b, part, at: UInt8(ascii: "|")).filter { !$0.isEmpty }.map { alternative in
                lower.removeAll(keepingCapacity: true)
                TableText.appendLowercased(b, TableText.trimmed(b, alternative), to: &lower)
                return String(decoding: lower, as: UTF8.self)
            }
        }
    }

    /// The key of the first row matching the figure, or nil. When the figure's own subject names
    /// no indicator, the first words of its clause (`fallbackSubject`) are tried, for percentages
    /// and money only ("Trade … totalled $1.2 billion, up 18%").
    func indicator(for fact: Fact, language: Language, context: String, fallbackSubject: String = "") -> String? {
        if let key = indicator(for: fact, subject: fact.subject, language: language, context: context) { return key }
        let valueKind = fact.kind == .percent || fact.kind == .money || (fact.kind == .range && fact.unit != nil)
        guard valueKind, !fallbackSubject.isEmpty else { return nil }
        return indicator(for: fact, subject: fallbackSubject, language: language, context: context)
    }

    /// The kind a row must also list for a range: a range of percentages is a percentage row's,
    /// of money a money row's, of plain numbers a count row's ("from 15 to 20 percent" is never a
    /// count of tourists).
    private static func rangeKind(_ fact: Fact) -> FactKind {
        switch fact.unit {
        case "%"?: return .percent
        case nil: return .count
        case let u? where u.count == 3 && u == u.uppercased(): return .money
        default: return .duration
        }
    }

    private func indicator(for fact: Fact, subject: String, language: Language, context: String) -> String? {
        // The words of the subject and (when a row asks for them) of the context are cut into
        // one allocation on the stack.
        let subjectRoom = IndicatorWords.room(for: subject)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: subjectRoom + IndicatorWords.room(for: context)) { storage in
            let subjectWords = IndicatorWords(subject, storage: UnsafeMutableBufferPointer(rebasing: storage[..<subjectRoom]))
            guard !subjectWords.isEmpty else { return nil }
            let rangeKind = fact.kind == .range ? Self.rangeKind(fact) : nil
            var contextWords: IndicatorWords?
            let kind = Self.bit(fact.kind), range = rangeKind.map(Self.bit)
            // Rows read in place through their compiled copy: no row struct (and its set) copied per figure.
            for k in compiled.indices {
                guard compiled[k].kinds & kind != 0, compiled[k].language == nil || compiled[k].language == language else { continue }
                if let range, compiled[k].kinds & range == 0 { continue }
                if let needsChange = compiled[k].change, needsChange != (fact.change != nil) { continue }
                if let per = compiled[k].per, fact.per != per { continue }
                guard subjectWords.matches(compiled[k].subject) else { continue }
                if !compiled[k].context.isEmpty {
                    if contextWords == nil {
                        contextWords = IndicatorWords(context, storage: UnsafeMutableBufferPointer(rebasing: storage[subjectRoom...]))
                    }
                    guard contextWords!.matches(compiled[k].context) else { continue }
                }
                return compiled[k].key
            }
            return nil
        }
    }

    /// One bit per fact kind, for the rows' kind masks.
    private static func bit(_ kind: FactKind) -> UInt16 {
        switch kind {
        case .percent: 1
        case .range: 2
        case .count: 4
        case .money: 8
        case .rank: 16
        case .duration: 32
        case .date: 64
        case .year: 128
        }
    }

    /// One stem group of a row, as strings and as UTF-8 bytes; `banned` for a `!a|b` group.
    struct StemGroup: Sendable {
        var banned: Bool
        var stems: [String]
        var bytes: [[UInt8]]
        /// `IndicatorWords.startBit` of each stem's first two bytes (0 for a shorter stem), and
        /// of all of them: a group none of whose bits a text's words set matches none of them.
        var bits: [UInt64]
        var startBits: UInt64
        /// A stem of fewer than two bytes, which has no start bit: the words are always read.
        var hasShortStem: Bool

        init(_ group: [String]) {
            banned = group.first?.hasPrefix("!") ?? false
            stems = banned ? [String(group[0].dropFirst())] + group.dropFirst() : group
            bytes = stems.map { Array($0.utf8) }
            bits = bytes.map { $0.count >= 2 ? IndicatorWords.startBit($0[0], $0[1]) : 0 }
            startBits = bits.reduce(0, |)
            hasShortStem = bytes.contains { $0.count < 2 }
        }
    }

    /// A row as the matcher reads it, compiled once: its kinds as a bit mask, its stem groups as bytes.
    private struct CompiledRow: Sendable {
        var key: String
        var kinds: UInt16
        var language: Language?
        var change: Bool?
        var per: String?
        var subject: [StemGroup]
        var context: [StemGroup]
        init(_ row: Row) {
            key = row.key; kinds = row.kinds.reduce(0) { $0 | IndicatorCatalogue.bit($1) }
            language = row.language; change = row.change; per = row.per
            subject = row.subject.map(StemGroup.init); context = row.context.map(StemGroup.init)
        }
    }

    /// Lowercased letter runs of a text (ё folded to е).
    static func words(_ text: String) -> [String] {
        text.lowercased().replacingOccurrences(of: "ё", with: "е")
            .split { !$0.isLetter }.map(String.init)
    }
}
