/// One distinct spelling of a name across the corpus, with everything merging needs to know about it.
struct NameRecord: Sendable {
    /// A surface form of the name: its text (an id in `InternedNames`), mention count and first mention's order.
    struct Surface: Sendable {
        var text: Int
        var count: Int
        var order: Int
    }

    var name: String
    var key: String
    /// Position of first appearance in the corpus, the last tie-break for the canonical spelling.
    var order: Int
    var isKnown: Bool
    var knownKind: EntityKind?
    var votes = KindVotes()
    var mentions = 0
    var surfaces: [Surface] = []
    var articles: [Int] = []

    var wordCount: Int { key.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 } }
    var isAcronym: Bool { NameNormalizer.isAcronym(name) }

    /// The gazetteer's kind, else the kind most mentions were given.
    var kind: EntityKind { knownKind ?? votes.leader }
}

/// Mentions counted per kind.
struct KindVotes: Sendable {
    private var counts = (0, 0, 0)

    subscript(kind: EntityKind) -> Int {
        get {
            switch kind {
            case .person: counts.0
            case .organisation: counts.1
            case .place: counts.2
            }
        }
        set {
            switch kind {
            case .person: counts.0 = newValue
            case .organisation: counts.1 = newValue
            case .place: counts.2 = newValue
            }
        }
    }

    static func + (a: KindVotes, b: KindVotes) -> KindVotes {
        var sum = a
        for kind in EntityKind.allCases { sum[kind] += b[kind] }
        return sum
    }

    /// The votes of every kind.
    var total: Int { counts.0 + counts.1 + counts.2 }

    /// The kind with the most votes; of tied kinds, the first in `EntityKind.allCases`.
    var leader: EntityKind { EntityKind.allCases.max { self[$0] < self[$1] } ?? .place }
}
