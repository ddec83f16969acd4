/// A word, number or punctuation mark of a sentence: its UTF-8 offsets in the paragraph and what the rules
/// read of it. Holds no String: the text is `bytes[start..<end]` of the paragraph, and the lowercase key and
/// the capitalisation flags are computed once, over the bytes, when the token is made.
struct WordToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    private(set) var kind: Kind
    /// UTF-8 offsets in the paragraph; a possessive word ends before its "'s" (or trailing "'").
    private(set) var start: Int
    private(set) var end: Int
    /// The lowercased word, or the number or mark as written: the key of every word list.
    private(set) var key: TokenKey
    /// The recogniser's word lists the word is in.
    private(set) var classes: WordClass = []
    /// The scalar of a punctuation mark (a space for words and numbers).
    private(set) var mark: Unicode.Scalar = " "
    /// First letter is uppercase.
    private(set) var isCapitalised = false
    /// Two or more letters, all uppercase ("SDF", "ISIS", "THE").
    private(set) var isAllCaps = false
    /// A word holding a hyphen ("al-Hawl", "US-backed", "twenty-five").
    private(set) var hasHyphen = false
    /// Every byte of the token is ASCII.
    private(set) var isASCII = true
    /// True when the word carried a possessive ending ("France's", "ISIS'").
    var isPossessive = false
    /// True when no word or number precedes it in its clause (sentence start, after a colon or an opening quote).
    var isClauseInitial = false

    /// A word of `bytes[start..<end]`.
    init(word bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, isPossessive: Bool = false) {
        kind = .word
        self.start = start
        self.end = end
        key = TokenKey()
        self.isPossessive = isPossessive
        describeWord(bytes)
    }

    /// Digits with their separators, as written.
    init(number bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        kind = .number
        self.start = start
        self.end = end
        key = TokenKey(bytes, start..<end, folding: false)
    }

    /// A punctuation mark; `width` is its length in bytes (1 for an undecodable byte, read as U+FFFD).
    init(mark: Unicode.Scalar, bytes: UnsafeBufferPointer<UInt8>, start: Int, width: Int) {
        kind = .punctuation
        self.start = start
        end = start + width
        self.mark = mark
        isASCII = mark.isASCII
        key = mark.utf8.count == width ? TokenKey(bytes, start..<end, folding: false) : TokenKey(String(mark))
    }

    /// Narrows a word to `bytes[start..<end]` (part of a hyphenated word) and describes it again.
    mutating func narrow(to range: Range<Int>, in bytes: [UInt8]) {
        start = range.lowerBound
        end = range.upperBound
        bytes.withUnsafeBufferPointer { describeWord($0) }
    }

    var length: Int { end - start }

    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool { kind == .punctuation && mark == scalar }

    /// The token's text.
    func text(in bytes: [UInt8]) -> String { String(decoding: bytes[start..<end], as: UTF8.self) }

    /// The key as a String: the lowercased word, or the number or mark as written.
    func keyText(in bytes: [UInt8]) -> String {
        guard kind == .word else { return text(in: bytes) }
        guard isASCII else { return text(in: bytes).lowercased() }
        return String(unsafeUninitializedCapacity: length) { buffer in
            for offset in 0..<length { buffer[offset] = TokenKey.lowercase(bytes[start + offset]) }
            return length
        }
    }

    /// The key of the word's part before its first hyphen character (the whole key when it has none).
    func keyBeforeHyphen(in bytes: [UInt8]) -> TokenKey {
        guard hasHyphen else { return key }
        guard isASCII else { return TokenKey(String(keyText(in: bytes).prefix { $0 != "-" })) }
        let hyphen = bytes[start..<end].firstIndex(of: 0x2D) ?? end
        return TokenKey(bytes, start..<hyphen, folding: true)
    }

    /// The number of Unicode scalars of the text.
    func scalarCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        isASCII ? length : bytes[start..<end].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }

    /// Key, case flags and hyphen flag over the bytes of an ASCII word; through String for any other word.
    private mutating func describeWord(_ bytes: UnsafeBufferPointer<UInt8>) {
        var upper = 0, lower = 0
        var low: UInt64 = 0, high: UInt64 = 0
        hasHyphen = false
        isASCII = true
        for index in start..<end {
            let byte = bytes[index]
            if byte >= 0x80 { isASCII = false; break }
            let isUpper = byte &- 0x41 < 26
            if isUpper { upper &+= 1 } else if byte &- 0x61 < 26 { lower &+= 1 } else if byte == 0x2D { hasHyphen = true }
            let offset = index &- start, folded = UInt64(isUpper ? byte | 0x20 : byte)
            if offset < 8 { low |= folded << UInt64(offset * 8) } else if offset < 16 { high |= folded << UInt64(offset * 8 - 64) }
        }
        if isASCII {
            key = length <= 15 ? TokenKey(packedLow: low, high: high, count: length)
                : TokenKey(bytes, start..<end, folding: true)
            classes = EntityLexicon.classes(of: key)
            isCapitalised = bytes[start] &- 0x41 < 26
            isAllCaps = upper >= 2 && lower == 0
            return
        }
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        let scalars = text.unicodeScalars
        var letters = 0, allCaps = true
        for scalar in scalars where scalar.properties.isAlphabetic {
            letters += 1
            if !scalar.properties.isUppercase { allCaps = false }
        }
        key = TokenKey(text.lowercased())
        classes = EntityLexicon.classes(of: key)
        isCapitalised = scalars.first?.properties.isUppercase ?? false
        isAllCaps = allCaps && letters >= 2
        hasHyphen = text.utf8.contains(0x2D)
    }
}
