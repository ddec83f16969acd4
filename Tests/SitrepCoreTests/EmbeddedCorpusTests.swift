import Foundation
import Testing
@testable import SitrepCore

@Suite struct EmbeddedCorpusTests {
    @Test func loadsTheFiveSeedArticles() throws {
        let url = try #require(EmbeddedCorpus.locate())
        let corpus = try CorpusLoader.load(from: url)
        #expect(corpus.articles.count == 5)
        #expect(corpus.articles.map(\.metadata.outlet) == ["The Sun", "The Sun", "The Sun", "Daily Mail", "AsiaNews"])
        #expect(corpus.window == CalendarDate(iso: "2019-02-01")!...CalendarDate(iso: "2019-03-31")!)
    }
}
