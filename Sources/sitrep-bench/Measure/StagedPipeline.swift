import Foundation
import SitrepCore
import SitrepUI

/// Runs the analysis stage by stage on one core, in `CorpusAnalyzer`'s order, timing each stage over the
/// whole corpus; then the parallel `CorpusAnalyzer.analyze`, a search and one rendered frame.
struct StagedPipeline {
    let corpusURL: URL

    /// One pass over every stage; returns the seconds per stage and the model built by the parallel run.
    func run() throws -> (times: [Stage: Timing], model: CorpusModel, textBytes: Int) {
        var times: [Stage: Timing] = [:]
        let (corpus, loadTime) = try Clock.time { try CorpusLoader.load(from: corpusURL) }
        times[.load] = loadTime
        let textBytes = corpus.articles.reduce(0) { $0 + $1.text.utf8.count }
        singleCoreStages(corpus, into: &times)

        let (model, analyzeTime) = Clock.time { CorpusAnalyzer.analyze(corpus) }
        times[.analyze] = analyzeTime
        times[.search] = SearchProbe.time(model)
        let (_, renderTime) = Clock.time { Application(model: model).render(width: 200, height: 60) }
        times[.render] = renderTime
        return (times, model, textBytes)
    }

    /// The per-article stages one after the other over all articles, then merging and the timeline.
    /// Intermediate results are kept per stage, as a whole-corpus pass would hold them.
    private func singleCoreStages(_ corpus: Corpus, into times: inout [Stage: Timing]) {
        let sources = corpus.articles
        let (cleaned, cleanTime) = Clock.time { sources.map(BoilerplateCleaner.clean) }
        let (sentences, splitTime) = Clock.time { cleaned.map { SentenceSplitter.split($0.paragraphs) } }
        let (dates, datesTime) = Clock.time {
            sources.indices.map { index in
                TemporalTagger.tag(paragraphs: cleaned[index].paragraphs, sentences: sentences[index],
                                   published: sources[index].metadata.published)
            }
        }
        let (figures, figuresTime) = Clock.time {
            sources.indices.map { FigureExtractor.extract(paragraphs: cleaned[$0].paragraphs, sentences: sentences[$0]) }
        }
        let recognizer = EntityRecognizer(gazetteer: corpus.gazetteer)
        let (candidates, entitiesTime) = Clock.time {
            sources.indices.map { recognizer.recognize(paragraphs: cleaned[$0].paragraphs, sentences: sentences[$0]) }
        }
        let (merged, mergeTime) = Clock.time { EntityMerger.merge(candidates, gazetteer: corpus.gazetteer) }
        let articles = sources.indices.map { index in
            AnalyzedArticle(source: sources[index], cleaned: cleaned[index], sentences: sentences[index],
                            dates: dates[index], entities: merged.mentions[index], figures: figures[index])
        }
        let (_, timelineTime) = Clock.time {
            TimelineBuilder.build(articles: articles, entities: merged.entities, window: corpus.window)
        }
        times[.clean] = cleanTime
        times[.sentences] = splitTime
        times[.dates] = datesTime
        times[.figures] = figuresTime
        times[.entities] = entitiesTime
        times[.merge] = mergeTime
        times[.timeline] = timelineTime
    }
}
