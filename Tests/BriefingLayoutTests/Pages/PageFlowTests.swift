import Testing
@testable import BriefingLayout

/// Pagination rules: headings stay with what follows, figures are whole, no widows or orphans.
struct PageFlowTests {
    let measurer = FixedAdvanceMeasurer()
    var style: Style { Style.defaults }
    var font: FontSpec { FontSpec(family: "PT Serif", size: 10) }

    func paragraph(_ words: Int) -> FlowBlock {
        .paragraph(Paragraph(text: Array(repeating: "word", count: words).joined(separator: " "), font: font, color: .black))
    }

    /// Top of every text item per page, in page order.
    func textTops(_ pages: [Scene]) -> [[(String, Double)]] {
        pages.map { page in
            page.items.compactMap { item -> (String, Double)? in
                if case .text(let t) = item, t.origin.y >= style.contentRect.minY - 1, t.origin.y < style.contentRect.maxY {
                    return (t.text, t.origin.y)
                }
                return nil
            }
        }
    }

    @Test func headingIsNeverLastOnAPage() {
        // Fill the page almost to the bottom, then a heading and a paragraph.
        let lineHeight = font.size * style.fonts.lineSpacing
        let lines = Int(style.contentRect.height / lineHeight) - 2
        let lineCapacity = Int(style.contentRect.width / (measurer.advance * font.size))
        let words = lines * ((lineCapacity + 1) / 5)
        let blocks: [FlowBlock] = [paragraph(words), .heading("Section", level: 1, anchor: "s"), paragraph(40)]
        let (pages, outline) = PageFlow(style: style, measurer: measurer).pages(blocks, frame: PageFrame(title: "T", header: "", footer: ""))
        #expect(pages.count == 2)
        let second = textTops(pages)[1].map(\.0)
        #expect(second.first == "Section")
        #expect(outline.map(\.destination) == ["s"])
    }

    @Test func noWidowOrOrphanLines() {
        let lineHeight = font.size * style.fonts.lineSpacing
        let capacity = Int(style.contentRect.height / lineHeight)
        for filler in [capacity - 1, capacity - 2, capacity - 3] {
            let lineCapacity = Int(style.contentRect.width / (measurer.advance * font.size))
            let fillerWords = filler * (lineCapacity / 5)
            let blocks: [FlowBlock] = [paragraph(fillerWords), paragraph(lineCapacity / 5 * 4)]
            let (pages, _) = PageFlow(style: style, measurer: measurer).pages(blocks, frame: PageFrame(title: "", header: "", footer: ""))
            let perPage = textTops(pages).map(\.count)
            for count in perPage where count > 0 { #expect(count >= 2, "a page holds a single stray line: \(perPage)") }
        }
    }

    @Test func figuresAreNeverSplit() {
        let figure = FlowBlock.figure(items: [.rect(RectItem(rect: Rect(x: 0, y: 0, width: 100, height: 300), fill: .black))],
                                      size: Size(100, 300), role: "chart:test")
        let blocks: [FlowBlock] = [paragraph(800), figure, figure, figure]
        let (pages, _) = PageFlow(style: style, measurer: measurer).pages(blocks, frame: PageFrame(title: "", header: "", footer: ""))
        for page in pages {
            for case .group(let g) in page.items where g.role == "chart:test" {
                #expect(g.transform.ty >= style.contentRect.minY - 0.01)
                #expect(g.transform.ty + 300 <= style.contentRect.maxY + 0.01)
            }
        }
    }

    @Test func pageNumbersFollowTheStyle() {
        var memo = style
        memo.heads.pageNumber = .topCenter
        memo.heads.pageNumberFrom = 2
        memo.heads.footer = ""
        let (pages, _) = PageFlow(style: memo, measurer: measurer).pages([paragraph(2000)], frame: PageFrame(title: "", header: "", footer: ""))
        #expect(pages.count >= 2)
        let numbered = pages.map { page in
            page.items.contains { if case .text(let t) = $0 { return t.origin.y < memo.contentRect.minY && t.text == "2" } else { return false } }
        }
        #expect(numbered[0] == false)
        #expect(numbered[1] == true)
    }

    @Test func longWordsWrapInsteadOfOverflowing() {
        let word = String(repeating: "x", count: 5000)
        let (pages, _) = PageFlow(style: style, measurer: measurer).pages(
            [.paragraph(Paragraph(text: word, font: font, color: .black))], frame: PageFrame(title: "", header: "", footer: ""))
        for page in pages {
            for case .text(let t) in page.items {
                #expect(t.origin.x + measurer.width(of: t.text, font: t.font) <= style.contentRect.maxX + 0.01)
            }
        }
    }
}
