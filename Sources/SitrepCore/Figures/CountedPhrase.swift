/// The noun phrase a figure counts: the few words after it, up to the first plural noun, stopping at function
/// words, verbs and punctuation ("2,000 brainwashed fighters surrendered" counts "brainwashed fighters").
enum CountedPhrase {
    /// Plurals that do not end in "s", and words that count people without being plural in form.
    private static let irregularPlurals: WordSet = [
        "people", "men", "women", "children", "police", "personnel", "staff", "troops", "dead", "wounded", "injured",
        "gunmen", "infantry", "cattle", "sheep", "aircraft",
    ]

    /// Past tenses that end a phrase without ending in "-ed".
    private static let verbs: WordSet = [
        "fled", "left", "died", "fell", "came", "went", "took", "made", "gave", "got", "ran", "fought", "saw",
        "held", "kept", "lost", "met", "sent", "stood", "won", "became", "began", "brought", "found", "flew",
        "hid", "knew", "led", "lay", "rode", "rose", "sat", "shot", "spoke", "struck", "threw", "remain", "remains",
        "live", "lived", "need", "needs", "face", "faces", "lie", "lies", "stay", "stays", "say", "says", "said",
    ]

    /// The phrase starting at token `start`, as text of the paragraph.
    static func phrase(in tokens: [WordToken], from start: Int, bytes: [UInt8]) -> String {
        var index = start
        if index < tokens.count, isClosingQuote(tokens[index]) { index += 1 }
        var words: [WordToken] = []
        while index < tokens.count, words.count < 4 {
            let token = tokens[index]
            guard token.kind == .word else { break }
            if token.classes.intersects([.stopWord, .speechVerb]) || verbs.contains(token.key) {
                break
            }
            words.append(token)
            if isPlural(token, bytes) || token.isPossessive && words.count > 1 { break }
            index += 1
        }
        while let last = words.last, !isPlural(last, bytes), isVerbLike(last.key) || last.isPossessive {
            words.removeLast()
        }
        guard let first = words.first, let last = words.last else { return "" }
        return String(decoding: bytes[first.start..<last.end], as: UTF8.self)
    }

    private static func isPlural(_ token: WordToken, _ bytes: [UInt8]) -> Bool {
        let key = token.key
        if irregularPlurals.contains(key) { return true }
        if token.isAllCaps || token.isPossessive { return false }
        guard key.hasSuffix("s") && !key.hasSuffix("ss") && !key.hasSuffix("us") else { return false }
        return (token.isASCII ? key.count : token.keyText(in: bytes).count) > 3
    }

    private static func isVerbLike(_ key: TokenKey) -> Bool {
        key.hasSuffix("ed") || key.hasSuffix("ing") || verbs.contains(key)
    }

    private static func isClosingQuote(_ token: WordToken) -> Bool {
        ["”", "\"", "’", "'"].contains(where: token.isPunctuation)
    }
}
