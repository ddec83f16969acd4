import Testing
@testable import SitrepCore

/// Figures of the embedded corpus, through the whole pipeline.
@Suite struct FigureCorpusTests {
    private static let model: CorpusModel? = EmbeddedCorpus.locate()
        .flatMap { try? CorpusLoader.load(from: $0) }
        .map(CorpusAnalyzer.analyze)

    private func figure(_ text: String, article: Int) throws -> FigureMention {
        let model = try #require(Self.model)
        return try #require(model.articles[article].figures.first { $0.text == text }, "no figure \(text)")
    }

    @Test func theSurrenderFiguresOfBothOutlets() throws {
        let sun = try figure("1,500 to 2,000", article: 0)
        #expect((sun.low, sun.high, sun.counted) == (1500, 2000, "ISIS fighters"))
        // The headline's "2,000 ISIS fighters" is set aside by cleaning; the body's first 2,000 remains.
        #expect(try figure("2,000", article: 0).counted == "brainwashed fighters")
        let asiaNews = try figure("at least 3 thousand", article: 4)
        #expect((asiaNews.low, asiaNews.high, asiaNews.counted, asiaNews.isApproximate) == (3000, 3000, "jihadists", true))
    }

    @Test func boundsAndVagueFigures() throws {
        let upTo = try figure("up to 150", article: 2)
        #expect((upTo.high, upTo.isApproximate, upTo.counted) == (150, true, "ISIS deserters"))
        let few = try figure("A few hundred", article: 2)
        #expect((few.low, few.high, few.isApproximate) == (200, 500, true))
        let fled = try figure("More than 6,500", article: 1)
        #expect((fled.low, fled.counted) == (6500, "people"))
        #expect(try figure("almost 59,000", article: 4).low == 59000)
        #expect(try figure("two", article: 1).counted == "France’s best-known jihadists")
    }

    @Test func noYearDatePhoneOrCounterIsAFigure() throws {
        let model = try #require(Self.model)
        let texts = Set(model.articles.flatMap(\.figures).map(\.text))
        for excluded in ["2006", "2013", "2014", "2015", "2017", "2019", "0207", "782", "4368", "36", "24", "7",
                         "0.2", "six"] {
            #expect(!texts.contains(excluded), "\(excluded)")
        }
    }
}
