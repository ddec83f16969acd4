import SitrepCore

/// Times a corpus-wide search as the reader's `/` runs it: building the folded index, then queries.
enum SearchProbe {
    /// What a user would type: a place, a common word, a phrase.
    static let queries = ["baghouz", "spokesman", "civilians were evacuated"]

    /// The index build and the queries; also returns the number of hits, so the work cannot be skipped.
    static func time(_ model: CorpusModel) -> (index: Timing, queries: Timing, hits: Int) {
        let (search, index) = Clock.time { CorpusSearch(model: model) }
        let (hits, queries) = Clock.time { Self.queries.reduce(0) { $0 + search.search($1).count } }
        return (index, queries, hits)
    }
}
