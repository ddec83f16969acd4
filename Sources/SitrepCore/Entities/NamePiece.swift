/// The name-like part of each token of a sentence: what may go into a name, and where a name must stop.
///
/// Hyphenated words are cut to their name part: "US-backed" gives "US" and ends the name, "anti-ISIS" gives
/// "ISIS", "al-Hawl" and "Jean-Michel" stay whole; "Kurdish-led" and "north-east" give nothing.
struct NamePiece: Sendable {
    enum Role: Sendable { case name, acronym, particle, connector, none }

    var token: WordToken
    var role: Role
    /// The name cannot continue past this piece (a possessive, or a cut "US-backed").
    var endsName: Bool
    /// Cut from a hyphenated word ("US" of "US-backed"): a strong sign of a name even at a sentence start.
    var isCut = false

    /// In a shouting sentence only acronyms the gazetteer knows count as names.
    static func pieces(of tokens: [WordToken], shouting: Bool, gazetteer: GazetteerIndex) -> [NamePiece] {
        tokens.map { token in
            if shouting {
                let known = token.isAllCaps && token.text.utf8.count >= 3 && gazetteer.entry(forKey: token.text) != nil
                return NamePiece(token: token, role: known ? .acronym : .none, endsName: true)
            }
            return piece(for: token)
        }
    }

    private static func piece(for token: WordToken) -> NamePiece {
        guard token.kind == .word else { return NamePiece(token: token, role: .none, endsName: true) }
        if token.hasHyphen {
            return hyphenated(token, parts: token.text.split(separator: "-", omittingEmptySubsequences: false))
        }
        let key = token.key
        if !token.isCapitalised {
            if EntityLexicon.particles.contains(key) { return NamePiece(token: token, role: .particle, endsName: false) }
            if EntityLexicon.connectors.contains(key) { return NamePiece(token: token, role: .connector, endsName: false) }
            return NamePiece(token: token, role: .none, endsName: true)
        }
        return NamePiece(token: token, role: role(ofCapitalised: token, key: key),
                         endsName: token.isPossessive)
    }

    /// The role of a capitalised single word.
    private static func role(ofCapitalised token: WordToken, key: String) -> Role {
        if EntityLexicon.organisationWords.contains(key) { return .name }
        if token.isAllCaps && token.text.utf8.count <= 5 {
            if key == "is" || key == "us" { return .acronym }
            if EntityLexicon.stopWords.contains(key) || EntityLexicon.commonAcronyms.contains(key) { return .none }
            return .acronym
        }
        if key == "the" { return token.isClauseInitial ? .none : .connector }
        if EntityLexicon.stopWords.contains(key) { return .none }
        return .name
    }

    private static func hyphenated(_ token: WordToken, parts: [Substring]) -> NamePiece {
        let capitalised = parts.map { $0.first.map { $0.isUppercase } ?? false }
        let lowerParticle = parts.map {
            EntityLexicon.hyphenParticles.contains($0.lowercased()) && !($0.first?.isUppercase ?? true)
        }
        // "al-Hawl", "Jean-Michel", "Deir ez-Zor": every part is capitalised or a particle.
        if zip(capitalised, lowerParticle).allSatisfy({ $0 || $1 }), capitalised.contains(true) {
            let isDemonym = parts.allSatisfy { EntityLexicon.demonyms.contains($0.lowercased()) }
            return NamePiece(token: token, role: isDemonym ? .none : .name, endsName: token.isPossessive)
        }
        // "US-backed", "SDF-held": the leading capitalised parts, then the name ends.
        if capitalised[0] {
            let count = capitalised.prefix(while: { $0 }).count
            let text = parts.prefix(count).joined(separator: "-")
            var cut = token
            cut.text = text
            cut.end = token.start + text.utf8.count
            cut.isPossessive = false
            let key = cut.key
            let isPrefix = EntityLexicon.detachedPrefixes.contains(key) || EntityLexicon.demonyms.contains(key)
            let role: Role = isPrefix ? .none : self.role(ofCapitalised: cut, key: key)
            return NamePiece(token: cut, role: role, endsName: true, isCut: true)
        }
        // "anti-ISIS", "ex-Isis": the capitalised tail after a detached prefix.
        if EntityLexicon.detachedPrefixes.contains(parts[0].lowercased()), let first = capitalised.firstIndex(of: true),
           capitalised[first...].allSatisfy({ $0 }) {
            let dropped = parts.prefix(first).reduce(0) { $0 + $1.utf8.count + 1 }
            var tail = token
            tail.text = parts[first...].joined(separator: "-")
            tail.start = token.start + dropped
            tail.isClauseInitial = false
            return NamePiece(token: tail, role: tail.isAllCaps ? .acronym : .name, endsName: token.isPossessive)
        }
        return NamePiece(token: token, role: .none, endsName: true)
    }

    /// A sentence written in capitals (a shouted headline): its words are not names unless known acronyms.
    static func isShouting(_ tokens: [WordToken]) -> Bool {
        var words = 0, capitals = 0
        for token in tokens where token.kind == .word && token.text.utf8.count >= 2 {
            words += 1
            if token.isAllCaps { capitals += 1 }
        }
        return words >= 3 && capitals * 10 >= words * 7
    }
}
