/// What one pass over a trimmed line learns about its shape: the facts the cleaning rules test.
struct LineShape {
    /// Lower-cased letters and digits, every run of other characters collapsed to one space.
    var normalized: [UInt8] = []
    var words = 0
    var upperLetters = 0
    var lowerLetters = 0
    var digits = 0
    /// Ends like a sentence: `.`, `!`, `?`, `:`, `;` or `…`, possibly followed by closing quotes.
    var endsLikeSentence = false

    var hasLettersOrDigits: Bool { !normalized.isEmpty }
    /// Upper-case throughout, with enough letters to be a kicker rather than an acronym.
    var isAllCaps: Bool { upperLetters >= 5 && lowerLetters == 0 }

    init(_ bytes: ArraySlice<UInt8>) {
        normalized.reserveCapacity(bytes.count)
        var inWord = false
        var pendingSpace = false
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let width = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
            if b < 0x80 {
                switch b {
                case 0x41...0x5A: upperLetters += 1; emit(b | 0x20, &pendingSpace)
                case 0x61...0x7A: lowerLetters += 1; emit(b, &pendingSpace)
                case 0x30...0x39: digits += 1; emit(b, &pendingSpace)
                default: pendingSpace = true
                }
            } else if Self.isPunctuation(bytes, at: i) {
                pendingSpace = true
            } else {
                let end = min(i + width, bytes.endIndex)
                if pendingSpace, !normalized.isEmpty { normalized.append(0x20) }
                pendingSpace = false
                normalized.append(contentsOf: bytes[i..<end])
            }
            i += width
        }
        endsLikeSentence = Self.endsLikeSentence(bytes)
    }

    private mutating func emit(_ byte: UInt8, _ pendingSpace: inout Bool) {
        if pendingSpace, !normalized.isEmpty { normalized.append(0x20) }
        pendingSpace = false
        normalized.append(byte)
    }

    /// No-break space, general punctuation (U+2000-206F: dashes, curly quotes, ellipsis), U+FFFD,
    /// guillemets and other Latin-1 symbols count as separators, not letters.
    private static func isPunctuation(_ bytes: ArraySlice<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        guard i + 1 < bytes.endIndex else { return true }
        if b == 0xC2 { return true }
        if b == 0xE2 { return bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 }
        if b == 0xEF, bytes[i + 1] == 0xBF { return true }
        return false
    }

    private static let closers: Set<UInt8> = [0x22, 0x27, 0x29, 0x5D]
    private static let sentenceEnds: Set<UInt8> = [0x2E, 0x21, 0x3F, 0x3A, 0x3B]

    private static func endsLikeSentence(_ bytes: ArraySlice<UInt8>) -> Bool {
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let last = bytes[end - 1]
            if closers.contains(last) { end -= 1; continue }
            // ’ ” » (E2 80 99, E2 80 9D, C2 BB)
            if end - 3 >= bytes.startIndex, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
               bytes[end - 1] == 0x99 || bytes[end - 1] == 0x9D { end -= 3; continue }
            if end - 2 >= bytes.startIndex, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xBB { end -= 2; continue }
            break
        }
        guard end > bytes.startIndex else { return false }
        if sentenceEnds.contains(bytes[end - 1]) { return true }
        return end - 3 >= bytes.startIndex && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0xA6
    }
}
