/// One word of normalized text: lower-case ASCII letters and digits, or other scalars as written.
struct NormalizedWord {
    let bytes: UnsafeBufferPointer<UInt8>
    let isASCII: Bool

    /// The word as a String, for the rare word with non-ASCII scalars (Character rules apply there).
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether every character is a number (Unicode numbers, not only ASCII digits).
    var isNumber: Bool {
        isASCII ? bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } : string.allSatisfy(\.isNumber)
    }

    /// The number of characters (grapheme clusters).
    var characterCount: Int { isASCII ? bytes.count : string.count }

    /// Whether the word ends with the ASCII `suffix`.
    func hasSuffix(_ suffix: StaticString) -> Bool {
        guard isASCII else { return string.hasSuffix(suffix.description) }
        let count = suffix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: count)
        return tail.elementsEqual(bytes[(bytes.count - count)...])
    }
}

/// The space-separated words of normalized text, with String's word boundaries: a space that a
/// combining mark attaches to does not separate, so text with non-ASCII scalars is split as a String.
struct NormalizedWords: Sequence, IteratorProtocol {
    private let text: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Word byte ranges, found through String only when the text is not all ASCII.
    private var ranges: [Range<Int>]?
    private var rangeIndex = 0

    init(_ text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        if !AlphanumericLanes.isASCII(text) {
            let string = String(decoding: text, as: UTF8.self)
            let utf8 = string.utf8
            ranges = string.split(separator: " ").map { word in
                utf8.distance(from: utf8.startIndex, to: word.startIndex)
                    ..< utf8.distance(from: utf8.startIndex, to: word.endIndex)
            }
        }
    }

    mutating func next() -> NormalizedWord? {
        if let ranges {
            guard rangeIndex < ranges.count else { return nil }
            let range = ranges[rangeIndex]
            rangeIndex += 1
            let bytes = UnsafeBufferPointer(rebasing: text[range])
            return NormalizedWord(bytes: bytes, isASCII: AlphanumericLanes.isASCII(bytes))
        }
        while position < text.count, text[position] == 0x20 { position += 1 }
        guard position < text.count else { return nil }
        let start = position
        while position < text.count, text[position] != 0x20 { position += 1 }
        return NormalizedWord(bytes: UnsafeBufferPointer(rebasing: text[start..<position]), isASCII: true)
    }
}
