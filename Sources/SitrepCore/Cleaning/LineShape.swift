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
    ///
    /// ASCII is read eight bytes at a time: letters and digits are kept (capitals lowered), the first separator
    /// after kept text is written as a space and the rest of its run dropped, and a space left at the end is
    /// taken back. Other scalars are read one at a time.
    init(_ bytes: UnsafeBufferPointer<UInt8>, normalizingInto output: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        normalized = start..<start
        var cursor = Cursor(end: start)
        var tally = Tally()
        var i = 0
        let n = bytes.count
        // Eight bytes at a time while eight are left, then the last few as one shorter word.
        while i &+ 8 <= n {
            let eight = UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let ascii = AlphanumericLanes.leadingCount(~eight & AlphanumericLanes.highBits)
            guard ascii > 0 else {
                i = addScalar(bytes, at: i, into: output, cursor: &cursor)
                continue
            }
            let (text, length) = Self.addASCII(eight, count: ascii, cursor: &cursor, tally: &tally)
            // The output never runs ahead of the bytes read, so eight bytes fit.
            UnsafeMutableRawPointer(output.baseAddress! + cursor.end).storeBytes(of: text, as: UInt64.self)
            cursor.end &+= length
            i &+= ascii
        }
        while i < n {
            let last = Self.lastBytes(bytes, from: i)
            let ascii = min(AlphanumericLanes.leadingCount(~last & AlphanumericLanes.highBits), n &- i)
            guard ascii > 0 else {
                i = addScalar(bytes, at: i, into: output, cursor: &cursor)
                continue
            }
            let (text, length) = Self.addASCII(last, count: ascii, cursor: &cursor, tally: &tally)
            let destination = UnsafeMutableRawPointer(output.baseAddress! + cursor.end)
            withUnsafeBytes(of: text) { destination.copyMemory(from: $0.baseAddress!, byteCount: length) }
            cursor.end &+= length
            i &+= ascii
        }
        if cursor.end > start, output[cursor.end - 1] == 0x20 { cursor.end -= 1 }
        normalized = start..<cursor.end
        upperLetters = tally.upperLetters
        lowerLetters = tally.lowerLetters
        digits = tally.digits
        words += tally.wordStarts
        endsLikeSentence = Self.endsLikeSentence(bytes)
    }

    /// Where normalizing has got to: the output's end, and what the last byte read was.
    private struct Cursor {
        var end: Int
        /// The last byte read was no space (0x20): the next one continues a word.
        var inWord = false
        /// The last byte read was a separator, or none was read: a separator now writes nothing.
        var afterSeparator = true

        /// A separator: the first after kept text is written as a space.
        mutating func separate(into output: UnsafeMutableBufferPointer<UInt8>) {
            guard !afterSeparator else { return }
            output[end] = 0x20
            end += 1
            afterSeparator = true
        }
    }

    /// The ASCII counts, two to an integer (32 bits each), so two lane classes are counted with one multiply.
    private struct Tally {
        /// Capitals in the low half, small letters in the high half.
        var letters: UInt64 = 0
        /// Digits in the low half, words started in the high half.
        var digitsAndWords: UInt64 = 0

        var upperLetters: Int { Int(truncatingIfNeeded: letters & 0xFFFF_FFFF) }
        var lowerLetters: Int { Int(truncatingIfNeeded: letters &>> 32) }
        var digits: Int { Int(truncatingIfNeeded: digitsAndWords & 0xFFFF_FFFF) }
        var wordStarts: Int { Int(truncatingIfNeeded: digitsAndWords &>> 32) }

        /// Adds the lanes (high bits) of `low` to one count and those of `high` to the other: each lane holds
        /// the two as 0 or 1 and 0 or 16, so the eight lanes' sum (at most 8 + 128) fits a byte.
        @inline(__always)
        static func pair(_ low: UInt64, _ high: UInt64) -> UInt64 {
            let sum = ((low &>> 7 | high &>> 3) &* 0x0101_0101_0101_0101) &>> 56
            return sum & 0xF | (sum &>> 4) &<< 32
        }
    }

    /// Counts the first `count` bytes of `eight`, all ASCII, and returns their normalized text (its first
    /// `length` bytes): capitals lowered, a separator after kept text a space, any other separator dropped.
    @inline(__always)
    private static func addASCII(_ eight: UInt64, count: Int, cursor: inout Cursor,
                                 tally: inout Tally) -> (text: UInt64, length: Int) {
        // Lanes past `count` may hold anything: every class is cut to the first `count` lanes, and the range
        // tests carry only upwards, from a byte over 0x7F into later lanes.
        let run = AlphanumericLanes.firstLanes(count)
        let letters = AlphanumericLanes.lanes(of: eight | 0x2020_2020_2020_2020, from: 0x61, through: 0x7A) & run
        let upper = letters & ~(eight &<< 2) // a capital has no 0x20 bit, which the shift moves to the lane's top
        let digit = AlphanumericLanes.lanes(of: eight, from: 0x30, through: 0x39) & run
        let nonSpace = ~AlphanumericLanes.lanes(of: eight, from: 0x20, through: 0x20) & run
        let separators = run & ~(letters | digit)
        let wordStarts = nonSpace & ~(nonSpace &<< 8 | (cursor.inWord ? 0x80 : 0))
        tally.letters &+= Tally.pair(upper, letters ^ upper)
        tally.digitsAndWords &+= Tally.pair(digit, wordStarts)
        let spaces = (separators &>> 7) &* 0xFF
        var text = (eight | upper &>> 2) & ~spaces | 0x2020_2020_2020_2020 & spaces
        var dropped = separators & (separators &<< 8 | (cursor.afterSeparator ? 0x80 : 0))
        var length = count
        if dropped & (dropped &- 1) == 0 {
            // None or one (most chunks): no branch on which.
            let below = dropped == 0 ? ~UInt64(0) : (UInt64(1) &<< UInt64(dropped.trailingZeroBitCount &- 7)) &- 1
            text = text & below | (text &>> 8) & ~below
            length &-= dropped == 0 ? 0 : 1
        } else {
            // From the last lane down, so the lanes still to drop keep their places.
            while dropped != 0 {
                let bit = 63 &- dropped.leadingZeroBitCount
                let below = (UInt64(1) &<< UInt64(bit &- 7)) &- 1
                text = text & below | (text &>> 8) & ~below
                dropped &= ~(UInt64(1) &<< UInt64(bit))
                length &-= 1
            }
        }
        let last = UInt64(8 &* count &- 1)
        cursor.inWord = nonSpace &>> last & 1 != 0
        cursor.afterSeparator = separators &>> last & 1 != 0
        return (text, length)
    }

    /// The non-ASCII scalar at `i`: punctuation separates, anything else is kept as it is. Returns where the
    /// next scalar starts.
    private mutating func addScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int,
                                    into output: UnsafeMutableBufferPointer<UInt8>, cursor: inout Cursor) -> Int {
        if !cursor.inWord { cursor.inWord = true; words += 1 }
        let width = bytes[i] < 0xE0 ? 2 : bytes[i] < 0xF0 ? 3 : 4
        if Self.isPunctuation(bytes, at: i) {
            cursor.separate(into: output)
        } else {
            for k in i..<min(i + width, bytes.count) { output[cursor.end] = bytes[k]; cursor.end += 1 }
            cursor.afterSeparator = false
        }
        return i + width
    }

    /// The fewer than eight bytes left from `i`, in the low lanes, zeros above.
    @inline(__always)
    private static func lastBytes(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> UInt64 {
        let left = bytes.count &- i
        if bytes.count >= 8 {
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            return raw.loadUnaligned(fromByteOffset: bytes.count &- 8, as: UInt64.self) &>> UInt64(8 &* (8 &- left))
        }
        var word: UInt64 = 0
        for k in 0..<left { word |= UInt64(bytes[i &+ k]) &<< UInt64(8 &* k) }
        return word
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
