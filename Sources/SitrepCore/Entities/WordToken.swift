/// A word, number or punctuation mark of a sentence: its UTF-8 offsets in the paragraph and what the rules
/// read of it. Holds no String: the text is `bytes[start..<end]` of the paragraph, and the lowercase key and
/// the capitalisation flags are computed once, over the bytes, when the token is made.
struct WordToken: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    /// What the rules read of a token's case and form, a bit each.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// First letter is uppercase.
        static let capitalised = Flags(rawValue: 1 << 0)
        /// Two or more letters, all uppercase ("SDF", "ISIS", "THE").
        static let allCaps = Flags(rawValue: 1 << 1)
        /// A word holding a hyphen ("al-Hawl", "US-backed", "twenty-five").
        static let hyphen = Flags(rawValue: 1 << 2)
        /// Some byte of the token is not ASCII.
        static let nonASCII = Flags(rawValue: 1 << 3)
        /// The word carried a possessive ending ("France's", "ISIS'").
        static let possessive = Flags(rawValue: 1 << 4)
        /// No word or number precedes it in its clause (sentence start, after a colon or an opening quote).
        static let clauseInitial = Flags(rawValue: 1 << 5)
    }

    // Stored largest first, with 32-bit offsets and the flags in a byte, so a token takes 32 bytes: an article
    // holds thousands. A punctuation mark's scalar is read back from its key.
    /// The lowercased word, or the number or mark as written: the key of every word list.
    private(set) var key: TokenKey
    private var storedStart: Int32
    private var storedEnd: Int32
    /// The recogniser's word lists the word is in.
    private(set) var classes: WordClass
    private(set) var kind: Kind
    private var flags: Flags

    /// A word of `bytes[start..<end]` whose bytes the tokenizer has described in `shape`; its word lists are
    /// looked up in `lexicon` (`EntityLexicon.table`).
    init(word bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, shape: WordShape, flags: Flags,
         lexicon: WordTable<WordClass>) {
        kind = .word
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: end)
        (key, classes, self.flags) = Self.describeWord(bytes, start..<end, shape, flags, lexicon)
    }

    /// Digits with their separators, as written.
    init(number bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, flags: Flags) {
        kind = .number
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: end)
        key = TokenKey(bytes, start..<end, folding: false)
        classes = []
        self.flags = flags
    }

    /// A punctuation mark; `width` is its length in bytes (1 for an undecodable byte, read as U+FFFD).
    init(mark: Unicode.Scalar, bytes: UnsafeBufferPointer<UInt8>, start: Int, width: Int) {
        kind = .punctuation
        storedStart = Int32(truncatingIfNeeded: start)
        storedEnd = Int32(truncatingIfNeeded: start + width)
        if width == 1 && mark.isASCII {
            key = TokenKey(packedLow: UInt64(mark.value), high: 0, count: 1)
        } else {
            key = mark.utf8.count == width ? TokenKey(bytes, start..<start + width, folding: false) : TokenKey(String(mark))
        }
        classes = []
        flags = mark.isASCII ? [] : .nonASCII
    }

    /// Narrows a word to `bytes[start..<end]` (part of a hyphenated word) and describes it again.
    mutating func narrow(to range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
        storedStart = Int32(truncatingIfNeeded: range.lowerBound)
        storedEnd = Int32(truncatingIfNeeded: range.upperBound)
        (key, classes, flags) = Self.describeWord(bytes, range, WordShape(bytes, range),
                                                  flags.intersection([.possessive, .clauseInitial]), EntityLexicon.table)
    }

    /// The scalar of a punctuation mark (a space for words and numbers).
    var mark: Unicode.Scalar { kind == .punctuation ? key.firstScalar : " " }
    var isCapitalised: Bool { flags.contains(.capitalised) }
    var isAllCaps: Bool { flags.contains(.allCaps) }
    var hasHyphen: Bool { flags.contains(.hyphen) }
    /// Every byte of the token is ASCII.
    var isASCII: Bool { !flags.contains(.nonASCII) }

    var isPossessive: Bool {
        get { flags.contains(.possessive) }
        set { if newValue { flags.insert(.possessive) } else { flags.remove(.possessive) } }
    }

    var isClauseInitial: Bool {
        get { flags.contains(.clauseInitial) }
        set { if newValue { flags.insert(.clauseInitial) } else { flags.remove(.clauseInitial) } }
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

    /// Key, word lists and flags (added to `flags`) from the shape of an ASCII word; through String for any other.
    @inline(__always)
    private static func describeWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ shape: WordShape,
                                     _ flags: Flags, _ lexicon: WordTable<WordClass>) -> (TokenKey, WordClass, Flags) {
        guard shape.isASCII else { return describeNonASCIIWord(bytes, range, flags) }
        let key = shape.key(bytes, range)
        var flags = flags
        if bytes[range.lowerBound] &- 0x41 < 26 { flags.insert(.capitalised) }
        if shape.capitals >= 2 && shape.smallLetters == 0 { flags.insert(.allCaps) }
        if shape.hasHyphen { flags.insert(.hyphen) }
        return (key, lexicon[key] ?? [], flags)
    }

    @inline(never)
    private static func describeNonASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                             _ flags: Flags) -> (TokenKey, WordClass, Flags) {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        let scalars = text.unicodeScalars
        var letters = 0, allCaps = true
        for scalar in scalars where scalar.properties.isAlphabetic {
            letters += 1
            if !scalar.properties.isUppercase { allCaps = false }
        }
        let key = TokenKey(text.lowercased())
        var flags = flags.union(.nonASCII)
        if scalars.first?.properties.isUppercase ?? false { flags.insert(.capitalised) }
        if allCaps && letters >= 2 { flags.insert(.allCaps) }
        if text.utf8.contains(0x2D) { flags.insert(.hyphen) }
        return (key, EntityLexicon.classes(of: key), flags)
    }
}
