import BriefingAnalysis
import Foundation

// MARK: - Digest, data notes, sources

extension BriefingComposer {
    /// Each article once (a translation pair together), its key sentences with figures highlighted.
    func digestSection(_ context: ComposeContext) -> [FlowBlock] {
        let documents = context.analysis.documents
        guard !documents.isEmpty else { return [] }
        var blocks: [FlowBlock] = [heading(words.digest, anchor: "digest")]
        var shown = Set<String>()
        // A large corpus shows the sources richest in figures; the rest are in Sources.
        let richness = Dictionary(grouping: context.analysis.facts.flatMap(\.mentions), by: \.document).mapValues(\.count)
        let featured = documents.count <= Self.digestLimit ? Set(documents.map(\.id))
            : Set(documents.enumerated().sorted { (-(richness[$0.element.id] ?? 0), $0.offset) < (-(richness[$1.element.id] ?? 0), $1.offset) }
                .prefix(Self.digestLimit).map(\.element.id))
        for document in documents where !shown.contains(document.id) && featured.contains(document.id) {
            let twin = document.translationOf.flatMap { context.documentsByID[$0] }
            shown.insert(document.id)
            if let twin { shown.insert(twin.id) }
            // Quote the member of the pair written in the briefing's language.
            let primary = twin.map { $0.language == language && document.language != language ? $0 : document } ?? document
            let other = twin.map { $0.id == primary.id ? document : $0 }
            blocks.append(.heading(primary.title, level: 2, anchor: nil))
            blocks.append(citedParagraph(metaPieces(primary, other: other, context: context), font: smallFont,
                                         color: style.colors.muted, spaceAfter: 3))
            let sentences = keySentences(of: primary, context: context)
            if sentences.isEmpty {
                let lead = Self.lead(of: primary, text: context.articleText(primary))
                if !lead.isEmpty { blocks.append(citedParagraph([TextPiece(lead)], alignment: .justify, spaceAfter: 6)) }
            }
            for (sentence, quotes) in sentences.prefix(5) {
                var pieces = highlighted(sentence, quotes: quotes)
                pieces += citationPieces([primary.id], context: context)
                blocks.append(citedParagraph([TextPiece("• ")] + pieces, alignment: .left, indent: 6, spaceAfter: 3))
            }
            blocks.append(.space(4))
        }
        if featured.count < documents.count {
            blocks.append(citedParagraph([TextPiece(theme.locale.fill(theme.locale.moreTemplate, documents.count - featured.count))],
                                         font: smallFont, color: style.colors.muted))
        }
        return blocks
    }

    static let digestLimit = 20

    private func metaPieces(_ document: Document, other: Document?, context: ComposeContext) -> [TextPiece] {
        var parts: [String] = []
        if let date = document.date { parts.append(words.date(date)) }
        if let publisher = document.publisher { parts.append(publisher) }
        parts.append(words.languageLabels[document.language] ?? document.language.rawValue)
        var pieces = [TextPiece(parts.joined(separator: " · "))]
        pieces += citationPieces([document.id], context: context)
        if let other {
            let name = words.languageNames[other.language] ?? other.language.rawValue
            pieces.append(TextPiece(" · " + words.alsoIn + " " + name + ": «" + other.title + "»"))
            pieces += citationPieces([other.id], context: context)
        }
        return pieces
    }

    /// Sentences of `document` that carry figures, in text order, with the quotes to mark.
    func keySentences(of document: Document, context: ComposeContext) -> [(String, [String])] {
        var order: [String] = []
        var quotes: [String: [String]] = [:]
        let facts = context.analysis.facts.filter { $0.kind != .date && $0.kind != .year }
        for fact in facts {
            for mention in fact.mentions where mention.document == document.id {
                if quotes[mention.sentence] == nil { order.append(mention.sentence) }
                quotes[mention.sentence, default: []].append(mention.quote)
            }
        }
        // Each sentence's offset is found once, with C's linear-time strstr, before sorting:
        // a Foundation search inside the comparator took 100 s for an article of 10,000 numbers.
        // (The analysis refuses NUL bytes; were one left, its sentences would only sort last.)
        guard !order.isEmpty else { return [] } // no text to read back for an article without figures
        var position: [String: Int] = [:]
        context.articleText(document).withCString { text in
            for sentence in order {
                position[sentence] = sentence.withCString { strstr(text, $0) }.map { text.distance(to: $0) } ?? Int.max
            }
        }
        return order.sorted { position[$0]! < position[$1]! }.map { ($0, quotes[$0]!) }
    }

    /// The sentence as pieces with each quote bold on a highlight.
    func highlighted(_ sentence: String, quotes: [String]) -> [TextPiece] {
        let scalars = Array(sentence.unicodeScalars)
        var marked = [Bool](repeating: false, count: scalars.count)
        for quote in quotes {
            let q = Array(quote.unicodeScalars)
            guard !q.isEmpty, q.count <= scalars.count else { continue }
            var i = 0
            // Every occurrence: "2nd place in trade … 2nd place in exports" are two mentions.
            while i + q.count <= scalars.count {
                if scalars[i] == q[0], scalars[i..<i + q.count].elementsEqual(q) {
                    for k in i..<i + q.count { marked[k] = true }
                    i += q.count
                } else {
                    i += 1
                }
            }
        }
        var pieces: [TextPiece] = []
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count, marked[end] == marked[start] { end += 1 }
            let run = String(String.UnicodeScalarView(scalars[start..<end]))
            pieces.append(TextPiece(run, bold: marked[start], highlight: marked[start]))
            start = end
        }
        return pieces
    }

    /// The first paragraph after the title, cut to about three hundred characters at a sentence end.
    static func lead(of document: Document, text: String) -> String {
        let paragraphs = text.split(separator: "\n").map { $0.trimmingSpaces() }
            .filter { $0.count > 60 && $0 != document.title }
        guard let first = paragraphs.first else { return "" }
        if first.count <= 320 { return first }
        var cut = first.prefix(320)
        if let end = cut.lastIndex(of: ".") { cut = cut[...end] } else { cut += "…" }
        return String(cut)
    }

    func notesSection(_ context: ComposeContext) -> [FlowBlock] {
        var blocks: [FlowBlock] = [heading(words.notes, anchor: "notes")]
        let facts = context.analysis.facts
        let byID = Dictionary(facts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let discrepant = facts.filter { !$0.discrepancyWith.isEmpty }
        blocks.append(.heading(words.discrepancies, level: 2, anchor: nil))
        if discrepant.isEmpty {
            blocks.append(citedParagraph([TextPiece(words.noNotes)], font: smallFont, indent: 8))
        }
        var listed = Set<String>()
        for fact in discrepant.prefix(40) where !listed.contains(fact.id) {
            let group = [fact] + fact.discrepancyWith.compactMap { byID[$0] }
            group.forEach { listed.insert($0.id) }
            var pieces = [TextPiece(caption(of: fact) + ": ", bold: true)]
            for (i, member) in group.enumerated() {
                if i > 0 { pieces.append(TextPiece(" / ")) }
                pieces.append(TextPiece(text.value(member)))
                pieces += citationPieces(member.mentions.map(\.document), context: context)
            }
            blocks.append(citedParagraph(pieces, font: smallFont, indent: 8, spaceAfter: 2))
        }
        let uncertain = facts.filter { $0.indicator == nil && [.count, .percent, .range, .money].contains($0.kind) }
        if !uncertain.isEmpty {
            blocks.append(.heading(words.uncertain, level: 2, anchor: nil))
            for fact in uncertain.prefix(15) {
                var pieces = [TextPiece(text.value(fact), bold: true),
                              TextPiece(" — «" + (fact.mentions.first?.quote ?? fact.subject) + "»")]
                pieces += citationPieces(fact.mentions.map(\.document), context: context)
                blocks.append(citedParagraph(pieces, font: smallFont, indent: 8, spaceAfter: 2))
            }
            if uncertain.count > 15 {
                blocks.append(citedParagraph([TextPiece(theme.locale.fill(theme.locale.moreTemplate, uncertain.count - 15))],
                                             font: smallFont, indent: 8))
            }
        }
        let dropped = context.analysis.documents.filter { $0.droppedLines > 0 }
        if !dropped.isEmpty {
            blocks.append(.heading(words.chrome, level: 2, anchor: nil))
            blocks.append(citedParagraph(chromePieces(dropped, context: context), font: smallFont, indent: 8))
        }
        if !skipped.isEmpty {
            blocks.append(.heading(words.skipped, level: 2, anchor: nil))
            for line in skipped { blocks.append(citedParagraph([TextPiece(line)], font: smallFont, indent: 8, spaceAfter: 2)) }
        }
        return blocks
    }

    /// The chrome note: one entry per article for a few articles; for many, one entry per
    /// number of removed lines with its articles ("8 lines [4, 9, …, +310 more]") and the
    /// total, so the note stays a paragraph however large the corpus is.
    func chromePieces(_ dropped: [Document], context: ComposeContext) -> [TextPiece] {
        var pieces: [TextPiece] = []
        if dropped.count <= Self.chromeArticlesListed {
            for (i, document) in dropped.enumerated() {
                if i > 0 { pieces.append(TextPiece("; ")) }
                pieces.append(TextPiece(words.droppedLines(document.droppedLines)))
                pieces += citationPieces([document.id], context: context)
            }
        } else {
            let total = dropped.reduce(0) { $0 + $1.droppedLines }
            pieces.append(TextPiece(words.droppedTotal(lines: total, articles: dropped.count,
                                                       of: context.analysis.documents.count) + ": "))
            let groups = Dictionary(grouping: dropped, by: \.droppedLines).sorted { $0.key < $1.key }
            for (i, group) in groups.enumerated() {
                if i > 0 { pieces.append(TextPiece("; ")) }
                pieces.append(TextPiece(words.droppedLines(group.key)))
                pieces += citationPieces(group.value.map(\.id), context: context)
            }
        }
        pieces.append(TextPiece("."))
        return pieces
    }

    /// Up to this many articles the chrome note names each one.
    static let chromeArticlesListed = 12

    /// Up to this many sources the list names every one; a larger corpus lists the sources
    /// the briefing cites (a list of every article of years of news would be most of the
    /// document; they are all in facts.json and facts.csv).
    static let sourcesListedInFull = 150

    /// The numbered source list. `blocks` is everything before it, whose links say which
    /// sources are cited.
    func sourcesSection(_ context: ComposeContext, citedIn blocks: [FlowBlock]) -> [FlowBlock] {
        let documents = context.analysis.documents
        guard !documents.isEmpty else { return [] }
        var section: [FlowBlock] = [heading(words.sources, anchor: "sources")]
        var listed = Set(documents.map(\.id))
        if documents.count > Self.sourcesListedInFull {
            let destinations = FlowBlock.linkDestinations(blocks)
            listed = listed.filter { destinations.contains(SourceList.anchor($0)) }
            section.append(citedParagraph([TextPiece(words.sourcesCited(listed.count, of: documents.count))],
                                          font: smallFont, spaceAfter: 6))
        }
        for (index, document) in documents.enumerated() where listed.contains(document.id) {
            var parts = [document.title]
            if let publisher = document.publisher { parts.append(publisher) }
            if let date = document.date { parts.append(words.date(date)) }
            parts.append(words.languageLabels[document.language] ?? document.language.rawValue)
            parts.append(document.fileName)
            section.append(citedParagraph([TextPiece("[\(index + 1)] ", bold: true), TextPiece(Self.sentenceList(parts))],
                                          font: smallFont, spaceAfter: 3, anchor: SourceList.anchor(document.id)))
        }
        return section
    }

    /// Parts joined by ". ", without doubling a stop a part already ends with ("2025 г.").
    static func sentenceList(_ parts: [String]) -> String {
        var out = ""
        for (i, part) in parts.enumerated() {
            if i > 0 { out += out.hasSuffix(".") ? " " : ". " }
            out += part
        }
        return out
    }
}
