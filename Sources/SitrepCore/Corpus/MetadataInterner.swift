/// Makes articles that share an outlet, title or byline share one String for it, as they enter the corpus:
/// a corpus names a few dozen outlets across thousands of articles, and syndicated copies share headlines.
/// Strings longer than 15 UTF-8 bytes each hold an allocation of their own; the model keeps them all.
struct MetadataInterner {
    private var strings = Set<String>()

    /// `metadata` with its outlet, title and byline replaced by equal strings met before, where there are any.
    mutating func intern(_ metadata: ArticleMetadata) -> ArticleMetadata {
        var metadata = metadata
        metadata.outlet = metadata.outlet.map { intern($0) }
        metadata.title = metadata.title.map { intern($0) }
        metadata.byline = metadata.byline.map { intern($0) }
        return metadata
    }

    /// The first string equal to `string` met so far (`string` itself the first time).
    mutating func intern(_ string: String) -> String {
        // Short strings are stored inline: nothing to share.
        guard string.utf8.count > 15 else { return string }
        return strings.insert(string).memberAfterInsert
    }
}
