/// Resolves counts of generic or anaphoric nouns ("more than 100 such objects", "37 turnkey
/// facilities") to the noun phrase they refer to: the subject of the previous count in the
/// document, else the nearest specific plural noun phrase in the text just before.
enum Antecedents {
    /// How far back to look, in scalars: about a paragraph.
    static let reach = 400

    static func resolve(_ figures: [Figure], documents: [String: Document]) -> [Figure] {
        var result = figures
        var lastCount: [String: (position: Int, subject: String)] = [:]
        // Where the last look-up stopped: figures come in text order, so the text is walked once.
        var cursor = Cursor()
        for index in result.indices {
            // Fields read in place: copying each figure was a fifth of the walk outside `phraseBefore`.
            guard let doc = result[index].fact.mentions.first?.document else { continue }
            let position = result[index].position, needsAntecedent = result[index].needsAntecedent
            let original = needsAntecedent ? result[index].fact.subject : ""
            if needsAntecedent {
                if let previous = lastCount[doc], position - previous.position <= reach * 2 {
                    result[index].fact.subject = previous.subject
                } else if let document = documents[doc] {
                    if let np = phraseBefore(position, in: document, cursor: &cursor) {
                        result[index].fact.subject = np
                    }
                }
            }
            if result[index].fact.kind == .count, !result[index].fact.subject.isEmpty,
               !needsAntecedent || result[index].fact.subject != original {
                lastCount[doc] = (position, result[index].fact.subject)
            }
        }
        return result
    }

    /// A byte of a document's text and the scalar it starts (or the end): where the walk to the
    /// next position resumes.
    struct Cursor {
        var document = ""
        var byte = 0
        var scalar = 0
    }

    /// The nearest plural noun phrase of two or more words before `position` (in scalars) in
    /// the same paragraph of `document`, resuming the walk to `position` at `cursor` when it is
    /// the same document and not past `position` (else from the start).
    static func phraseBefore(_ position: Int, in document: Document, cursor: inout Cursor) -> String? {
        if cursor.document != document.id || cursor.scalar > position { cursor = Cursor(document: document.id) }
        return phraseBefore(position, in: document.text, language: document.language, from: &cursor.byte, scalar: &cursor.scalar)
    }

    /// `phraseBefore` walking to `position` from byte `from`, the start of scalar `scalar` (at
    /// most `position`); both are left at `position`. Found on the text's UTF-8 bytes: no
    /// scalar array of the document is made.
    private static func phraseBefore(_ position: Int, in text: String, language: Language, from: inout Int, scalar: inout Int) -> String? {
        var text = text
        let window: String = text.withUTF8 { bytes in
            // The byte of scalar `position` (or the end), then `reach` scalars back.
            let end = from + ByteScalars.prefixLength(UnsafeBufferPointer(rebasing: bytes[from...]), scalars: position - scalar)
            // Past the text's last scalar, every position is its end: resuming from there is the same.
            from = end; scalar = position
            var start = end, k = 0
            while k < reach, start > 0 {
                start -= 1
                while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
                k += 1
            }
            // Stay in the paragraph: cut at the last blank line (newlines are single bytes).
            var cut = end - 1
            while cut > start, !(bytes[cut] == 0x0A && bytes[cut - 1] == 0x0A) { cut -= 1 }
            if cut > start { start = cut + 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        let c = FigureContext(text: window, language: language, timeSpans: [])
        var best: Range<Int>?
        withExtendedLifetime(c.storage) {
            var i = 0
            while i < c.count {
                if let np = PhraseReader.countedNoun(after: i, in: c), np.lowerBound == i, np.count >= 2,
                   FigureRules.isCountable(np, in: c), !FigureLexicon.genericHeads.contains(c.tokens[np.upperBound - 1].text),
                   plural(c.tokens[np.upperBound - 1].text, c.language) {
                    best = np; i = np.upperBound
                } else { i += 1 }
            }
        }
        return best.map { c.quote($0.lowerBound, $0.upperBound) }
    }

    private static func plural(_ w: TokenText, _ language: Language) -> Bool {
        language == .en ? PhraseReader.isEnglishPlural(w) : ["ии", "ы", "и", "ий", "ов", "ей", "ев", "а", "я"].contains { w.endsWithBytes($0) }
    }
}
