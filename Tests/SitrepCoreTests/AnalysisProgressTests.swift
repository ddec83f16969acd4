import SitrepCore
import Testing

/// The progress `CorpusAnalyzer` reports while it runs, as a front end shows it.
@Suite struct AnalysisProgressTests {
    @Test func describesEachStepWithGroupedCounts() {
        var snapshot = AnalysisProgress.Snapshot(step: .articles, articlesDone: 3_412, articleCount: 10_000)
        #expect(snapshot.description == "Analysing articles 3,412 of 10,000")
        snapshot.articlesDone = 7
        snapshot.articleCount = 1_234_567
        #expect(snapshot.description == "Analysing articles 7 of 1,234,567")
        snapshot.step = .entities
        #expect(snapshot.description == "Merging entities across 1,234,567 articles")
        snapshot.step = .timeline
        #expect(snapshot.description == "Building the timeline")
    }

    @Test func analysisCountsEveryArticleAndEndsDone() throws {
        let seeds = try #require(EmbeddedCorpus.locate())
        let corpus = try CorpusLoader.load(from: seeds)
        let progress = AnalysisProgress(articleCount: corpus.articles.count)
        #expect(progress.snapshot.step == .articles)
        let model = CorpusAnalyzer.analyze(corpus, progress: progress)
        #expect(progress.snapshot == AnalysisProgress.Snapshot(step: .done, articlesDone: 5, articleCount: 5))
        #expect(model.articles.count == 5)
    }
}
