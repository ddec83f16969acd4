/// Finds direct quotations in a paragraph: “...”, "...", ‘...’ and «...».
///
/// A quotation left open at the end of the paragraph runs to its end (the newspaper convention for
/// quotes spanning paragraphs). A right single quote closes a quotation only when one was opened
/// with a left single quote and no letter follows it, so apostrophes ("France’s") are left alone.
public enum QuotationFinder {
    /// The byte ranges of the quotations, including their marks, in order.
    public static func quotations(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: (start: Int, closer: UInt32)?
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight bytes at a time past plain ASCII text: no straight quote, nothing over 0x7F.
            if index + 8 <= count, !mayHoldQuoteMark(UnsafeRawPointer(bytes.baseAddress! + index)
                .loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if let current = open, current.closer == 0x22 {
                    ranges.append(current.start..<index + 1)
                    open = nil
                } else if open == nil {
                    open = (index, 0x22)
                }
                index += 1
                continue
            }
            guard byte >= 0xC2 else {
                index += 1
                continue
            }
            let (scalar, width) = UTF8Scalar.decode(bytes, at: index, end: count)
            switch scalar {
            case 0x201C, 0xAB, 0x2018:
                let closer: UInt32 = scalar == 0x201C ? 0x201D : scalar == 0xAB ? 0xBB : 0x2019
                if open == nil, scalar != 0x2018 || index == 0 || !isLetter(bytes, before: index) {
                    open = (index, closer)
                }
            case 0x201D, 0xBB, 0x2019:
                if let current = open, current.closer == scalar,
                   scalar != 0x2019 || !isLetter(bytes, at: index + width) {
                    ranges.append(current.start..<index + width)
                    open = nil
                }
            default:
                break
            }
            index += width
        }
        if let current = open { ranges.append(current.start..<count) }
        return ranges
    }

    /// Whether any of the eight bytes is a straight double quote or not ASCII (every other mark is).
    @inline(__always)
    static func mayHoldQuoteMark(_ eight: UInt64) -> Bool {
        let high = AlphanumericLanes.highBits
        return (AlphanumericLanes.lanes(of: eight & ~high, from: 0x22, through: 0x22) | eight & high) != 0
    }

    private static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index < bytes.count && WordKey.letterCode(bytes[index]) != nil
    }

    private static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        index > 0 && WordKey.letterCode(bytes[index - 1]) != nil
    }
}
