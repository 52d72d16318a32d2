import Foundation
import Testing
@testable import BriefingLayout

/// Style files: every key is checked, errors point at file:line, defaults fill the rest.
struct StyleParserTests {
    @Test func shippedStylesParse() throws {
        let styles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("styles")
        let entries = try StyleCatalog(directory: styles.path).list()
        #expect(entries.map(\.name) == ["default", "memo", "print"])
        let memo = try StyleCatalog(directory: styles.path).load("memo")
        #expect(abs(memo.page.marginLeft - millimetres(20)) < 0.001)
        #expect(abs(memo.page.marginRight - millimetres(10)) < 0.001)
        #expect(memo.fonts.bodySize == 14)
        #expect(memo.fonts.body == "PT Serif")
        #expect(memo.heads.pageNumber == .topCenter)
        #expect(memo.heads.pageNumberFrom == 2)
        #expect(try StyleCatalog(directory: styles.path).load("print").greyscale)
    }

    @Test func missingKeysTakeTheDefaults() throws {
        let style = try StyleParser.parse("version = 1\n[page]\nsize = \"Letter\"\n", source: "x.style")
        #expect(style.page.size == PaperSize.letter)
        #expect(style.fonts == Style.defaults.fonts)
        #expect(style.location(of: "page.size") == "x.style:3")
    }

    @Test(arguments: [
        ("[page]\nsizes = \"A4\"", "x.style:2: unknown key 'page.sizes'"),
        ("[page]\nmargin-top = \"20\"", "x.style:2: page.margin-top: expected a number"),
        ("[page]\nmargin-top = 400", "x.style:2: page.margin-top: margin must be 0–100 mm"),
        ("[colors]\naccent = \"blue\"", "x.style:2: colors.accent: 'blue' is not a colour"),
        ("[fonts]\nbody-size = 2", "x.style:2: fonts.body-size: font size must be 4–72 pt"),
        ("[pages]\n", "x.style:1: unknown section [pages]"),
        ("version = 2", "x.style:1: version: this build reads style version 1"),
        ("name \"x\"", "x.style:1: expected 'key = value'"),
        ("name = \"x", "x.style:1: bad value for 'name'"),
        ("name = \"a\"\nname = \"b\"", "x.style:2: key 'name' already set on line 1"),
        ("[heads]\npage-number = \"left\"", "x.style:2: heads.page-number: unknown position 'left'"),
    ])
    func badInputPointsAtTheLine(_ input: String, _ message: String) {
        #expect {
            _ = try StyleParser.parse(input, source: "x.style")
        } throws: { error in
            (error as? StyleError).map { $0.description.hasPrefix(message) } ?? false
        }
    }

    @Test func commentsAndListsAreRead() throws {
        let text = """
            # a comment
            [colors]
            palette = [ "#000000", "#FFFFFF" ]  # trailing comment
            accent = "#123456" # "#not this"
            """
        let style = try StyleParser.parse(text, source: "x.style")
        #expect(style.colors.palette == [.black, .white])
        #expect(style.colors.accent == Color(hex: "#123456"))
    }

    @Test func unknownStyleNameListsTheKnownOnes() {
        let styles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("styles")
        #expect {
            _ = try StyleCatalog(directory: styles.path).load("nosuch")
        } throws: { error in
            (error as? StyleError)?.description == "nosuch: unknown style (known styles: default, memo, print)"
        }
    }
}
