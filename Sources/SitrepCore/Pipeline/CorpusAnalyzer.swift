import Foundation

/// Runs the whole analysis: per-article stages in parallel, then the corpus-wide ones.
public enum CorpusAnalyzer {
    public static func analyze(_ corpus: Corpus) -> CorpusModel { analyze(corpus, progress: nil) }

    /// Analyses a corpus; `progress`, when given, is kept up to date for another thread to read.
    public static func analyze(_ corpus: Corpus, progress: AnalysisProgress?) -> CorpusModel {
        let recognizer = EntityRecognizer(gazetteer: corpus.gazetteer)
        var (articles, candidates) = parallelMap(pairs: corpus.articles.count) { index in
            defer { progress?.articleFinished() }
            return ArticleStages.run(corpus.articles[index], recognizer: recognizer)
        }
        progress?.begin(.entities)
        // The merge is handed the only copy of the candidates, so it can free them as it goes.
        let merged = EntityMerger.merge(consume candidates, gazetteer: corpus.gazetteer)
        for index in articles.indices { articles[index].entities = merged.mentions[index] }
        progress?.begin(.timeline)
        let timeline = TimelineBuilder.build(articles: articles, entities: merged.entities, window: corpus.window)
        progress?.begin(.done)
        return CorpusModel(title: corpus.title, window: corpus.window, articles: articles,
                           entities: merged.entities, timeline: timeline, diagnostics: corpus.diagnostics)
    }
}

/// The per-article stages, before entities are merged across the corpus.
enum ArticleStages {
    /// The analysed article, its entities still to be merged (`EntityMerger`), and its entity candidates.
    static func run(_ source: SourceArticle, recognizer: EntityRecognizer) -> (AnalyzedArticle, [EntityCandidate]) {
        let cleaned = BoilerplateCleaner.clean(source)
        let sentences = SentenceSplitter.split(cleaned.paragraphs)
        let dates = TemporalTagger.tag(paragraphs: cleaned.paragraphs, sentences: sentences,
                                       published: source.metadata.published)
        let tokens = ArticleTokens(paragraphs: cleaned.paragraphs, sentences: sentences)
        let candidates = recognizer.recognize(tokens)
        let figures = FigureExtractor.extract(from: tokens)
        let article = AnalyzedArticle(source: source, cleaned: cleaned, sentences: sentences,
                                      dates: dates, figures: figures)
        return (article, candidates)
    }
}
