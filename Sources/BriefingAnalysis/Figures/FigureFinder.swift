/// Finds figures (percentages, counts, money…) in a sentence (stub: plain percentages).
enum FigureFinder {
    static func find(in sentence: Sentence, of document: Document, times: [TimeExpression]) -> [Figure] {
        var figures: [Figure] = []
        let scalars = Array(sentence.text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard ("0"..."9").contains(scalars[i]), i == 0 || !("0"..."9").contains(scalars[i - 1]) else { i += 1; continue }
            var j = i
            while j < scalars.count, ("0"..."9").contains(scalars[j]) { j += 1 }
            var k = j
            while k < scalars.count, scalars[k] == " " { k += 1 }
            if k < scalars.count, scalars[k] == "%" {
                var quote = String.UnicodeScalarView(); quote.append(contentsOf: scalars[i...k])
                let value = Double(String(String.UnicodeScalarView(scalars[i..<j])))!
                let fact = Fact(id: "", kind: .percent, value: value, unit: "%", subject: "",
                                mentions: [Mention(document: document.id, quote: String(quote), sentence: sentence.text)])
                figures.append(Figure(fact: fact, offset: i))
            }
            i = j
        }
        return figures
    }
}
