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
    static func phrase(in sentence: SentenceTokens, from start: Int) -> String {
        let tokens = sentence.tokens, bytes = sentence.bytes
        var first = start
        if first < tokens.count, isClosingQuote(tokens[first]) { first += 1 }
        // The phrase is tokens[first..<first + count].
        var count = 0
        while first + count < tokens.count, count < 4 {
            let token = tokens[first + count]
            guard token.kind == .word else { break }
            if token.classes.intersects([.stopWord, .speechVerb]) || verbs.contains(token.key) {
                break
            }
            count += 1
            if isPlural(token, bytes) || token.isPossessive && count > 1 { break }
        }
        while count > 0, case let last = tokens[first + count - 1], !isPlural(last, bytes),
              isVerbLike(last.key) || last.isPossessive {
            count -= 1
        }
        guard count > 0 else { return "" }
        return sentence.text(tokens[first].start..<tokens[first + count - 1].end)
    }

    private static func isPlural(_ token: WordToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
        guard token.kind == .punctuation else { return false }
        switch token.mark {
        case "”", "\"", "’", "'": return true
        default: return false
        }
    }
}
