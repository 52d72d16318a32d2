/// A sentence's scalars and tokens with small look-around helpers shared by the rules
/// for dates, events and topics.
///
/// Tokens are cut as `Tokenizer` cuts them, but their lower-cased texts are written into one
/// byte buffer (`bytes`) with a hash each instead of a `String` each; lexicons are probed by
/// that hash (`ScanWordSet`).
struct TokenScan {
    /// The scanned scalars, the tokens and their lower-cased UTF-8 texts one after another:
    /// runs of one `ScanStorage` (shared by all the sentences of a document when
    /// `SentenceScanner` made them), read like arrays.
    let scalars: ScanBuffer<Unicode.Scalar>
    let tokens: ScanBuffer<ScanToken>
    let bytes: ScanBuffer<UInt8>
    /// Runs of tokens (index ranges) that sit in a URL, e-mail, file name or id ("news/2023/12345",
    /// "a_b=2012"): never a figure or date. Usually none, so no array is allocated per sentence.
    let identifierRuns: [Range<Int>]

    init(scalars: [Unicode.Scalar], limit: Int = 20_000) {
        let n = scalars.count
        // Cut into temporary buffers, then copied with the scalars into one storage of the exact size.
        let made: (storage: ScanStorage, tokens: Int, bytes: Int, marks: Int) = scalars.withUnsafeBufferPointer { s in
            Self.withTokens(of: s, limit: limit) { t, out, marks in
                let storage = ScanStorage.make(tokens: t.count, scalars: n, bytes: out.count)
                if !t.isEmpty { storage.tokens.initialize(from: t.baseAddress!, count: t.count) }
                if n > 0 { storage.scalars.initialize(from: s.baseAddress!, count: n) }
                if !out.isEmpty { storage.bytes.initialize(from: out.baseAddress!, count: out.count) }
                return (storage, t.count, out.count, marks)
            }
        }
        self.scalars = ScanBuffer(made.storage, made.storage.scalars, count: n)
        tokens = ScanBuffer(made.storage, made.storage.tokens, count: made.tokens)
        bytes = ScanBuffer(made.storage, made.storage.bytes, count: made.bytes)
        identifierRuns = made.marks > 0 ? Self.identifierRuns(tokens, scalars: self.scalars, bytes: bytes) : []
    }

    /// The scan of one sentence whose tokens were cut with the whole document (`SentenceScanner`):
    /// tokens `run` of `storage` and its scalars `range`. The tokens are moved in place to the
    /// sentence (scalar offsets from the sentence's start, text offsets from its first token's
    /// text). The same scan as `init(scalars:)` when no token crosses the sentence's ends
    /// (the caller checks). `mayIdentify`: one of the tokens is marked by `cut` (`marks`).
    init(storage: ScanStorage, tokens run: Range<Int>, scalars range: Range<Int>, mayIdentify: Bool) {
        scalars = ScanBuffer(storage, storage.scalars + range.lowerBound, count: range.count)
        guard !run.isEmpty else { tokens = ScanBuffer(); bytes = ScanBuffer(); identifierRuns = []; return }
        let source = storage.tokens + run.lowerBound
        let count = run.count
        let base = source[0].textStart
        let text = storage.bytes + Int(base)
        let byteCount = Int(source[count - 1].textStart &+ source[count - 1].textCount &- base)
        ScanToken.shift(source, count: count, by: Int32(truncatingIfNeeded: range.lowerBound), text: base)
        // The first token of a sentence follows a space or its start.
        source[0].spaceBefore = true
        tokens = ScanBuffer(storage, source, count: count)
        bytes = ScanBuffer(storage, text, count: byteCount)
        identifierRuns = mayIdentify ? Self.identifierRuns(tokens, scalars: scalars, bytes: bytes) : []
    }

    /// The tokens of `scalars` (at most `limit`) and their texts, cut into temporary buffers
    /// valid inside `body`, with the number of tokens `cut` marks. `init(scalars:)` copies them
    /// into a storage, `tokens(_:limit:bytes:)` into arrays.
    @inline(__always)
    private static func withTokens<R>(of scalars: UnsafeBufferPointer<Unicode.Scalar>, limit: Int,
                                      _ body: (UnsafeBufferPointer<ScanToken>, UnsafeBufferPointer<UInt8>, Int) -> R) -> R {
        let n = scalars.count
        // A token takes at least one scalar; a lower-cased scalar at most four bytes.
        let capacity = Swift.min(limit, n)
        return withUnsafeTemporaryAllocation(of: ScanToken.self, capacity: Swift.max(capacity, 1)) { t in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(4 * n, 1)) { out in
                let cut = capacity <= 0 ? (tokens: 0, bytes: 0, stops: 0, marks: 0)
                    : Self.cut(scalars.baseAddress!, n, limit: capacity, tokens: t.baseAddress!, bytes: out.baseAddress!,
                               stops: nil, marks: nil)
                return body(UnsafeBufferPointer(rebasing: t[..<cut.tokens]), UnsafeBufferPointer(rebasing: out[..<cut.bytes]), cut.marks)
            }
        }
    }

    /// Runs of attached tokens that read as an address or id (usually none).
    private static func identifierRuns(_ tokens: ScanBuffer<ScanToken>, scalars: ScanBuffer<Unicode.Scalar>, bytes: ScanBuffer<UInt8>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var runStart = 0
        for index in 0...tokens.count {
            guard index == tokens.count || (index > runStart && tokens[index].spaceBefore) else { continue }
            if index > runStart, isIdentifier(runStart..<index, tokens: tokens, scalars: scalars, bytes: bytes) {
                runs.append(runStart..<index)
            }
            runStart = index
        }
        return runs
    }

    /// The `count` bytes of `p` are "www", "http" or "https".
    @inline(__always)
    private static func isWebWord(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        switch count {
        case 3: return p[0] == 0x77 && p[1] == 0x77 && p[2] == 0x77
        case 4, 5: return p[0] == 0x68 && p[1] == 0x74 && p[2] == 0x74 && p[3] == 0x70 && (count == 4 || p[4] == 0x73)
        default: return false
        }
    }

    /// Token `index` sits in a URL, e-mail, file name or id.
    func isInIdentifier(_ index: Int) -> Bool { identifierRuns.contains { $0.contains(index) } }

    init(_ text: String) { self.init(scalars: Array(text.unicodeScalars)) }

    /// Tokens of `scalars`, at most `limit`, their lower-cased texts (the digits of a number,
    /// the punctuation scalar) appended to `bytes`.
    static func tokens(_ scalars: [Unicode.Scalar], limit: Int, bytes: inout [UInt8]) -> [ScanToken] {
        // Cut into temporary buffers, then copied into exact arrays: `Array(unsafeUninitializedCapacity:)`
        // looked up the generic array type at run time on every call.
        let made = scalars.withUnsafeBufferPointer { s in
            withTokens(of: s, limit: limit) { t, out, _ in (Array(t), Array(out)) }
        }
        bytes = made.1
        return made.0
    }

    /// `tokens(_:limit:bytes:)` written into `tokens` and `bytes` (emptied first, their memory
    /// kept: a buffer reused for many short texts allocates once).
    static func tokens(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, limit: Int, into tokens: inout [ScanToken], bytes: inout [UInt8]) {
        tokens.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        withTokens(of: scalars, limit: limit) { t, out, _ in
            tokens.append(contentsOf: t)
            bytes.append(contentsOf: out)
        }
    }

    /// ASCII scalars below 64 that are white space (tab to carriage return, space).
    private static let asciiSpaces: UInt64 = 0x1F << 9 | 1 << 0x20
    /// ASCII scalars the sentence splitter stops at: line end, `!`, `.`, `?`.
    static let splitterStops: UInt64 = 1 << 0x0A | 1 << 0x21 | 1 << 0x2E | 1 << 0x3F

    /// `v` is a scalar `SentenceSplitter` stops at: one of `splitterStops`, or `…`.
    @inline(__always)
    static func isSplitterStop(_ v: UInt32) -> Bool {
        v < 0x40 ? (splitterStops >> UInt64(v)) & 1 != 0 : v == 0x2026
    }

    /// The cutting loop on raw pointers (a plain function: no captured array to check on every
    /// append, so its variables stay in registers). When `stops` is given, the offsets of the
    /// scalars `SentenceSplitter` stops at (`splitterStops` and `…`) are written to it in order.
    /// The indices of the tokens an identifier run needs one of (a mark `isIdentifier` answers on,
    /// "www", "http", "https") are written to `marks` when given, and counted in any case: a
    /// sentence without one has no identifier run.
    static func cut(_ scalars: UnsafePointer<Unicode.Scalar>, _ n: Int, limit: Int,
                    tokens: UnsafeMutablePointer<ScanToken>, bytes out: UnsafeMutablePointer<UInt8>,
                    stops: UnsafeMutablePointer<Int>?, marks: UnsafeMutablePointer<Int32>?)
    -> (tokens: Int, bytes: Int, stops: Int, marks: Int) {
        cut(scalars, n, limit: limit, tokens: tokens, bytes: out, stops: stops, marks: marks, terminated: false)
    }

    /// `cut` of scalars followed by a readable space (`scalars[n]`, outside the text): the
    /// letter and digit loops stop at it, so they skip the end-of-text test on every scalar.
    static func cutTerminated(_ scalars: UnsafePointer<Unicode.Scalar>, _ n: Int, limit: Int,
                              tokens: UnsafeMutablePointer<ScanToken>, bytes out: UnsafeMutablePointer<UInt8>,
                              stops: UnsafeMutablePointer<Int>?, marks: UnsafeMutablePointer<Int32>?)
    -> (tokens: Int, bytes: Int, stops: Int, marks: Int) {
        precondition(scalars[n] == " ", "a text cut without end tests ends with a space")
        // Every token takes a scalar: with `limit` ≥ `n` the loop never tests the token count.
        precondition(limit >= n, "a terminated text is cut whole")
        return cut(scalars, n, limit: limit, tokens: tokens, bytes: out, stops: stops, marks: marks, terminated: true)
    }

    /// The loop of `cut` and `cutTerminated` (`terminated` is a constant in each).
    @inline(__always)
    private static func cut(_ scalars: UnsafePointer<Unicode.Scalar>, _ n: Int, limit: Int,
                            tokens: UnsafeMutablePointer<ScanToken>, bytes out: UnsafeMutablePointer<UInt8>,
                            stops: UnsafeMutablePointer<Int>?, marks: UnsafeMutablePointer<Int32>?, terminated: Bool)
    -> (tokens: Int, bytes: Int, stops: Int, marks: Int) {
        var w = 0
        var count = 0
        var stopCount = 0
        var markCount = 0
        @inline(__always) func put(_ b: UInt8, _ h: inout UInt64) { out[w] = b; w &+= 1; h = ByteHash.add(h, b) }
        @inline(__always) func putUTF8(_ v: UInt32, _ h: inout UInt64) {
            switch v {
            case 0..<0x80: put(UInt8(v), &h)
            case 0x80..<0x800: put(UInt8(0xC0 | (v >> 6)), &h); put(UInt8(0x80 | (v & 0x3F)), &h)
            case 0x800..<0x10000:
                put(UInt8(0xE0 | (v >> 12)), &h); put(UInt8(0x80 | ((v >> 6) & 0x3F)), &h); put(UInt8(0x80 | (v & 0x3F)), &h)
            default:
                put(UInt8(0xF0 | (v >> 18)), &h); put(UInt8(0x80 | ((v >> 12) & 0x3F)), &h)
                put(UInt8(0x80 | ((v >> 6) & 0x3F)), &h); put(UInt8(0x80 | (v & 0x3F)), &h)
            }
        }
        @inline(__always) func mark() {
            if let marks { marks[markCount] = Int32(truncatingIfNeeded: count) }
            markCount &+= 1
        }
        var i = 0
        var space = true
        while i < n, terminated || count < limit {
            let s = scalars[i]
            let v0 = s.value
            // The plain space, most of the white space, without the bit test.
            if terminated && v0 == 0x20 { space = true; i &+= 1; continue }
            // White space: ASCII by one bit test, the rest through `ScalarClass`.
            if v0 < 0x40 ? (asciiSpaces >> UInt64(v0)) & 1 != 0 : (v0 >= 0x80 && ScalarClass.isSpace(s)) {
                if v0 == 0x0A { if let stops { stops[stopCount] = i; stopCount &+= 1 } }
                space = true; i &+= 1; continue
            }
            let start = i
            let textStart = w
            var h = ByteHash.seed
            if v0 &- 0x30 < 10 {
                var value: Int32 = 0
                while terminated || i < n {
                    let d = scalars[i].value &- 0x30
                    guard d < 10 else { break }
                    put(UInt8(d &+ 0x30), &h)
                    if i &- start < 9 { value = value &* 10 &+ Int32(d) }
                    i &+= 1
                }
                tokens[count] = ScanToken(kind: .number, start: start, end: i, textStart: Int32(truncatingIfNeeded: textStart),
                                          textCount: Int32(truncatingIfNeeded: w &- textStart), hash: h, value: i - start <= 9 ? value : -1,
                                          spaceBefore: space)
            } else if (v0 | 0x20) &- 0x61 < 26 || (v0 >= 0x80 && ScalarClass.isLetter(s)) {
                var cyrillic = false
                // An ASCII first letter is known to be one: written before the loop tests the next.
                if terminated && v0 < 0x80 {
                    let f = v0 | 0x20
                    out[w] = UInt8(truncatingIfNeeded: f); w &+= 1
                    h = ByteHash.add(h, UInt8(truncatingIfNeeded: f))
                    i &+= 1
                }
                while true {
                    // ASCII letters, the common case, in the tightest loop (lower case is bit 5).
                    // (Eight at a time with SIMD cost as much: most words are short, and the hash
                    // takes its steps byte by byte anyway.) With the closing space two letters a
                    // step: the scalar after a letter is still inside the buffer.
                    if terminated {
                        while true {
                            let f0 = scalars[i].value | 0x20
                            guard f0 &- 0x61 < 26 else { break }
                            let f1 = scalars[i &+ 1].value | 0x20
                            out[w] = UInt8(truncatingIfNeeded: f0)
                            h = ByteHash.add(h, UInt8(truncatingIfNeeded: f0))
                            guard f1 &- 0x61 < 26 else { w &+= 1; i &+= 1; break }
                            out[w &+ 1] = UInt8(truncatingIfNeeded: f1)
                            h = ByteHash.add(h, UInt8(truncatingIfNeeded: f1))
                            w &+= 2; i &+= 2
                        }
                    }
                    while !terminated && i < n {
                        let folded = scalars[i].value | 0x20
                        guard folded &- 0x61 < 26 else { break }
                        out[w] = UInt8(truncatingIfNeeded: folded); w &+= 1
                        h = ByteHash.add(h, UInt8(truncatingIfNeeded: folded))
                        i &+= 1
                    }
                    if !terminated { guard i < n else { break } }
                    let c = scalars[i]
                    let v = c.value
                    // ASCII here is no letter (the loop above took those): the word ends, without
                    // the Cyrillic tests (the closing space ends a terminated text here too).
                    if v < 0x80 { break }
                    if v &- 0x430 < 0x20 {
                        // а..я, the common Cyrillic letters: already lower case, in a loop of their own.
                        cyrillic = true
                        repeat {
                            let u = scalars[i].value
                            guard u &- 0x430 < 0x20 else { break }
                            put(UInt8(truncatingIfNeeded: 0xC0 | (u >> 6)), &h); put(UInt8(truncatingIfNeeded: 0x80 | (u & 0x3F)), &h)
                            i &+= 1
                        } while terminated || i < n
                        continue
                    } else if v &- 0x400 < 0x60 {
                        // Basic Cyrillic: always a letter; `ScalarClass.lower` inline.
                        cyrillic = true
                        var lower = v
                        if v >= 0x410 && v <= 0x42F { lower = v &+ 0x20 }
                        else if v == 0x401 || v == 0x451 { lower = 0x435 }
                        else if v < 0x410 { lower = v &+ 0x50 }
                        put(UInt8(0xC0 | (lower >> 6)), &h); put(UInt8(0x80 | (lower & 0x3F)), &h)
                    } else if v >= 0x80, ScalarClass.isLetter(c) || ScalarClass.isMark(c) {
                        if ScalarClass.isCyrillic(c) { cyrillic = true }
                        putUTF8(ScalarClass.lower(c).value, &h)
                    } else {
                        break
                    }
                    i &+= 1
                }
                // Every scalar upper case: only a capitalised word can be, so the others skip the test.
                let capitalized = isUpperFirst(s)
                let allCaps = capitalized && i &- start > 1 && allUpper(scalars, start &+ 1, i)
                let textCount = w &- textStart
                if UInt(bitPattern: textCount &- 3) < 3, isWebWord(out + textStart, textCount) { mark() }
                tokens[count] = ScanToken(kind: .word, start: start, end: i, textStart: Int32(truncatingIfNeeded: textStart),
                                          textCount: Int32(truncatingIfNeeded: textCount), hash: h,
                                          isCapitalized: capitalized, isAllCaps: allCaps,
                                          isCyrillic: cyrillic, spaceBefore: space)
            } else {
                if let stops, isSplitterStop(v0) {
                    stops[stopCount] = i; stopCount &+= 1
                }
                if v0 < 0x80, ((v0 < 0x40 ? identifierMarksLow : identifierMarksHigh) >> UInt64(v0 & 0x3F)) & 1 != 0 { mark() }
                i &+= 1
                putUTF8(v0, &h)
                tokens[count] = ScanToken(kind: .punct, start: start, end: i, textStart: Int32(truncatingIfNeeded: textStart),
                                          textCount: Int32(truncatingIfNeeded: w &- textStart), hash: h, spaceBefore: space)
            }
            // `tokens[count] =` on uninitialised memory is fine: ScanToken is trivial (no references).
            count &+= 1
            space = false
        }
        // Line ends after the last token (the loop stops early only at `limit`).
        if let stops {
            while i < n {
                let v = scalars[i].value
                if isSplitterStop(v) { stops[stopCount] = i; stopCount &+= 1 }
                i &+= 1
            }
        }
        return (count, w, stopCount, markCount)
    }

    /// The marks `isIdentifier` answers on (`@ = _ # & / \`), as bits of the ASCII scalars
    /// below 64 and of those from 64 on.
    private static let identifierMarksLow: UInt64 = 1 << 0x23 | 1 << 0x26 | 1 << 0x2F | 1 << 0x3D
    private static let identifierMarksHigh: UInt64 = 1 << (0x40 - 0x40) | 1 << (0x5C - 0x40) | 1 << (0x5F - 0x40)

    /// `ScalarClass.isUpper` with its ASCII and basic Cyrillic answers inline.
    @inline(__always)
    private static func isUpperFirst(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v >= 0x400 && v <= 0x45F { return v < 0x430 }
        return ScalarClass.isUpper(s)
    }

    /// Scalars `start..<end` are all upper case (`ScalarClass.isUpper`, ASCII inline).
    private static func allUpper(_ scalars: UnsafePointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        for k in start..<end {
            let v = scalars[k].value
            guard v < 0x80 ? v &- 0x41 < 26 : ScalarClass.isUpper(scalars[k]) else { return false }
        }
        return true
    }

    /// A run of tokens without spaces that reads as an address or id rather than words.
    private static func isIdentifier(_ run: Range<Int>, tokens: ScanBuffer<ScanToken>, scalars: ScanBuffer<Unicode.Scalar>,
                                     bytes: ScanBuffer<UInt8>) -> Bool {
        var slash = 0, letters = false, digits = false
        for k in run {
            let token = tokens[k]
            switch token.kind {
            case .word:
                letters = true
                if bytes.withUnsafeBufferPointer({ isWebWord($0.baseAddress! + Int(token.textStart), Int(token.textCount)) }) { return true }
            case .number: digits = true
            case .punct:
                let mark = scalars[token.start]
                if mark == "@" || mark == "=" || mark == "_" || mark == "#" || mark == "&" { return true }
                if mark == "/" || mark == "\\" { slash += 1 }
            }
        }
        return (slash > 0 && letters && digits) || slash >= 3
    }

    func token(_ index: Int) -> ScanToken? { index >= 0 && index < tokens.count ? tokens[index] : nil }

    /// Token `index` follows the previous one without a space.
    func attached(_ index: Int) -> Bool { token(index).map { !$0.spaceBefore } ?? false }

    /// Lower-cased text of token `index` as bytes.
    func text(of index: Int) -> Slice<ScanBuffer<UInt8>> { bytes[tokens[index].textRange] }

    /// Lower-cased text of token `index` (a `String` made on demand: for rare paths only).
    func word(_ index: Int) -> String { String(decoding: text(of: index), as: UTF8.self) }

    /// Token `index` is a word of `set`.
    @inline(__always)
    func isWord(_ index: Int, in set: ScanWordSet) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let t = tokens[index]
        guard t.kind == .word else { return false }
        return set.index(hash: t.hash, in: bytes, start: Int(t.textStart), count: Int(t.textCount)) != nil
    }

    /// The text of token `index`, of any kind, is in `set`.
    @inline(__always)
    func isText(_ index: Int, in set: ScanWordSet) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let t = tokens[index]
        return set.index(hash: t.hash, in: bytes, start: Int(t.textStart), count: Int(t.textCount)) != nil
    }

    /// Token `index` is the word `word`.
    func isWord(_ index: Int, _ word: StaticString) -> Bool {
        guard let t = token(index), t.kind == .word else { return false }
        return equals(t, word)
    }

    /// Token `index` is one of the words.
    func isWord(_ index: Int, _ a: StaticString, _ b: StaticString, _ c: StaticString? = nil, _ d: StaticString? = nil) -> Bool {
        guard let t = token(index), t.kind == .word else { return false }
        return equals(t, a) || equals(t, b) || c.map { equals(t, $0) } == true || d.map { equals(t, $0) } == true
    }

    /// The text of token `index`, of any kind, is `text`.
    func isText(_ index: Int, _ text: StaticString) -> Bool {
        guard let t = token(index) else { return false }
        return equals(t, text)
    }

    /// The token's lower-cased text is `text` (a literal: its bytes are read in place).
    @inline(__always)
    func equals(_ t: ScanToken, _ text: StaticString) -> Bool {
        guard text.utf8CodeUnitCount == Int(t.textCount) else { return false }
        return matches(text, at: Int(t.textStart))
    }

    /// The texts of tokens `a` and `b` agree.
    func sameText(_ a: Int, _ b: Int) -> Bool { text(of: a).elementsEqual(text(of: b)) }

    /// Value of token `index` in `map`, by its text (any kind).
    func value<V>(_ index: Int, in map: ScanWordMap<V>) -> V? {
        guard let t = token(index) else { return nil }
        return map.value(hash: t.hash, in: bytes, start: Int(t.textStart), count: Int(t.textCount))
    }

    /// The text of token `index` starts with `prefix` (UTF-8 bytes; NFC texts, see `WordMap`).
    func hasPrefix(_ index: Int, _ prefix: StaticString) -> Bool {
        let t = tokens[index]
        guard prefix.utf8CodeUnitCount <= Int(t.textCount) else { return false }
        return matches(prefix, at: Int(t.textStart))
    }

    /// The text of token `index` ends with `suffix` (UTF-8 bytes).
    func hasSuffix(_ index: Int, _ suffix: StaticString) -> Bool {
        let t = tokens[index]
        let count = suffix.utf8CodeUnitCount
        guard count <= Int(t.textCount) else { return false }
        return matches(suffix, at: Int(t.textStart + t.textCount) - count)
    }

    /// `bytes` hold the bytes of `literal` from `start` on (a single-scalar literal has no
    /// pointer: `withUTF8Buffer` reads both kinds).
    @inline(__always)
    private func matches(_ literal: StaticString, at start: Int) -> Bool {
        literal.withUTF8Buffer { p in
            for k in 0..<p.count where bytes[start + k] != p[k] { return false }
            return true
        }
    }

    /// Characters of the lower-cased text of token `index` (`String.count`): the scalars,
    /// unless one of them may join a neighbour in one character.
    func characterCount(_ index: Int) -> Int {
        let t = tokens[index]
        for k in t.start..<t.end {
            let v = scalars[k].value
            guard v < 0x300 || (v >= 0x400 && v < 0x483) || (v >= 0x48A && v < 0x530) else { return word(index).count }
        }
        return t.end - t.start
    }

    func isPunct(_ index: Int, _ marks: String) -> Bool {
        guard let t = token(index), t.kind == .punct else { return false }
        return marks.unicodeScalars.contains(scalars[t.start])
    }

    /// Text of scalars `start..<end`.
    func text(_ start: Int, _ end: Int) -> String {
        precondition(start >= 0 && start <= end && end <= scalars.count, "scalar range out of the scan")
        return scalars.withUnsafeBufferPointer { String(scalars: UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Text of tokens `first...last` as written.
    func text(tokens first: Int, _ last: Int) -> String { text(tokens[first].start, tokens[last].end) }
}
