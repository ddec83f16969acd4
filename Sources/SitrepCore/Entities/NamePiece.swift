/// The name-like part of a token of a sentence: what may go into a name, and where a name must stop.
///
/// Hyphenated words are cut to their name part: "US-backed" gives "US" and ends the name, "anti-ISIS" gives
/// "ISIS", "al-Hawl" and "Jean-Michel" stay whole; "Kurdish-led" and "north-east" give nothing. A piece is a few
/// bytes: its token is the sentence's, or the narrowed one `NamePieces` keeps for a cut word.
struct NamePiece: Sendable {
    enum Role: UInt8, Sendable { case name, acronym, particle, connector, none }

    var role: Role
    /// The name cannot continue past this piece (a possessive, or a cut "US-backed").
    var endsName: Bool
    /// Cut from a hyphenated word ("US" of "US-backed"): a strong sign of a name even at a sentence start.
    var isCut = false
    /// Where the token narrowed to the name part of a hyphenated word is in `NamePieces`; -1 when the piece's
    /// token is the sentence's own.
    var narrowed: Int32 = -1

    init(role: Role, endsName: Bool, isCut: Bool = false) {
        self.role = role
        self.endsName = endsName
        self.isCut = isCut
    }

    /// The piece of a token of a sentence that is not shouted, other than a hyphenated word (`hyphenated`).
    @inline(__always)
    static func piece(for token: WordToken) -> NamePiece {
        guard token.kind == .word else { return NamePiece(role: .none, endsName: true) }
        if !token.isCapitalised {
            if token.classes.contains(.particle) { return NamePiece(role: .particle, endsName: false) }
            if token.classes.contains(.connector) { return NamePiece(role: .connector, endsName: false) }
            return NamePiece(role: .none, endsName: true)
        }
        return NamePiece(role: role(ofCapitalised: token), endsName: token.isPossessive)
    }

    /// The piece of a token of a shouting sentence: only acronyms the gazetteer knows count as names.
    static func shoutedPiece(for token: WordToken, in bytes: UnsafeBufferPointer<UInt8>,
                             gazetteer: GazetteerIndex) -> NamePiece {
        let known = token.isAllCaps && token.length >= 3 && !gazetteer.isEmpty
            && gazetteer.entry(forKey: token.text(in: bytes)) != nil
        return NamePiece(role: known ? .acronym : .none, endsName: true)
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

    /// The piece of a hyphenated word of a sentence that is not shouted, and the word narrowed to its name part
    /// when it is cut to one.
    static func hyphenated(_ token: WordToken, in bytes: UnsafeBufferPointer<UInt8>) -> (NamePiece, WordToken?) {
        // Every rule below needs a capitalised part: an ASCII word with none ("so-called") is not split.
        if token.isASCII && !hasCapitalisedPart(bytes[token.start..<token.end]) {
            return (NamePiece(role: .none, endsName: true), nil)
        }
        return hyphenated(token, parts: HyphenPart.parts(of: token, in: bytes), in: bytes)
    }

    /// Whether an ASCII word starts with a capital or has one right after a hyphen.
    private static func hasCapitalisedPart(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var partStart = true
        for byte in word {
            if partStart && byte &- 0x41 < 26 { return true }
            partStart = byte == 0x2D
        }
        return false
    }

    private static func hyphenated(_ token: WordToken, parts: [HyphenPart],
                                   in bytes: UnsafeBufferPointer<UInt8>) -> (NamePiece, WordToken?) {
        // "al-Hawl", "Jean-Michel", "Deir ez-Zor": every part is capitalised or a particle.
        if parts.allSatisfy({ $0.isCapitalised || $0.isLowercaseParticle }), parts.contains(where: \.isCapitalised) {
            let isDemonym = parts.allSatisfy { EntityLexicon.classes(of: $0.key).contains(.demonym) }
            return (NamePiece(role: isDemonym ? .none : .name, endsName: token.isPossessive), nil)
        }
        // "US-backed", "SDF-held": the leading capitalised parts, then the name ends.
        if parts[0].isCapitalised {
            let count = parts.prefix(while: \.isCapitalised).count
            var cut = token
            cut.narrow(to: token.start..<parts[count - 1].range.upperBound, in: bytes)
            cut.isPossessive = false
            let isPrefix = cut.classes.intersects([.detachedPrefix, .demonym])
            let role: Role = isPrefix ? .none : self.role(ofCapitalised: cut)
            return (NamePiece(role: role, endsName: true, isCut: true), cut)
        }
        // "anti-ISIS", "ex-Isis": the capitalised tail after a detached prefix.
        if EntityLexicon.classes(of: parts[0].key).contains(.detachedPrefix), let first = parts.firstIndex(where: \.isCapitalised),
           parts[first...].allSatisfy(\.isCapitalised) {
            var tail = token
            tail.narrow(to: parts[first].range.lowerBound..<token.end, in: bytes)
            tail.isClauseInitial = false
            return (NamePiece(role: tail.isAllCaps ? .acronym : .name, endsName: token.isPossessive), tail)
        }
        return (NamePiece(role: .none, endsName: true), nil)
    }
}
