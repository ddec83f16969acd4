/// Decides whether a name is a person, an organisation or a place from its words and the words around it.
enum EntityTyper {
    /// The kind and how sure it is. `words` are the tokens of the name proper (without titles, and cut to their
    /// name part), `tokens` the sentence and `range` where the name proper is in it.
    static func type(words: UnsafeBufferPointer<WordToken>, hasTitle: Bool, isAcronym: Bool, startsWithThe: Bool,
                     tokens: UnsafeBufferPointer<WordToken>, range: Range<Int>) -> (EntityKind, NameDraft.Evidence) {
        if hasTitle { return (.person, .strong) }
        if let kind = kindFromWords(words, startsWithThe: startsWithThe) { return (kind, .strong) }
        let previous = range.lowerBound > 0 ? tokens[range.lowerBound - 1] : nil
        let next = range.upperBound < tokens.count ? tokens[range.upperBound] : nil
        if let previous, previous.kind == .word, !previous.isCapitalised,
           previous.classes.contains(.personRole) { return (.person, .strong) }
        if let next, next.kind == .word, !next.isCapitalised, !(tokens[range.upperBound - 1].isPossessive),
           next.classes.contains(.placeNounAfter) { return (.place, .strong) }
        if range.lowerBound >= 2, tokens[range.lowerBound - 1].key == "of",
           tokens[range.lowerBound - 2].classes.contains(.placeNounBefore) {
            return (.place, .strong)
        }
        if isAppositivePerson(tokens, after: range.upperBound) { return (.person, .strong) }
        if isAcronym { return (.organisation, .context) }
        let saysSomething = next.map { $0.kind == .word && $0.classes.contains(.speechVerb) } ?? false
        if saysSomething && words.count >= 2 { return (.person, .context) }
        if words.last?.key.hasSuffix("stan") == true { return (.place, .context) }
        if let previous, previous.kind == .word, previous.classes.contains(.placePreposition),
           words.count == 1 || previous.classes.contains(.containerPreposition) {
            return (.place, .context)
        }
        if saysSomething { return (.person, .fallback) }
        return words.count >= 2 ? (.person, .fallback) : (.place, .fallback)
    }

    /// Organisation and place words inside the name: "Sky News", "Euphrates River", "Camp Bucca", "The Times".
    /// (A word token's `classes` are its key's lexicon classes, found when it was made.)
    private static func kindFromWords(_ words: UnsafeBufferPointer<WordToken>,
                                      startsWithThe: Bool) -> EntityKind? {
        guard let first = words.first, let last = words.last else { return nil }
        if words.count > 1, last.classes.contains(.placeWord) { return .place }
        if words.contains(where: { $0.classes.contains(.organisationWord) }) { return .organisation }
        if words.count > 1, first.classes.contains(.placeWord) { return .place }
        if startsWithThe || words.contains(where: { $0.key == ofKey || $0.key == forKey }) { return .organisation }
        return nil
    }

    private static let ofKey: TokenKey = "of"
    private static let forKey: TokenKey = "for"

    /// ", who ..." or ", a British woman" / ", spokesman for ..." right after the name.
    private static func isAppositivePerson(_ tokens: UnsafeBufferPointer<WordToken>, after end: Int) -> Bool {
        guard end + 1 < tokens.count, tokens[end].isPunctuation(",") else { return false }
        let window = tokens[(end + 1)...].prefix(3)
        if window.first?.key == "who" { return true }
        for token in window {
            if token.kind != .word { return false }
            if token.classes.contains(.personRole) { return true }
        }
        return false
    }
}
