import SitrepCore

/// A mention the reader cursor can stop on: an entity or a date, by index into the article's lists.
struct ReaderMark: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// Index into `AnalyzedArticle.entities`.
        case entity(Int)
        /// Index into `AnalyzedArticle.dates`.
        case date(Int)
    }

    var span: TextSpan
    var kind: Kind

    /// Every entity and date mention of an article in text order.
    static func marks(of article: AnalyzedArticle) -> [ReaderMark] {
        let entities = article.entities.enumerated().map { ReaderMark(span: $1.span, kind: .entity($0)) }
        let dates = article.dates.enumerated().map { ReaderMark(span: $1.span, kind: .date($0)) }
        return (entities + dates).sorted { $0.span < $1.span }
    }
}
