/// A word, number or punctuation mark of a sentence: its UTF-8 offsets in the paragraph and what the rules
/// read of it. Holds no String: the text is `bytes[start..<end]` of the paragraph, and the lowercase key and
/// the capitalisation flags are computed once, over the bytes, when the token is made.
struct WordToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    // Stored largest first and with 32-bit offsets, so a token takes 40 bytes: an article holds thousands.
    /// The lowercased word, or the number or mark as written: the key of every word list.
    private(set) var key: TokenKey
    private var storedStart: Int32
    private var storedEnd: Int32
    /// The recogniser's word lists the word is in.
    private(set) var classes: WordClass = []
    /// The scalar of a punctuation mark (a space for words and numbers).
    private(set) var mark: Unicode.Scalar = " "
    private(set) var kind: Kind
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

    /// A word of `bytes[start..<end]` whose bytes the tokenizer has described in `shape`.
    init(word bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, shape: WordShape, isPossessive: Bool = false) {
        kind = .word
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: end)
        key = TokenKey()
        self.isPossessive = isPossessive
        describeWord(bytes, shape)
    }

    /// Digits with their separators, as written.
    init(number bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        kind = .number
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: end)
        key = TokenKey(bytes, start..<end, folding: false)
    }

    /// A punctuation mark; `width` is its length in bytes (1 for an undecodable byte, read as U+FFFD).
    init(mark: Unicode.Scalar, bytes: UnsafeBufferPointer<UInt8>, start: Int, width: Int) {
        kind = .punctuation
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: start + width)
        self.mark = mark
        isASCII = mark.isASCII
        key = mark.utf8.count == width ? TokenKey(bytes, start..<start + width, folding: false) : TokenKey(String(mark))
    }

    /// Narrows a word to `bytes[start..<end]` (part of a hyphenated word) and describes it again.
    mutating func narrow(to range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
        storedStart = Int32(truncatingIfNeeded: range.lowerBound)
        storedEnd = Int32(truncatingIfNeeded: range.upperBound)
        describeWord(bytes, WordShape(bytes, range))
    }

    /// UTF-8 offsets in the paragraph; a possessive word ends before its "'s" (or trailing "'").
    var start: Int { Int(storedStart) }
    var end: Int { Int(storedEnd) }

    var length: Int { end - start }

    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool { kind == .punctuation && mark == scalar }

    /// The token's text.
    func text(in bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The key as a String: the lowercased word, or the number or mark as written.
    func keyText(in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard kind == .word else { return text(in: bytes) }
        guard isASCII else { return text(in: bytes).lowercased() }
        return String(unsafeUninitializedCapacity: length) { buffer in
            for offset in 0..<length { buffer[offset] = TokenKey.lowercase(bytes[start + offset]) }
            return length
        }
    }

    /// The key of the word's part before its first hyphen character (the whole key when it has none).
    func keyBeforeHyphen(in bytes: UnsafeBufferPointer<UInt8>) -> TokenKey {
        guard hasHyphen else { return key }
        guard isASCII else { return TokenKey(String(keyText(in: bytes).prefix { $0 != "-" })) }
        let hyphen = bytes[start..<end].firstIndex(of: 0x2D) ?? end
        return TokenKey(bytes, start..<hyphen, folding: true)
    }

    /// The number of Unicode scalars of the text.
    func scalarCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        isASCII ? length : bytes[start..<end].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }

    /// Key, case flags and hyphen flag from the shape of an ASCII word; through String for any other word.
    private mutating func describeWord(_ bytes: UnsafeBufferPointer<UInt8>, _ shape: WordShape) {
        isASCII = shape.isASCII
        if isASCII {
            key = shape.key(bytes, start..<end)
            classes = EntityLexicon.classes(of: key)
            isCapitalised = bytes[start] &- 0x41 < 26
            isAllCaps = shape.capitals >= 2 && shape.smallLetters == 0
            hasHyphen = shape.hasHyphen
            return
        }
        let text = self.text(in: bytes)
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
