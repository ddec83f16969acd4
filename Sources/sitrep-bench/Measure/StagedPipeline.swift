import Foundation
import SitrepCore
import SitrepUI

/// Runs the analysis stage by stage on one core, in `CorpusAnalyzer`'s order, timing each stage over the
/// whole corpus; then the parallel `CorpusAnalyzer.analyze`, a corpus-wide search, the UI's start and
/// one rendered frame.
struct StagedPipeline {
    let corpusURL: URL

    /// One pass over every stage; returns the times per stage and the model built by the parallel run.
    func run() throws -> (times: [Stage: Timing], model: CorpusModel, textBytes: Int) {
        var times: [Stage: Timing] = [:]
        let corpus = try CPUAffinity.onOneCore {
            let (corpus, load) = try Clock.time { try CorpusLoader.load(from: corpusURL) }
            times[.load] = load
            singleCoreStages(corpus, into: &times)
            return corpus
        }
        let textBytes = corpus.articles.reduce(0) { $0 + $1.text.utf8.count }

        let (model, analyze) = Clock.time { CorpusAnalyzer.analyze(corpus) }
        times[.analyze] = analyze
        let search = SearchProbe.time(model)
        times[.searchIndex] = search.index
        times[.search] = search.queries
        let (application, uiStart) = Clock.time { Application(model: model, width: 200, height: 60) }
        times[.uiStart] = uiStart
        let (grid, render) = Clock.time { application.render(width: 200, height: 60) }
        times[.render] = render
        withExtendedLifetime(grid) {}
        return (times, model, textBytes)
    }

    /// The per-article stages one after the other over all articles, then merging and the timeline.
    /// Intermediate results are kept per stage, as a whole-corpus pass would hold them.
    private func singleCoreStages(_ corpus: Corpus, into times: inout [Stage: Timing]) {
        let sources = corpus.articles
        let (cleaned, clean) = Clock.time { sources.map(BoilerplateCleaner.clean) }
        let (sentences, split) = Clock.time { cleaned.map { SentenceSplitter.split($0.paragraphs) } }
        let (dates, dating) = Clock.time {
            sources.indices.map { index in
                TemporalTagger.tag(paragraphs: cleaned[index].paragraphs, sentences: sentences[index],
                                   published: sources[index].metadata.published)
            }
        }
        let (candidates, recognition, figures, figuring) = entitiesAndFigures(corpus, cleaned, sentences)
        let (merged, merging) = Clock.time { EntityMerger.merge(candidates, gazetteer: corpus.gazetteer) }
        let articles = sources.indices.map { index in
            AnalyzedArticle(source: sources[index], cleaned: cleaned[index], sentences: sentences[index],
                            dates: dates[index], entities: merged.mentions[index], figures: figures[index])
        }
        let (events, extraction) = Clock.time { EventTable(articles: articles, parallel: false) }
        let (clusters, clustering) = Clock.time { EventClusterer.cluster(events) }
        withExtendedLifetime(clusters) {}
        let (timeline, building) = Clock.time {
            TimelineBuilder.build(articles: articles, entities: merged.entities, window: corpus.window)
        }
        withExtendedLifetime(timeline) {}
        times[.clean] = clean
        times[.sentences] = split
        times[.dates] = dating
        times[.entities] = recognition
        times[.figures] = figuring
        times[.merge] = merging
        times[.events] = extraction
        times[.clusters] = clustering
        times[.timeline] = building
    }

    /// Entity recognition (tokenising the sentences included) and figure extraction, which reads the same
    /// tokens. They alternate over batches of articles, each timed on its own, so only one batch's tokens are
    /// held at a time and the clocks are read once per batch.
    private func entitiesAndFigures(_ corpus: Corpus, _ cleaned: [CleanedArticle], _ sentences: [[Sentence]])
        -> ([[EntityCandidate]], Timing, [[FigureMention]], Timing) {
        let recognizer = EntityRecognizer(gazetteer: corpus.gazetteer)
        var candidates: [[EntityCandidate]] = [], figures: [[FigureMention]] = []
        candidates.reserveCapacity(cleaned.count)
        figures.reserveCapacity(cleaned.count)
        var recognition = Timing.zero, figuring = Timing.zero
        for batch in stride(from: 0, to: cleaned.count, by: 64).map({ $0..<min($0 + 64, cleaned.count) }) {
            var tokens: [ArticleTokens] = []
            let (found, entityTime) = Clock.time {
                batch.map { index in
                    let article = ArticleTokens(paragraphs: cleaned[index].paragraphs, sentences: sentences[index])
                    tokens.append(article)
                    return recognizer.recognize(article)
                }
            }
            let (counted, figureTime) = Clock.time {
                defer { tokens = [] }
                return tokens.map(FigureExtractor.extract)
            }
            candidates.append(contentsOf: found)
            figures.append(contentsOf: counted)
            recognition = recognition + entityTime
            figuring = figuring + figureTime
        }
        return (candidates, recognition, figures, figuring)
    }
}
