/// A person, organisation or place, merged across every spelling the corpus uses.
public struct Entity: Hashable, Sendable {
    public var id: Int
    public var name: String
    public var kind: EntityKind
    /// Every surface form seen in the corpus, most frequent first.
    public var aliases: [String]
    public var mentionCount: Int
    /// Indices into `CorpusModel.articles`.
    public var articles: [Int]

    public init(id: Int, name: String, kind: EntityKind, aliases: [String], mentionCount: Int, articles: [Int]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentionCount = mentionCount
        self.articles = articles
    }
}
