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
        didSet { (key, isCapitalised, isAllCaps) = Self.describe(text, kind: kind) }
    }
    /// Lowercased text, the key of every word list.
    private(set) var key: String
    /// First letter is uppercase.
    private(set) var isCapitalised: Bool
    /// Two or more letters, all uppercase ("SDF", "ISIS", "THE").
    private(set) var isAllCaps: Bool
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
        (key, isCapitalised, isAllCaps) = Self.describe(text, kind: kind)
    }

    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punctuation && text.unicodeScalars.first == scalar
    }

    /// Key and case flags, with a fast path for ASCII words.
    private static func describe(_ text: String, kind: Kind) -> (String, Bool, Bool) {
        guard kind == .word else { return (text, false, false) }
        var ascii = true
        var upper = 0, lower = 0
        var firstUpper = false
        var first = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            let isUpper = byte >= 0x41 && byte <= 0x5A
            if isUpper { upper += 1 } else if byte >= 0x61 && byte <= 0x7A { lower += 1 }
            if first { firstUpper = isUpper; first = false }
        }
        if ascii {
            let key = upper == 0 ? text : String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 },
                                                 as: UTF8.self)
            return (key, firstUpper, upper >= 2 && lower == 0)
        }
        let scalars = text.unicodeScalars
        let capitalised = scalars.first?.properties.isUppercase ?? false
        var letters = 0, allCaps = true
        for scalar in scalars where scalar.properties.isAlphabetic {
            letters += 1
            if !scalar.properties.isUppercase { allCaps = false }
        }
        return (text.lowercased(), capitalised, allCaps && letters >= 2)
    }
}
