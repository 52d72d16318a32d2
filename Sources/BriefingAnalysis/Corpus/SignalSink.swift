/// Where `TranslationLinker.scanSignals` puts the signals of a document: as UTF-8 bytes, or
/// (a skeleton of ASCII characters) as up to eight bytes packed into an integer, first byte
/// lowest, so that a sink that hashes them needs no buffer.
protocol SignalSink {
    mutating func take(_ bytes: UnsafeBufferPointer<UInt8>)
    /// The first `count` bytes of `packed` (at most eight).
    mutating func take(packed: UInt64, count: Int)
}

extension SignalSink {
    mutating func take(packed: UInt64, count: Int) {
        withUnsafeBytes(of: packed.littleEndian) { raw in
            take(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count]))
        }
    }
}

/// Hands each signal's bytes to a closure (`TranslationLinker.forEachSignal`).
struct SignalBytes: SignalSink {
    let body: (UnsafeBufferPointer<UInt8>) -> Void

    func take(_ bytes: UnsafeBufferPointer<UInt8>) { body(bytes) }
}
