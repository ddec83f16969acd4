/// One distinct spelling of a name across the corpus, with everything merging needs to know about it.
struct NameRecord: Sendable {
    var name: String
    var key: String
    /// Position of first appearance in the corpus, the last tie-break for the canonical spelling.
    var order: Int
    var isKnown: Bool
    var knownKind: EntityKind?
    var votes: [EntityKind: Int] = [:]
    var mentions = 0
    /// Surface forms with their counts and the order they were first seen in.
    var surfaces: [String: (count: Int, order: Int)] = [:]
    var articles: [Int] = []

    var wordCount: Int { key.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } }
    var isAcronym: Bool { NameNormalizer.isAcronym(name) }

    /// The gazetteer's kind, else the kind most mentions were given.
    var kind: EntityKind {
        if let knownKind { return knownKind }
        return EntityKind.allCases.max { (votes[$0] ?? 0) < (votes[$1] ?? 0) } ?? .place
    }
}
