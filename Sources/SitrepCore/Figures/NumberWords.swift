/// Numbers written as words, and the vague quantities news uses ("dozens", "a few hundred"), with the ranges
/// this project reads them as.
enum NumberWords {
    /// "two" to "ninety". "One" is left out: it is far more often a pronoun ("one of them") than a figure.
    static let cardinals: WordTable<Int> = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Words that multiply the number before them ("3 thousand", "eight million", "1.5m").
    static let multipliers: WordTable<Int> = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "m": 1_000_000, "bn": 1_000_000_000, "k": 1_000,
    ]

    /// Plural quantities without a number, read as ranges: "dozens" is 24 to 99, "hundreds" 200 to 999.
    static let vaguePlurals: WordTable<ClosedRange<Int>> = [
        "dozens": 24...99, "scores": 40...99, "hundreds": 200...999, "thousands": 2_000...9_999,
        "millions": 2_000_000...9_999_999,
    ]

    /// "a few hundred" is read as 200 to 500, "several hundred" as 300 to 900 (and likewise for thousands).
    static let vagueFactors: WordTable<ClosedRange<Int>> = ["few": 2...5, "several": 3...9, "many": 2...9]

    /// Words a number expression can begin with; everything else is skipped at once. Tokens carry the answer
    /// as `WordClass.figureOpener`, found with their other word lists when they are made.
    static let openers: [TokenKey] = cardinals.keys + vaguePlurals.keys + vagueFactors.keys + ["a", "an", "tens"]

    /// Words that make "a" or "an" before them part of a figure ("a dozen", "a thousand", "a few hundred"). Tokens
    /// carry the answer as `WordClass.figureAfterArticle`.
    static let afterArticle: [TokenKey] = ["dozen"] + multipliers.keys + vagueFactors.keys

    /// Whether a number expression may start at this token: digits, an opener, or "twenty-five" and the like.
    static func mayStart(_ token: WordToken, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch token.kind {
        case .number: return true
        case .punctuation: return false
        case .word:
            if token.classes.contains(.figureOpener) { return true }
            guard token.hasHyphen else { return false }
            if token.isASCII { return cardinals[token.keyBeforeHyphen(in: bytes)] != nil }
            let key = token.keyText(in: bytes)
            guard let hyphen = key.utf8.firstIndex(of: 0x2D) else { return false }
            return cardinals[String(key[..<hyphen])] != nil
        }
    }

    /// Three-letter words and four-letter word beginnings of every word a figure can hold, packed as integers
    /// into a 64-slot open-addressing table (0 marks a free slot).
    private static let triggers: [UInt32] = {
        var slots = [UInt32](repeating: 0, count: 64)
        for word in ["two", "six", "ten", "few", "thre", "four", "five", "seve", "eigh", "nine", "elev", "twel", "thir",
                     "fift", "sixt", "twen", "fort", "doze", "hund", "thou", "mill", "bill", "scor", "tens"] {
            let packed = word.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            var slot = triggerSlot(packed)
            while slots[slot] != 0 { slot = (slot + 1) & 63 }
            slots[slot] = packed
        }
        return slots
    }()

    private static func triggerSlot(_ packed: UInt32) -> Int { Int((packed &* 0x9E37_79B1) >> 26) }

    private static func isTrigger(_ packed: UInt32) -> Bool {
        var slot = triggerSlot(packed)
        while triggers[slot] != 0 {
            if triggers[slot] == packed { return true }
            slot = (slot + 1) & 63
        }
        return false
    }

    /// A byte-level check that lets the extractor skip sentences with no digit and no number word.
    static func mayOccur(in bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int) -> Bool {
        if containsDigit(bytes, from: lower, to: upper) { return true }
        var index = lower
        var previousIsLetter = false
        while index < upper {
            let byte = bytes[index]
            let letter = byte | 0x20
            let isLetter = letter >= 0x61 && letter <= 0x7A
            if isLetter && !previousIsLetter {
                var packed: UInt32 = 0
                var length = 0
                while length < 4, index + length < upper {
                    let next = bytes[index + length] | 0x20
                    guard next >= 0x61 && next <= 0x7A else { break }
                    packed = packed << 8 | UInt32(next)
                    length += 1
                }
                let ended = index + length >= upper || !((bytes[index + length] | 0x20) >= 0x61
                    && (bytes[index + length] | 0x20) <= 0x7A)
                if (length == 4 || (length == 3 && ended)) && isTrigger(packed) { return true }
            }
            previousIsLetter = isLetter || byte >= 0x80
            index += 1
        }
        return false
    }

    /// Whether an ASCII digit occurs in `bytes[lower..<upper]`, read eight bytes at a time.
    private static func containsDigit(_ bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int) -> Bool {
        var index = lower
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index &+ 8 <= upper {
                let eight = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let ascii = ~eight & AlphanumericLanes.highBits
                let low = eight & ~AlphanumericLanes.highBits
                if AlphanumericLanes.lanes(of: low, from: 0x30, through: 0x39) & ascii != 0 { return true }
                index &+= 8
            }
        }
        while index < upper {
            if bytes[index] &- 0x30 < 10 { return true }
            index += 1
        }
        return false
    }

    /// "twenty-five", "thirty-two"; a plain cardinal; or nil.
    static func value(ofWord token: WordToken, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if let value = cardinals[token.key] { return value }
        guard token.hasHyphen else { return nil }
        let parts = token.keyText(in: bytes).split(separator: "-")
        guard parts.count == 2, let tens = cardinals[String(parts[0])], tens >= 20, tens % 10 == 0,
              let units = cardinals[String(parts[1])], units < 10 else {
            return parts.count == 2 && parts[0] == "twenty" && parts[1] == "one" ? 21 : nil
        }
        return tens + units
    }

    /// Digits with thousands separators, or a decimal when `allowDecimal` ("1.5" before "million").
    static func value(ofDigits token: WordToken, in bytes: UnsafeBufferPointer<UInt8>, allowDecimal: Bool) -> Double? {
        // Whole numbers of up to 15 digits (exact in a Double) are summed over the bytes; the rest are parsed.
        var whole = 0, digitCount = 0
        for byte in bytes[token.start..<token.end] where byte != UInt8(ascii: ",") {
            guard byte &- 0x30 < 10, digitCount < 15 else { digitCount = -1; break }
            whole = whole * 10 + Int(byte &- 0x30)
            digitCount += 1
        }
        if digitCount > 0 { return Double(whole) }
        let digits = bytes[token.start..<token.end].filter { $0 != UInt8(ascii: ",") }
        if digits.contains(UInt8(ascii: ".")) && !allowDecimal { return nil }
        return Double(String(decoding: digits, as: UTF8.self))
    }
}
