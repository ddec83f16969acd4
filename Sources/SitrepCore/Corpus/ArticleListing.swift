import Foundation

/// One row of the article list: an article's metadata and how cleaning divided its lines.
public struct ArticleListing: Sendable {
    public var article: SourceArticle
    public var paragraphs: Int
    public var boilerplate: Int

    /// Every article of the corpus, cleaned to count paragraphs and furniture, grouped by outlet
    /// (alphabetically, unknown outlets last) and ordered by publication date within an outlet.
    public static func rows(_ corpus: Corpus) -> [ArticleListing] {
        let articles = corpus.articles
        let rows = parallelMap(articles.count) { index in
            let cleaned = BoilerplateCleaner.clean(articles[index])
            return ArticleListing(article: articles[index], paragraphs: cleaned.paragraphs.count,
                                  boilerplate: cleaned.boilerplate.count)
        }
        return rows.enumerated().sorted { a, b in
            let (x, y) = (a.element.article.metadata, b.element.article.metadata)
            if x.outlet != y.outlet {
                guard let left = x.outlet else { return false }
                guard let right = y.outlet else { return true }
                return left.localizedCaseInsensitiveCompare(right) == .orderedAscending
            }
            if x.published != y.published {
                guard let left = x.published else { return false }
                guard let right = y.published else { return true }
                return left < right
            }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// The fields scripts get, `null` where the metadata is missing.
    public var jsonObject: [String: Any] {
        let m = article.metadata
        return ["id": article.id, "file": article.file, "outlet": m.outlet ?? NSNull(),
                "published": m.published?.iso ?? NSNull(), "title": m.title ?? NSNull(), "url": m.url ?? NSNull(),
                "byline": m.byline ?? NSNull(), "paragraphs": paragraphs, "boilerplate": boilerplate]
    }

    public static let csvHeader = ["outlet", "published", "title", "id", "file", "url", "byline", "paragraphs", "boilerplate"]

    public var csvFields: [String] {
        let m = article.metadata
        return [m.outlet ?? "", m.published?.iso ?? "", m.title ?? "", article.id, article.file, m.url ?? "",
                m.byline ?? "", String(paragraphs), String(boilerplate)]
    }
}
