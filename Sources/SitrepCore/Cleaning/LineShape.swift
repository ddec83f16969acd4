/// What one pass over a trimmed line learns about its shape: the facts the cleaning rules test.
struct LineShape {
    /// Where the line's normalized text sits in the buffer it was written to: lower-cased letters
    /// and digits, every run of other characters collapsed to one space.
    var normalized: Range<Int>
    var words = 0
    var upperLetters = 0
    var lowerLetters = 0
    var digits = 0
    /// Ends like a sentence: `.`, `!`, `?`, `:`, `;` or `…`, possibly followed by closing quotes.
    var endsLikeSentence = false

    var hasLettersOrDigits: Bool { !normalized.isEmpty }
    /// Upper-case throughout, with enough letters to be a kicker rather than an acronym.
    var isAllCaps: Bool { upperLetters >= 5 && lowerLetters == 0 }

    /// Measures `bytes`, writing its normalized text to `output` from offset `start`; `output`
    /// needs room for `bytes.count` bytes there (normalized text is never longer than the line).
    init(_ bytes: UnsafeBufferPointer<UInt8>, normalizingInto output: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        normalized = start..<start
        var end = start
        var inWord = false
        var pendingSpace = false
        var i = 0
        let n = bytes.count
        while i < n {
            // Most of a line is letters, digits and single spaces: eight bytes at a time while they last.
            if i + 8 <= n {
                let eight = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                let lanes = AlphanumericLanes(eight)
                let length = lanes.runLength
                if length > 0 {
                    copyRun(eight, lanes, length: length, into: output, at: &end, start: start,
                            inWord: inWord, pendingSpace: pendingSpace)
                    inWord = true
                    pendingSpace = false
                    i += length
                    continue
                }
            }
            let b = bytes[i]
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
            if b < 0x80 {
                var kept = b
                switch b {
                case 0x41...0x5A: upperLetters += 1; kept = b | 0x20
                case 0x61...0x7A: lowerLetters += 1
                case 0x30...0x39: digits += 1
                default: pendingSpace = true; i += 1; continue
                }
                if pendingSpace, end > start { output[end] = 0x20; end += 1 }
                pendingSpace = false
                output[end] = kept
                end += 1
                i += 1
                continue
            }
            let width = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            if Self.isPunctuation(bytes, at: i) {
                pendingSpace = true
            } else {
                if pendingSpace, end > start { output[end] = 0x20; end += 1 }
                pendingSpace = false
                for k in i..<min(i + width, n) { output[end] = bytes[k]; end += 1 }
            }
            i += width
        }
        normalized = start..<end
        endsLikeSentence = Self.endsLikeSentence(bytes)
    }

    /// Counts and writes the first `length` bytes of `eight`, a run of letters, digits and single spaces
    /// (`AlphanumericLanes.runLength`), as the byte loop would: capitals lowered, a leading space written
    /// only after earlier text, a pending separator written before a leading letter or digit. Stores all
    /// eight bytes: the output never runs ahead of the bytes read, so they fit.
    @inline(__always)
    private mutating func copyRun(_ eight: UInt64, _ lanes: AlphanumericLanes, length: Int,
                                  into output: UnsafeMutableBufferPointer<UInt8>, at end: inout Int, start: Int,
                                  inWord: Bool, pendingSpace: Bool) {
        let run = AlphanumericLanes.firstLanes(length)
        let alphanumeric = lanes.alphanumeric & run
        upperLetters += AlphanumericLanes.count(lanes.upper & run)
        lowerLetters += AlphanumericLanes.count(lanes.lower & run)
        digits += AlphanumericLanes.count(lanes.digit & run)
        words += AlphanumericLanes.count(alphanumeric & lanes.space &<< 8)
        var text = lanes.lowered(eight)
        var count = length
        if lanes.space & 0x80 != 0 {
            // A separator run already pending and this space make one space, and none before any text.
            if end == start { text &>>= 8; count -= 1 }
        } else {
            if !inWord { words += 1 }
            if pendingSpace, end > start { output[end] = 0x20; end += 1 }
        }
        UnsafeMutableRawPointer(output.baseAddress! + end).storeBytes(of: text, as: UInt64.self)
        end += count
    }

    /// The normalized text of `text` on its own (for metadata such as a title or an outlet).
    static func normalize(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { output, count in
                count = LineShape(bytes, normalizingInto: output, at: 0).normalized.count
            }
        }
    }

    /// No-break space, general punctuation (U+2000-206F: dashes, curly quotes, ellipsis), U+FFFD,
    /// guillemets and other Latin-1 symbols count as separators, not letters.
    private static func isPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        guard i + 1 < bytes.count else { return true }
        if b == 0xC2 { return true }
        if b == 0xE2 { return bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 }
        if b == 0xEF, bytes[i + 1] == 0xBF { return true }
        return false
    }

    @inline(__always)
    private static func isCloser(_ byte: UInt8) -> Bool { byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D }

    @inline(__always)
    private static func isSentenceEnd(_ byte: UInt8) -> Bool {
        byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3A || byte == 0x3B
    }

    private static func endsLikeSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0 {
            let last = bytes[end - 1]
            if isCloser(last) { end -= 1; continue }
            // ’ ” » (E2 80 99, E2 80 9D, C2 BB)
            if end - 3 >= 0, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
               bytes[end - 1] == 0x99 || bytes[end - 1] == 0x9D { end -= 3; continue }
            if end - 2 >= 0, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xBB { end -= 2; continue }
            break
        }
        guard end > 0 else { return false }
        if isSentenceEnd(bytes[end - 1]) { return true }
        return end - 3 >= 0 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0xA6
    }
}
