import SitrepCore

/// Times a corpus-wide search. (CorpusSearch has not landed yet: reports nothing until it does.)
enum SearchProbe {
    /// The queries a user would type: a place, a person's surname, a phrase.
    static let queries = ["baghouz", "spokesman", "civilians were evacuated"]

    static func time(_ model: CorpusModel) -> Timing? { nil }
}
