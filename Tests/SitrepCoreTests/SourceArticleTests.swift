import Testing
@testable import SitrepCore

/// The headline and credit line the reader and `sitrep articles --show` print above an article.
@Suite struct SourceArticleTests {
    private static func article(_ metadata: ArticleMetadata) -> SourceArticle {
        SourceArticle(id: "a1", file: "a1.txt", text: "Text.", metadata: metadata)
    }

    @Test func theCreditLineNamesOutletDateAndByline() {
        let full = Self.article(ArticleMetadata(outlet: "Northwind News", published: CalendarDate(year: 2019, month: 3, day: 12),
                                                title: "Town falls", byline: "By A. Writer"))
        #expect(full.title == "Town falls")
        #expect(full.creditLine == "Northwind News · 2019-03-12 · By A. Writer")
    }

    @Test func missingFieldsSaySoAndAnEmptyBylineIsLeftOut() {
        let bare = Self.article(ArticleMetadata(byline: ""))
        #expect(bare.title == "a1")
        #expect(bare.outlet == "Unknown outlet")
        #expect(bare.creditLine == "Unknown outlet · undated")
    }
}
