import Testing
@testable import SitrepCore

@Suite struct EventTableTests {
    /// The seeds' articles repeated past several extraction runs (`EventTable.articlesPerRun`), so that the
    /// parallel build appends run tables whose key words must be re-keyed into the corpus vocabulary.
    static func articles() throws -> [AnalyzedArticle] {
        let corpus = try CorpusLoader.load(from: try #require(EmbeddedCorpus.locate()))
        let seeds = CorpusAnalyzer.analyze(corpus).articles
        let copies = (EventTable.articlesPerRun * 5 / 2) / seeds.count + 1
        return Array(repeating: seeds, count: copies).flatMap { $0 }
    }

    /// Every column of a table, event by event, with key words as the ids each table gave them.
    static func columns(_ table: EventTable) -> [String] {
        (0..<table.count).map { event in
            "\(table.events[event]) entities \(Array(table.entities[event])) figures \(Array(table.figures[event]))"
                + " classes \(Array(table.figureClasses[event])) words \(Array(table.words[event]))"
        }
    }

    @Test func parallelSerialAndPerArticleBuildsGiveTheSameTable() throws {
        let articles = try Self.articles()
        let serial = EventTable(articles: articles, parallel: false)
        let parallel = EventTable(articles: articles, parallel: true)
        // The reference: each article in a table of its own, appended in article order.
        var perArticle = EventTable()
        for index in articles.indices { perArticle.append(EventExtractor.events(in: articles[index], index: index)) }

        #expect(serial.count > 100)
        #expect(Self.columns(serial) == Self.columns(perArticle))
        #expect(Self.columns(parallel) == Self.columns(perArticle))
        #expect(serial.vocabulary.hashOfID == perArticle.vocabulary.hashOfID)
        #expect(parallel.vocabulary.hashOfID == perArticle.vocabulary.hashOfID)
        // Sources keep their corpus index: the last copy's events point at the last articles.
        #expect(serial.events.last?.source.article == parallel.events.last?.source.article)
        #expect((serial.events.last?.source.article ?? 0) >= articles.count - 5)
    }
}
