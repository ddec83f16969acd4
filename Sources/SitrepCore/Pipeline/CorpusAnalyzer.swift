import Foundation

/// Runs the whole analysis: per-article stages in parallel, then the corpus-wide ones.
public enum CorpusAnalyzer {
    public static func analyze(_ corpus: Corpus) -> CorpusModel { analyze(corpus, progress: nil) }

    /// Analyses a corpus; `progress`, when given, is kept up to date for another thread to read.
    public static func analyze(_ corpus: Corpus, progress: AnalysisProgress?) -> CorpusModel {
        let recognizer = EntityRecognizer(gazetteer: corpus.gazetteer)
        let count = corpus.articles.count
        let perArticle = parallelMap(count) { index in
            defer { progress?.articleFinished() }
            return PartialArticle.analyze(corpus.articles[index], recognizer: recognizer)
        }
        progress?.begin(.entities)
        let merged = EntityMerger.merge(perArticle.map(\.candidates), gazetteer: corpus.gazetteer)
        var articles: [AnalyzedArticle] = []
        articles.reserveCapacity(count)
        for (index, item) in perArticle.enumerated() {
            var article = item.article
            article.entities = merged.mentions[index]
            articles.append(article)
        }
        progress?.begin(.timeline)
        let timeline = TimelineBuilder.build(articles: articles, entities: merged.entities, window: corpus.window)
        progress?.begin(.done)
        return CorpusModel(title: corpus.title, window: corpus.window, articles: articles,
                           entities: merged.entities, timeline: timeline, diagnostics: corpus.diagnostics)
    }
}

/// The result of the per-article stages, before entities are merged across the corpus.
struct PartialArticle: Sendable {
    var article: AnalyzedArticle
    var candidates: [EntityCandidate]

    static func analyze(_ source: SourceArticle, recognizer: EntityRecognizer) -> PartialArticle {
        let cleaned = BoilerplateCleaner.clean(source)
        let sentences = SentenceSplitter.split(cleaned.paragraphs)
        let dates = TemporalTagger.tag(paragraphs: cleaned.paragraphs, sentences: sentences,
                                       published: source.metadata.published)
        let tokens = ArticleTokens(paragraphs: cleaned.paragraphs, sentences: sentences)
        let candidates = recognizer.recognize(tokens)
        let figures = FigureExtractor.extract(from: tokens)
        let article = AnalyzedArticle(source: source, cleaned: cleaned, sentences: sentences,
                                      dates: dates, figures: figures)
        return PartialArticle(article: article, candidates: candidates)
    }
}
