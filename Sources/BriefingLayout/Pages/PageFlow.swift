/// Cuts a list of blocks into pages: headings stay with what follows, figures are never
/// split, paragraphs break between lines with no widow or orphan line, and every page gets
/// its running header, footer and number.
public struct PageFlow {
    public let style: Style
    public let measurer: TextMeasurer
    public init(style: Style, measurer: TextMeasurer) { self.style = style; self.measurer = measurer }

    /// Lines that must stay together at the start and end of a split paragraph.
    static let minimumLines = 2

    /// A block turned into placed pieces, each of a known height.
    private struct Piece {
        var items: [SceneItem]
        var height: Double
        /// Cannot be the last thing on a page (headings, first lines before the orphan limit).
        var keepWithNext: Bool
        var isSpace: Bool = false
        var outline: (title: String, anchor: String, level: Int)? = nil
    }

    /// Lays the blocks out and returns the pages plus the outline of the headings.
    public func pages(_ blocks: [FlowBlock], frame: PageFrame) -> (pages: [Scene], outline: [SceneDocument.OutlineEntry]) {
        let content = style.contentRect
        let pieces = blocks.flatMap { self.pieces(for: $0, width: content.width) }
        var pageItems: [[SceneItem]] = [[]]
        var outline: [SceneDocument.OutlineEntry] = []
        var y = 0.0
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            if piece.isSpace && y == 0 { index += 1; continue }
            // Height of this piece plus everything chained to it by keep-with-next.
            var chain = piece.height
            var j = index
            while j < pieces.count - 1, pieces[j].keepWithNext { j += 1; chain += pieces[j].height }
            let fits = y + chain <= content.height + 0.01
            if !fits && y > 0 && chain <= content.height {
                pageItems.append([]); y = 0
                continue
            }
            if !fits && y > 0 && y + piece.height > content.height {
                pageItems.append([]); y = 0
                continue
            }
            let offset = Point(content.x, content.y + y)
            let moved = piece.items.map { $0.translated(by: offset) }
            pageItems[pageItems.count - 1] += moved
            if let entry = piece.outline {
                outline.append(SceneDocument.OutlineEntry(title: entry.title, destination: entry.anchor, level: entry.level))
            }
            y += piece.height
            index += 1
        }
        let total = pageItems.count
        let pages = pageItems.enumerated().map { number, items in
            Scene(size: style.page.size, background: style.colors.background,
                  items: items + runningHeads(page: number + 1, pages: total, frame: frame))
        }
        return (pages, outline)
    }

    // MARK: - Blocks to pieces

    private func pieces(for block: FlowBlock, width: Double) -> [Piece] {
        switch block {
        case .space(let h):
            return [Piece(items: [], height: h, keepWithNext: false, isSpace: true)]
        case .rule:
            return [Piece(items: [.line(from: Point(0, 4), to: Point(width, 4),
                                        stroke: Stroke(color: style.colors.rule, width: 0.75))],
                          height: 8, keepWithNext: false)]
        case .figure(let items, let size, let role):
            return [Piece(items: [.group(GroupItem(items: items, role: role))], height: size.height, keepWithNext: false)]
        case .heading(let text, let level, let anchor):
            let size = level == 0 ? style.fonts.titleSize : (level == 1 ? style.fonts.headingSize : style.fonts.bodySize * 1.1)
            let font = FontSpec(family: style.fonts.heading, size: size, weight: .bold)
            let paragraph = Paragraph(text: text, font: font, color: level == 0 ? style.colors.text : style.colors.accent)
            let setter = ParagraphSetter(measurer: measurer, lineSpacing: 1.2)
            let lines = setter.lines(paragraph, width: width)
            let above = level == 0 ? 0 : size * 0.9
            let below = size * 0.45
            var items: [SceneItem] = []
            var y = above
            if let anchor { items.append(.anchor(name: anchor, at: Point(0, 0))) }
            for line in lines {
                items += line.items.map { $0.translated(by: Point(0, y)) }
                y += line.height
            }
            var piece = Piece(items: items, height: y + below, keepWithNext: true)
            if let anchor { piece.outline = (text, anchor, max(0, level - 1)) }
            return [piece]
        case .paragraph(let paragraph):
            let setter = ParagraphSetter(measurer: measurer, lineSpacing: style.fonts.lineSpacing)
            let lines = setter.lines(paragraph, width: width)
            let n = lines.count
            return lines.enumerated().map { i, line in
                // Orphans: the first lines stick together; widows: so do the last ones.
                let keep = i < n - 1 && (i < Self.minimumLines - 1 || i >= n - Self.minimumLines)
                let isLast = i == n - 1
                return Piece(items: line.items, height: line.height + (isLast ? paragraph.spaceAfter : 0), keepWithNext: keep)
            }
        }
    }

    // MARK: - Running heads

    private func runningHeads(page: Int, pages: Int, frame: PageFrame) -> [SceneItem] {
        let font = FontSpec(family: style.fonts.heading, size: style.fonts.smallSize)
        let content = style.contentRect
        let metrics = measurer.metrics(of: font)
        var items: [SceneItem] = []
        let headerY = content.minY - metrics.lineHeight - 8
        let footerY = content.maxY + 10
        let header = frame.fill(style.heads.header, page: page, pages: pages)
        if !header.isEmpty && page > 1 {
            let text = fit(header, font: font, width: content.width * 0.7)
            items.append(.text(TextItem(origin: Point(content.minX, headerY), text: text, font: font, color: style.colors.muted)))
        }
        let footer = frame.fill(style.heads.footer, page: page, pages: pages)
        let footerText = footer
        let showNumber = page >= style.heads.pageNumberFrom
        switch style.heads.pageNumber {
        case .topCenter where showNumber:
            items.append(.text(TextItem(origin: Point(content.minX, headerY), text: String(page), font: font.with(size: style.fonts.bodySize),
                                        color: style.colors.text, width: content.width, alignment: .center)))
        case .bottomCenter where showNumber:
            items.append(.text(TextItem(origin: Point(content.minX, footerY), text: footerText.isEmpty ? String(page) : footerText,
                                        font: font, color: style.colors.muted, width: content.width, alignment: .center)))
        case .bottomRight where showNumber:
            items.append(.text(TextItem(origin: Point(content.minX, footerY), text: footerText.isEmpty ? String(page) : footerText,
                                        font: font, color: style.colors.muted, width: content.width, alignment: .right)))
        default:
            break
        }
        return items
    }

    /// Shortens `text` with an ellipsis until it fits `width`.
    func fit(_ text: String, font: FontSpec, width: Double) -> String {
        if measurer.width(of: text, font: font) <= width { return text }
        var scalars = Array(text.unicodeScalars)
        while !scalars.isEmpty {
            scalars.removeLast()
            let candidate = String(String.UnicodeScalarView(scalars)).trimmingSpaces() + "…"
            if measurer.width(of: candidate, font: font) <= width { return candidate }
        }
        return "…"
    }
}

import Foundation
