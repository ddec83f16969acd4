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

    /// The pieces of a sentence's tokens, written over `pieces` (a buffer reused from sentence to sentence).
    /// In a shouting sentence only acronyms the gazetteer knows count as names.
    static func pieces(of sentence: SentenceTokens, shouting: Bool, gazetteer: GazetteerIndex,
                       into pieces: inout [NamePiece]) {
        pieces.removeAll(keepingCapacity: true)
        pieces.reserveCapacity(sentence.tokens.count)
        let bytes = sentence.bytes
        for token in sentence.tokens {
            if shouting {
                let known = token.isAllCaps && token.length >= 3 && !gazetteer.isEmpty
                    && gazetteer.entry(forKey: token.text(in: bytes)) != nil
                pieces.append(NamePiece(token: token, role: known ? .acronym : .none, endsName: true))
            } else {
                pieces.append(piece(for: token, in: bytes))
            }
        }
    }

    private static func piece(for token: WordToken, in bytes: UnsafeBufferPointer<UInt8>) -> NamePiece {
        guard token.kind == .word else { return NamePiece(token: token, role: .none, endsName: true) }
        if token.hasHyphen { return hyphenated(token, parts: HyphenPart.parts(of: token, in: bytes), in: bytes) }
        if !token.isCapitalised {
            if token.classes.contains(.particle) { return NamePiece(token: token, role: .particle, endsName: false) }
            if token.classes.contains(.connector) { return NamePiece(token: token, role: .connector, endsName: false) }
            return NamePiece(token: token, role: .none, endsName: true)
        }
        return NamePiece(token: token, role: role(ofCapitalised: token), endsName: token.isPossessive)
    }

    /// The role of a capitalised single word.
    private static func role(ofCapitalised token: WordToken) -> Role {
        let key = token.key
        if token.classes.contains(.organisationWord) { return .name }
        if token.isAllCaps && token.length <= 5 {
            if key == "is" || key == "us" { return .acronym }
            if token.classes.intersects([.stopWord, .commonAcronym]) { return .none }
            return .acronym
        }
        if key == "the" { return token.isClauseInitial ? .none : .connector }
        if token.classes.contains(.stopWord) { return .none }
        return .name
    }

    private static func hyphenated(_ token: WordToken, parts: [HyphenPart],
                                   in bytes: UnsafeBufferPointer<UInt8>) -> NamePiece {
        // "al-Hawl", "Jean-Michel", "Deir ez-Zor": every part is capitalised or a particle.
        if parts.allSatisfy({ $0.isCapitalised || $0.isLowercaseParticle }), parts.contains(where: \.isCapitalised) {
            let isDemonym = parts.allSatisfy { EntityLexicon.classes(of: $0.key).contains(.demonym) }
            return NamePiece(token: token, role: isDemonym ? .none : .name, endsName: token.isPossessive)
        }
        // "US-backed", "SDF-held": the leading capitalised parts, then the name ends.
        if parts[0].isCapitalised {
            let count = parts.prefix(while: \.isCapitalised).count
            var cut = token
            cut.narrow(to: token.start..<parts[count - 1].range.upperBound, in: bytes)
            cut.isPossessive = false
            let isPrefix = cut.classes.intersects([.detachedPrefix, .demonym])
            let role: Role = isPrefix ? .none : self.role(ofCapitalised: cut)
            return NamePiece(token: cut, role: role, endsName: true, isCut: true)
        }
        // "anti-ISIS", "ex-Isis": the capitalised tail after a detached prefix.
        if EntityLexicon.classes(of: parts[0].key).contains(.detachedPrefix), let first = parts.firstIndex(where: \.isCapitalised),
           parts[first...].allSatisfy(\.isCapitalised) {
            var tail = token
            tail.narrow(to: parts[first].range.lowerBound..<token.end, in: bytes)
            tail.isClauseInitial = false
            return NamePiece(token: tail, role: tail.isAllCaps ? .acronym : .name, endsName: token.isPossessive)
        }
        return NamePiece(token: token, role: .none, endsName: true)
    }

    /// A sentence written in capitals (a shouted headline): its words are not names unless known acronyms.
    static func isShouting(_ tokens: UnsafeBufferPointer<WordToken>) -> Bool {
        var words = 0, capitals = 0
        for token in tokens where token.kind == .word && token.length >= 2 {
            words += 1
            if token.isAllCaps { capitals += 1 }
        }
        return words >= 3 && capitals * 10 >= words * 7
    }
}
