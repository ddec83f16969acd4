/// A word, number or punctuation mark of a sentence, with its UTF-8 offsets in the paragraph.
struct WordToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case word, number, punctuation }

    var kind: Kind
    var start: Int
    var end: Int
    /// The token's text; for a possessive word, without the "'s" (or trailing "'").
    var text: String
    /// True when the word carried a possessive ending ("France's", "ISIS'").
    var isPossessive = false
    /// True when no word or number precedes it in its clause (sentence start, after a colon or an opening quote).
    var isClauseInitial = false

    /// First letter is uppercase.
    var isCapitalised: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Two or more letters, all uppercase ("SDF", "ISIS", "THE").
    var isAllCaps: Bool {
        guard kind == .word else { return false }
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Lowercased text, the key of every word list.
    var key: String { text.lowercased() }

    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        kind == .punctuation && text.unicodeScalars.first == scalar
    }
}
