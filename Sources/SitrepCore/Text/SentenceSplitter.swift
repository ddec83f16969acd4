/// Splits cleaned paragraphs into sentences.
///
/// A sentence ends at `.`, `!`, `?`, `...` or `…`, after any closing quotes or brackets, when
/// whitespace and a plausible sentence start (a capital, a digit, an opening quote or bracket)
/// follow. Abbreviations, initials, decimals and dotted acronyms do not end a sentence
/// (`SentenceBoundaryRules`). Spans are UTF-8 offsets in the paragraph, trimmed of whitespace.
public enum SentenceSplitter {
    public static func split(_ paragraphs: [Paragraph]) -> [Sentence] {
        var sentences: [Sentence] = []
        for (index, paragraph) in paragraphs.enumerated() {
            paragraph.withUTF8 { bytes in
                forEachSentence(in: bytes) { range in
                    sentences.append(Sentence(span: TextSpan(paragraph: index, start: range.lowerBound, end: range.upperBound)))
                }
            }
        }
        return sentences.trimmed()
    }

    /// Calls `body` with the trimmed, non-empty sentence ranges of one paragraph's bytes, in order.
    static func forEachSentence(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        let count = bytes.count
        var sentenceStart = 0
        var index = 0
        while index < count {
            // Eight bytes at a time to the next mark (or past eight bytes without one).
            if index + 8 <= count {
                let marks = markLanes(bytes, at: index)
                if marks == 0 {
                    index += 8
                    continue
                }
                index += marks.trailingZeroBitCount >> 3
            }
            let byte = bytes[index]
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == 0xE2,
                  let terminatorEnd = terminatorRun(bytes, at: index) else {
                index += 1
                continue
            }
            let afterClosers = skipClosers(bytes, from: terminatorEnd)
            let nextStart = skipSpaces(bytes, from: afterClosers)
            if afterClosers < count, nextStart == afterClosers {
                index = terminatorEnd // no space after the mark: "U.S.-backed", "10.19", "end.He"
                continue
            }
            if nextStart < count, !SentenceBoundaryRules.isBoundary(bytes, terminator: index,
                                                                     terminatorEnd: terminatorEnd, next: nextStart) {
                index = terminatorEnd
                continue
            }
            if let trimmed = trim(bytes, sentenceStart..<afterClosers) { body(trimmed) }
            sentenceStart = nextStart
            index = nextStart
        }
        if sentenceStart < count, let trimmed = trim(bytes, sentenceStart..<count) { body(trimmed) }
    }

    /// The lanes (high bits) of the eight bytes at `index` that hold `.`, `!`, `?` or the lead byte of `…` (0xE2).
    @inline(__always)
    private static func markLanes(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101
        return zeroLanes(word ^ (ones &* 0x2E)) | zeroLanes(word ^ (ones &* 0x21))
            | zeroLanes(word ^ (ones &* 0x3F)) | zeroLanes(word ^ (ones &* 0xE2))
    }

    /// The lanes (high bits) of `value` whose byte is zero, exactly: no lane borrows from another.
    @inline(__always)
    private static func zeroLanes(_ value: UInt64) -> UInt64 {
        let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~((value & lowBits &+ lowBits) | value) & ~lowBits
    }

    /// The end of the run of sentence-final marks starting at `index`, or nil when none starts there.
    private static func terminatorRun(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        var end = index
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "."), end == index, isDecimalPoint(bytes, at: end) { return nil }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                end += 1
            } else if isEllipsis(bytes, at: end) {
                end += 3
            } else {
                break
            }
        }
        return end > index ? end : nil
    }

    private static func isDecimalPoint(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index > 0 && index + 1 < bytes.count && isDigit(bytes[index - 1]) && isDigit(bytes[index + 1])
    }

    /// `…` is E2 80 A6.
    static func isEllipsis(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
    }

    /// Skips closing quotes and brackets: `"`, `'`, `)`, `]`, `’` (E2 80 99), `”` (E2 80 9D), `»` (C2 BB).
    private static func skipClosers(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")")
                || byte == UInt8(ascii: "]") {
                index += 1
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                      bytes[index + 2] == 0x99 || bytes[index + 2] == 0x9D {
                index += 3
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xBB {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// Skips ASCII whitespace and no-break spaces (C2 A0).
    static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if TextTokenizer.isASCIISpace(bytes[index]) {
                index += 1
            } else if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    private static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        let start = skipSpaces(bytes, from: range.lowerBound)
        var end = range.upperBound
        while end > start {
            if TextTokenizer.isASCIISpace(bytes[end - 1]) {
                end -= 1
            } else if end - 2 >= start, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 {
                end -= 2
            } else {
                break
            }
        }
        return start < end ? start..<end : nil
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
