/// Cairo numbers SVG `surfaceN` ids from a process-wide counter, so the same drawing gets
/// different ids depending on what was rendered before it. Renumbering them in order of
/// first appearance makes the SVG depend on its own content only.
enum SVGIdentifiers {
    static func renumber(_ bytes: [UInt8]) -> [UInt8] {
        let prefix = Array("surface".utf8)
        var mapping: [ArraySlice<UInt8>: Int] = [:]
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == prefix[0], i + prefix.count < bytes.count,
               bytes[i..<i + prefix.count].elementsEqual(prefix), isDigit(bytes[i + prefix.count]),
               i == 0 || !isIdentifier(bytes[i - 1]) {
                var j = i + prefix.count
                while j < bytes.count, isDigit(bytes[j]) { j += 1 }
                let key = bytes[i + prefix.count..<j]
                let number = mapping[key] ?? (mapping.count + 1)
                mapping[key] = number
                out.append(contentsOf: prefix)
                out.append(contentsOf: Array(String(number).utf8))
                i = j
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isIdentifier(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
    }
}
