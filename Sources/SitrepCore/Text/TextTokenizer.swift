/// Splits UTF-8 text into words, numbers and punctuation in one pass over the bytes.
///
/// Words are runs of letters (ASCII or any alphabetic non-ASCII scalar), optionally followed by
/// digits ("G20"); numbers are runs of ASCII digits; apostrophes, hyphens, quotes and every other
/// mark are single punctuation tokens; whitespace (including no-break and thin spaces) separates.
public enum TextTokenizer {
    /// The tokens of `text[range]`, with offsets relative to the start of `text`.
    public static func tokens(in text: String, range: Range<Int>? = nil) -> [TextToken] {
        var text = text
        return text.withUTF8 { bytes in
            tokens(in: bytes, range: range ?? 0..<bytes.count)
        }
    }

    /// The tokens of `bytes[range]`, with offsets relative to the start of `bytes`.
    public static func tokens(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [TextToken] {
        // A token takes at least one byte: room for them all at once.
        [TextToken](unsafeUninitializedCapacity: max(range.count, 1)) { buffer, count in
            count = tokenize(bytes, range: range, to: buffer.baseAddress!)
        }
    }

    /// Writes the tokens of `bytes[range]` to `tokens`, which has room for `range.count` of them (a token takes
    /// at least one byte), and returns how many there are: for callers that tokenize many sentences into one
    /// buffer.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>,
                         to tokens: UnsafeMutablePointer<TextToken>) -> Int {
        var result = TokenWriter(tokens)
        var index = range.lowerBound
        let end = min(range.upperBound, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte >= 0x30 && byte <= 0x39 {
                    index = scanNumber(bytes, from: index, end: end, into: &result)
                } else if WordKey.letterCode(byte) != nil {
                    index = scanWord(bytes, from: index, end: end, into: &result)
                } else {
                    if !isASCIISpace(byte) {
                        result.append(TextToken(kind: .punctuation, start: index, end: index + 1, scalar: UInt32(byte)))
                    }
                    index += 1
                }
                continue
            }
            let (scalar, width) = UTF8Scalar.decode(bytes, at: index, end: end)
            switch UTF8Scalar.classify(scalar) {
            case .letter: index = scanWord(bytes, from: index, end: end, into: &result)
            case .space: index += width
            case .mark:
                result.append(TextToken(kind: .punctuation, start: index, end: index + width, scalar: scalar))
                index += width
            }
        }
        return result.count
    }

    /// Appends tokens to memory with room for them, without an array's checks on every append.
    private struct TokenWriter {
        let base: UnsafeMutablePointer<TextToken>
        private(set) var count = 0

        init(_ base: UnsafeMutablePointer<TextToken>) { self.base = base }

        @inline(__always)
        mutating func append(_ token: TextToken) {
            (base + count).initialize(to: token)
            count &+= 1
        }
    }

    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    private static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int,
                                   into result: inout TokenWriter) -> Int {
        var index = start
        var value = 0
        while index < end, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            if index - start < 9 { value = value * 10 + Int(bytes[index] - 0x30) }
            index += 1
        }
        result.append(TextToken(kind: .number, start: start, end: index, number: index - start <= 9 ? value : -1))
        return index
    }

    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int,
                                 into result: inout TokenWriter) -> Int {
        // Most words are ASCII letters only; digits ("G20") or other letters after them make a word unpackable.
        let (lettersEnd, key) = LetterRun.scan(bytes, from: start, end: end)
        var index = lettersEnd
        var packable = true
        while index < end {
            let byte = bytes[index]
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                index += 1
            } else if byte >= 0x30 && byte <= 0x39 {
                packable = false
                index += 1
            } else if byte >= 0x80 {
                let (scalar, width) = UTF8Scalar.decode(bytes, at: index, end: end)
                guard UTF8Scalar.classify(scalar) == .letter else { break }
                packable = false
                index += width
            } else {
                break
            }
        }
        let first = bytes[start]
        result.append(TextToken(kind: .word, start: start, end: index, key: packable ? key : 0,
                                isCapitalized: first >= 0x41 && first <= 0x5A))
        return index
    }
}
