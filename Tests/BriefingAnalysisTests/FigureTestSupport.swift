@testable import BriefingAnalysis

/// Helpers shared by the number, figure and fact tests.
enum FigureTestSupport {
    /// Figures of one sentence, read as a whole document of the given language.
    static func figures(_ text: String, _ language: Language, times: [TimeExpression] = []) -> [Figure] {
        let document = Document(id: "doc", fileName: "doc.txt", language: language, title: "", text: text)
        return FigureFinder.find(in: Sentence(document: "doc", text: text, offset: 0), of: document, times: times)
    }

    /// A compact, readable signature: `percent 25 % up «by 25%»`, `count 100.. moreThan «more than 100 such objects»`.
    static func signature(_ f: Fact) -> String {
        var s = f.kind.rawValue + " "
        if let v = f.value { s += JSONValue.format(v) } else {
            s += (f.low.map(JSONValue.format) ?? "") + ".." + (f.high.map(JSONValue.format) ?? "")
        }
        if f.qualifier != .exact { s += " " + f.qualifier.rawValue }
        if let u = f.unit { s += " " + u }
        if let p = f.per { s += "/" + p }
        if let c = f.change { s += " " + c.rawValue }
        return s + " «" + (f.mentions.first?.quote ?? "") + "»"
    }

    static func signatures(_ text: String, _ language: Language) -> [String] {
        figures(text, language).map { signature($0.fact) }
    }

    /// The first quantity read from a text.
    static func quantity(_ text: String, _ language: Language = .en) -> Double? {
        let tokens = FigureTokenizer.tokens(of: text, language: language)
        return NumberReader.quantities(in: tokens).first?.value
    }
}
