#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of a `FigureToken` as UTF-8 bytes (lowered letters for words, the digits as written
/// for numbers, the scalar for symbols), pointing into the sentence's `FigureTokenBytes`.
///
/// Making a `String` per word and retaining it with every token copy was most of the cost of
/// the figure tokeniser; the rules compare and probe these bytes instead (NFC texts, so byte
/// equality is the right equality, see `ByteWord`). Valid while the owner of the bytes (the
/// `FigureContext` or `FigureTokens`) lives.
struct TokenText: Hashable, @unchecked Sendable, CustomStringConvertible {
    let base: UnsafePointer<UInt8>
    let count: Int

    init(base: UnsafePointer<UInt8>, count: Int) { self.base = base; self.count = count }

    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }
    var isEmpty: Bool { count == 0 }
    /// The text as a `String` (for what the rules return, not for comparing).
    var string: String { String(decoding: buffer, as: UTF8.self) }
    var description: String { string }

    static func == (a: TokenText, b: TokenText) -> Bool { a.count == b.count && (a.count == 0 || memcmp(a.base, b.base, a.count) == 0) }
    func hash(into hasher: inout Hasher) { hasher.combine(bytes: UnsafeRawBufferPointer(buffer)) }

    /// The first `n` bytes equal those of `s` (which holds at least `n`).
    @inline(__always)
    private func agrees(with s: String, at offset: Int, _ n: Int) -> Bool {
        if n == 0 { return true }
        var s = s
        return s.withUTF8 { memcmp(base + offset, $0.baseAddress!, n) == 0 }
    }

    /// The text is exactly these bytes.
    @inline(__always)
    func bytesEqual(_ b: [UInt8]) -> Bool {
        b.count == count && (count == 0 || b.withUnsafeBufferPointer { memcmp(base, $0.baseAddress!, count) == 0 })
    }
    func bytesEqual(_ s: String) -> Bool { s.utf8.count == count && agrees(with: s, at: 0, count) }
    /// The text starts with the bytes `b`.
    @inline(__always)
    func hasBytePrefix(_ b: [UInt8]) -> Bool {
        b.count <= count && (b.isEmpty || b.withUnsafeBufferPointer { memcmp(base, $0.baseAddress!, b.count) == 0 })
    }
    func hasBytePrefix(_ s: String) -> Bool { let n = s.utf8.count; return n <= count && agrees(with: s, at: 0, n) }
    func endsWithBytes(_ s: String) -> Bool { let n = s.utf8.count; return n <= count && agrees(with: s, at: count - n, n) }

    /// Letters of the text: one per ASCII byte or two-byte Cyrillic letter, else Swift's `count`.
    var letterCount: Int {
        var n = 0
        for b in buffer {
            if b < 0x80 { if b == 0x0D { return string.count }; n += 1 }
            else if b == 0xD0 || b == 0xD1 { n += 1 }
            else if b & 0xC0 != 0x80 { return string.count }
        }
        return n
    }

    func uppercased() -> String { string.uppercased() }

    /// The first scalar's value (0 for an empty text).
    var firstScalar: UInt32 { isEmpty ? 0 : ByteScalars.decode(buffer, at: 0).0 }

    static func == (a: TokenText, b: String) -> Bool { a.bytesEqual(b) }
    static func != (a: TokenText, b: String) -> Bool { !a.bytesEqual(b) }
}

/// A token that may be missing against a word: false for no token.
func == (a: TokenText?, b: String) -> Bool { a?.bytesEqual(b) ?? false }
func != (a: TokenText?, b: String) -> Bool { !(a?.bytesEqual(b) ?? false) }

/// The bytes the texts of one sentence's tokens point into: one allocation, freed with its owner.
final class FigureTokenBytes {
    let base: UnsafeMutablePointer<UInt8>
    let capacity: Int
    var count = 0
    /// The first `textCount` bytes are the sentence's own UTF-8; the lowered words follow.
    var textCount = 0
    /// Scalars of the sentence's own text (set by the tokeniser).
    var textScalars = 0
    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }
    deinit { base.deallocate() }
}

/// The tokens of a text with the bytes their texts point into.
struct FigureTokens: RandomAccessCollection {
    let tokens: [FigureToken]
    let storage: FigureTokenBytes
    var startIndex: Int { 0 }
    var endIndex: Int { tokens.count }
    subscript(i: Int) -> FigureToken { tokens[i] }
}

extension Array where Element == String {
    /// A token text among these words, compared on bytes.
    func contains(_ t: TokenText) -> Bool { contains { t.bytesEqual($0) } }
    /// False for no token.
    func contains(_ t: TokenText?) -> Bool { t.map { contains($0) } ?? false }
}

extension ByteLexicon {
    /// The entry index of a token text, probed on its bytes.
    @inline(__always)
    func index(_ t: TokenText) -> Int? { t.count > maxLength ? nil : index(t.buffer) }
    subscript(t: TokenText) -> Value? { t.count > maxLength ? nil : value(t.buffer) }
    /// nil for no token.
    subscript(t: TokenText?) -> Value? { t.flatMap { self[$0] } }
    func contains(_ t: TokenText) -> Bool { index(t) != nil }
    /// False for no token.
    func contains(_ t: TokenText?) -> Bool { t.map { index($0) != nil } ?? false }
}
