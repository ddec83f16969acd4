/// A word, number or punctuation mark of a sentence, with its UTF-8 offsets in the paragraph.
///
/// The lowercase key and the capitalisation flags are computed once, when the token is made, because every
/// word list lookup and every rule reads them.
struct WordToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case word, number, punctuation }

    var kind: Kind
    var start: Int
    var end: Int
    /// The token's text; for a possessive word, without the "'s" (or trailing "'").
    var text: String {
        didSet { (key, isCapitalised, isAllCaps, hasHyphen) = Self.describe(text, kind: kind) }
    }
    /// Lowercased text, the key of every word list.
    private(set) var key: String
    /// First letter is uppercase.
    private(set) var isCapitalised: Bool
    /// Two or more letters, all uppercase ("SDF", "ISIS", "THE").
    private(set) var isAllCaps: Bool
    /// A word holding a hyphen ("al-Hawl", "US-backed", "twenty-five").
    private(set) var hasHyphen: Bool
    /// True when the word carried a possessive ending ("France's", "ISIS'").
    var isPossessive = false
    /// True when no word or number precedes it in its clause (sentence start, after a colon or an opening quote).
    var isClauseInitial = false

    init(kind: Kind, start: Int, end: Int, text: String, isPossessive: Bool = false) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.isPossessive = isPossessive
        (key, isCapitalised, isAllCaps, hasHyphen) = Self.describe(text, kind: kind)
    }

    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punctuation && text.unicodeScalars.first == scalar
    }

    /// Key, case flags and hyphen flag, with a fast path over the bytes of ASCII words.
    private static func describe(_ text: String, kind: Kind) -> (String, Bool, Bool, Bool) {
        guard kind == .word else { return (text, false, false, false) }
        if let ascii = text.utf8.withContiguousStorageIfAvailable({ describeASCII($0, text: text) }), let ascii {
            return ascii
        }
        let scalars = text.unicodeScalars
        let capitalised = scalars.first?.properties.isUppercase ?? false
        var letters = 0, allCaps = true
        for scalar in scalars where scalar.properties.isAlphabetic {
            letters += 1
            if !scalar.properties.isUppercase { allCaps = false }
        }
        return (text.lowercased(), capitalised, allCaps && letters >= 2, text.utf8.contains(0x2D))
    }

    /// The description of an ASCII word, lowercased without an intermediate copy; nil when a byte is not ASCII.
    private static func describeASCII(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> (String, Bool, Bool, Bool)? {
        var upper = 0, lower = 0
        var hyphen = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte &- 0x41 < 26 { upper += 1 } else if byte &- 0x61 < 26 { lower += 1 } else if byte == 0x2D { hyphen = true }
        }
        guard upper > 0 else { return (text, false, false, hyphen) }
        let key = String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
            return bytes.count
        }
        return (key, bytes[0] &- 0x41 < 26, upper >= 2 && lower == 0, hyphen)
    }
}
