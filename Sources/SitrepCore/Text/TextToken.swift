/// A word, number or punctuation mark of a paragraph, located by UTF-8 offsets in that paragraph.
///
/// Tokens carry precomputed lookup data (`key`, `number`, `scalar`) so rule engines can match
/// them with integer comparisons and dictionary lookups, without building strings.
public struct TextToken: Hashable, Sendable {
    public enum Kind: UInt8, Sendable { case word, number, punctuation }

    /// For ASCII words of up to 12 letters: the lowercased word packed by `WordKey`; otherwise 0.
    public var key: UInt64
    /// UTF-8 offset of the first byte in the paragraph. (Offsets and numbers are stored in 32 bits: a token
    /// takes 32 bytes, not 48, in the buffers the tokenizer fills for every sentence.)
    @Int32Stored public var start: Int
    /// UTF-8 offset one past the last byte.
    @Int32Stored public var end: Int
    /// For numbers of up to 9 digits: their value; otherwise -1.
    @Int32Stored public var number: Int
    /// For punctuation: the Unicode scalar value; otherwise 0.
    public var scalar: UInt32
    public var kind: Kind
    /// For words: whether the first letter is an ASCII capital.
    public var isCapitalized: Bool

    public init(kind: Kind, start: Int, end: Int, key: UInt64 = 0, number: Int = -1,
                scalar: UInt32 = 0, isCapitalized: Bool = false) {
        self.kind = kind
        self.start = start
        self.end = end
        self.key = key
        self.number = number
        self.scalar = scalar
        self.isCapitalized = isCapitalized
    }

    public var length: Int { end - start }

    /// Whether this token is the punctuation mark `character` (an ASCII or BMP scalar).
    public func isPunctuation(_ character: Unicode.Scalar) -> Bool {
        kind == .punctuation && scalar == character.value
    }
}

/// Packs a lowercase ASCII word of up to 12 letters into an integer, 5 bits a letter, so keyword
/// tables are `[UInt64: Value]` dictionaries looked up without allocating a `String`.
public enum WordKey {
    public static let maxLength = 12

    /// The key of `word` (case-insensitive), or 0 when it is longer than 12 letters or not all ASCII letters.
    public static func make(_ word: String) -> UInt64 {
        var key: UInt64 = 0
        var count = 0
        for byte in word.utf8 {
            guard let code = letterCode(byte), count < maxLength else { return 0 }
            key = key << 5 | code
            count += 1
        }
        return key
    }

    /// The lowercase letters `key` packs, first to last (`make` read backwards).
    static func letters(of key: UInt64) -> [UInt8] {
        var letters: [UInt8] = []
        var rest = key
        while rest != 0 {
            letters.append(UInt8(truncatingIfNeeded: rest & 0x1F) &+ 0x60)
            rest >>= 5
        }
        return letters.reversed()
    }

    /// The 1...26 code of an ASCII letter of either case.
    @inline(__always)
    static func letterCode(_ byte: UInt8) -> UInt64? {
        switch byte {
        case 0x61...0x7A: UInt64(byte - 0x60)
        case 0x41...0x5A: UInt64(byte - 0x40)
        default: nil
        }
    }
}
