import Testing
@testable import SitrepCore

@Suite struct EventTableTests {
    /// More articles than one parallel batch (sixteen runs of `EventTable.articlesPerRun`): the seeds, every
    /// twentieth, between short articles that each bring a key word no other has, so that every run's table
    /// adds new words after the corpus's and is re-keyed into its vocabulary.
    static func articles() throws -> [AnalyzedArticle] {
        let corpus = try CorpusLoader.load(from: try #require(EmbeddedCorpus.locate()))
        let seeds = CorpusAnalyzer.analyze(corpus).articles
        return (0..<(17 * EventTable.articlesPerRun + 7)).map { number in
            number % 20 == 0 ? seeds[number / 20 % seeds.count] : articleWithItsOwnWord(number)
        }
    }

    /// One dated sentence whose key word ("...depot", three letters spelling `number` first) is its own.
    static func articleWithItsOwnWord(_ number: Int) -> AnalyzedArticle {
        let letters = (0..<3).map { Character(Unicode.Scalar(UInt8(97 + number / [1, 26, 676][$0] % 26))) }
        return EventFixture("u\(number)", outlet: "Herald", published: "2020-05-08", [
            "Rebels seized the \(String(letters))depot in Tobruk on Tuesday, officials said.",
        ]).date("on Tuesday", "2020-05-05").article
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

        #expect(serial.count > 17 * EventTable.articlesPerRun)
        #expect(serial.vocabulary.count > 17 * EventTable.articlesPerRun)
        #expect(Self.columns(serial) == Self.columns(perArticle))
        #expect(Self.columns(parallel) == Self.columns(perArticle))
        #expect(serial.vocabulary.hashOfID == perArticle.vocabulary.hashOfID)
        #expect(parallel.vocabulary.hashOfID == perArticle.vocabulary.hashOfID)
        // Sources keep their corpus index: the last copy's events point at the last articles.
        #expect(serial.events.last?.source.article == parallel.events.last?.source.article)
        #expect((serial.events.last?.source.article ?? 0) >= articles.count - 5)
    }
}
