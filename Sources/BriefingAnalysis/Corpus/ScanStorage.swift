/// The memory of the tokens, scalars and token texts of one or more `TokenScan`s: the scans
/// of a document's sentences view runs of one storage (`SentenceScanner`) instead of holding
/// three arrays each, which were allocated, copied and freed per sentence.
///
/// One allocation: the regions are tail-allocated after the object's header.
final class ScanStorage: ManagedBuffer<ScanStorage.Regions, UInt64> {
    struct Regions {
        var tokens: UnsafeMutablePointer<ScanToken>
        var scalars: UnsafeMutablePointer<Unicode.Scalar>
        var bytes: UnsafeMutablePointer<UInt8>
    }

    /// A storage with room for `tokens` tokens, `scalars` scalars and `bytes` bytes (uninitialised).
    static func make(tokens: Int, scalars: Int, bytes: Int) -> ScanStorage {
        let tokenBytes = tokens * MemoryLayout<ScanToken>.stride
        let scalarBytes = scalars * MemoryLayout<Unicode.Scalar>.stride
        let words = (tokenBytes + scalarBytes + bytes + 7) / 8
        let buffer = ScanStorage.create(minimumCapacity: Swift.max(words, 1)) { buffer in
            buffer.withUnsafeMutablePointerToElements { p in
                let raw = UnsafeMutableRawPointer(p)
                return Regions(tokens: raw.bindMemory(to: ScanToken.self, capacity: tokens),
                               scalars: (raw + tokenBytes).bindMemory(to: Unicode.Scalar.self, capacity: scalars),
                               bytes: (raw + tokenBytes + scalarBytes).bindMemory(to: UInt8.self, capacity: bytes))
            }
        }
        return unsafeDowncast(buffer, to: ScanStorage.self)
    }

    // Read through the header's pointer: `header` is a class property, and each read of it
    // went through the runtime's exclusivity check (`swift_beginAccess`, three per sentence).
    var tokens: UnsafeMutablePointer<ScanToken> { withUnsafeMutablePointerToHeader { $0.pointee.tokens } }
    var scalars: UnsafeMutablePointer<Unicode.Scalar> { withUnsafeMutablePointerToHeader { $0.pointee.scalars } }
    var bytes: UnsafeMutablePointer<UInt8> { withUnsafeMutablePointerToHeader { $0.pointee.bytes } }
}
