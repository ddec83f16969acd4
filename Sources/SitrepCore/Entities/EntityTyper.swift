/// Decides whether a name is a person, an organisation or a place from its words and the words around it.
enum EntityTyper {
    /// The kind and how sure it is. `tokens` is the sentence, `range` the name proper (without titles).
    static func type(words: [String], hasTitle: Bool, isAcronym: Bool, startsWithThe: Bool,
                     tokens: [WordToken], range: Range<Int>) -> (EntityKind, NameDraft.Evidence) {
        if hasTitle { return (.person, .strong) }
        if let kind = kindFromWords(words, startsWithThe: startsWithThe) { return (kind, .strong) }
        let previous = range.lowerBound > 0 ? tokens[range.lowerBound - 1] : nil
        let next = range.upperBound < tokens.count ? tokens[range.upperBound] : nil
        if let previous, previous.kind == .word, !previous.isCapitalised,
           EntityLexicon.personRoles.contains(previous.key) { return (.person, .strong) }
        if let next, next.kind == .word, !next.isCapitalised, !(tokens[range.upperBound - 1].isPossessive),
           EntityLexicon.placeNounsAfter.contains(next.key) { return (.place, .strong) }
        if range.lowerBound >= 2, tokens[range.lowerBound - 1].key == "of",
           EntityLexicon.placeNounsBefore.contains(tokens[range.lowerBound - 2].key) {
            return (.place, .strong)
        }
        if isAppositivePerson(tokens, after: range.upperBound) { return (.person, .strong) }
        if isAcronym { return (.organisation, .context) }
        let saysSomething = next.map { $0.kind == .word && EntityLexicon.speechVerbs.contains($0.key) } ?? false
        if saysSomething && words.count >= 2 { return (.person, .context) }
        if words.last?.hasUTF8Suffix("stan") == true { return (.place, .context) }
        if let previous, previous.kind == .word, EntityLexicon.placePrepositions.contains(previous.key),
           words.count == 1 || EntityLexicon.containerPrepositions.contains(previous.key) {
            return (.place, .context)
        }
        if saysSomething { return (.person, .fallback) }
        return words.count >= 2 ? (.person, .fallback) : (.place, .fallback)
    }

    /// Organisation and place words inside the name: "Sky News", "Euphrates River", "Camp Bucca", "The Times".
    private static func kindFromWords(_ words: [String], startsWithThe: Bool) -> EntityKind? {
        guard let last = words.last else { return nil }
        if words.count > 1, EntityLexicon.placeWords.contains(last) { return .place }
        if words.contains(where: { EntityLexicon.organisationWords.contains($0) }) { return .organisation }
        if words.count > 1, EntityLexicon.placeWords.contains(words[0]) { return .place }
        if startsWithThe || words.contains("of") || words.contains("for") { return .organisation }
        return nil
    }

    /// ", who ..." or ", a British woman" / ", spokesman for ..." right after the name.
    private static func isAppositivePerson(_ tokens: [WordToken], after end: Int) -> Bool {
        guard end + 1 < tokens.count, tokens[end].isPunctuation(",") else { return false }
        let window = tokens[(end + 1)...].prefix(3)
        if window.first?.key == "who" { return true }
        for token in window {
            if token.kind != .word { return false }
            if EntityLexicon.personRoles.contains(token.key) { return true }
        }
        return false
    }
}
