/// A word hashed and compared by its UTF-8 bytes.
///
/// `String` hashing normalises non-ASCII text on every lookup, which made Cyrillic
/// dictionary probes the hottest path of the figure scan. Text is NFC-normalised by the
/// decoder and the lexicons are written in NFC, so byte equality is the right equality here.
struct ByteWord: Hashable, Sendable {
    let text: String
    init(_ text: String) { self.text = text }
    static func == (a: ByteWord, b: ByteWord) -> Bool { a.text.bytesEqual(b.text) }
    func hash(into hasher: inout Hasher) {
        var t = text
        t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
