/// A read-only run of `count` elements of a `ScanStorage` (what `TokenScan` offers as its
/// `tokens`, `bytes` and `scalars`): indexed from 0 like the arrays it replaced, and kept
/// alive by its storage, so no array is made per sentence.
struct ScanBuffer<Element>: RandomAccessCollection {
    typealias Index = Int
    typealias Indices = Range<Int>

    private let owner: ScanStorage?
    /// First element (nil when empty).
    let baseAddress: UnsafePointer<Element>?
    let count: Int

    init(_ owner: ScanStorage?, _ base: UnsafePointer<Element>?, count: Int) {
        self.owner = owner
        baseAddress = count > 0 ? base : nil
        self.count = count
    }

    /// No elements.
    init() { self.init(nil, nil, count: 0) }

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    var indices: Range<Int> { 0..<count }

    @inline(__always)
    subscript(index: Int) -> Element {
        precondition(UInt(bitPattern: index) < UInt(bitPattern: count), "ScanBuffer index out of range")
        return baseAddress.unsafelyUnwrapped[index]
    }

    /// The elements as a buffer, valid inside `body` (the storage is kept alive meanwhile).
    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try withExtendedLifetime(owner) { try body(UnsafeBufferPointer(start: baseAddress, count: count)) }
    }
}

extension ScanBuffer: Equatable where Element: Equatable {
    static func == (a: ScanBuffer, b: ScanBuffer) -> Bool { a.elementsEqual(b) }
}
