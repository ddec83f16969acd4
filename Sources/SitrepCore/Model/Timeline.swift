/// Where an event is reported: one sentence of one article, as indices into the model (24 bytes). The
/// outlet, the dating expression and the sentence are the article's, read from it when asked: a corpus
/// holds about ten sources per article.
public struct EventSource: Hashable, Sendable {
    /// Index into `CorpusModel.articles`.
    @Int32Stored public var article: Int
    /// 1-based line in the original file.
    @Int32Stored public var line: Int
    /// Where the sentence sits in the cleaned text, for highlighting in the reader (empty for a publication).
    public var span: TextSpan
    @Int32Stored private var storedDateMention: Int

    /// `dateMention`: index into the article's `dates` of the expression that dated the sentence; nil for
    /// an article's publication entry, which cites its headline and publication date.
    public init(article: Int, line: Int, span: TextSpan, dateMention: Int?) {
        self.article = article
        self.line = line
        self.span = span
        storedDateMention = dateMention ?? -1
    }

    /// Index into the article's `dates` of the dating expression; nil for a publication entry.
    public var dateMention: Int? { storedDateMention < 0 ? nil : storedDateMention }

    public func outlet(in articles: [AnalyzedArticle]) -> String { articles[article].outlet }

    /// The temporal expression that dated it (the publication date for a publication entry).
    public func expression(in articles: [AnalyzedArticle]) -> String {
        guard let dateMention else { return articles[article].source.metadata.published?.iso ?? "" }
        return articles[article].dates[dateMention].text
    }

    /// The reported sentence, a slice of the article's text (the headline for a publication entry).
    public func sentence(in articles: [AnalyzedArticle]) -> Substring {
        guard dateMention != nil else { return Substring(articles[article].title) }
        // The paragraph is read in place: `articles[article].slice(of:)` would copy the whole article.
        return articles[article].cleaned.paragraphs[span.paragraph].slice(span)
    }

    /// Calls `body` with the UTF-8 bytes of `sentence(in:)`, read in place.
    public func withSentenceUTF8<R>(in articles: [AnalyzedArticle], _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard dateMention != nil else {
            var title = articles[article].title
            return title.withUTF8(body)
        }
        return articles[article].cleaned.paragraphs[span.paragraph].withUTF8(span, body)
    }
}

/// A figure as one outlet gives it: which figure of which article (8 bytes, not a copy of the mention).
public struct ReportedFigure: Hashable, Sendable {
    /// Index into `CorpusModel.articles`.
    @Int32Stored public var article: Int
    /// Index into the article's `figures`.
    @Int32Stored public var figure: Int

    public init(article: Int, figure: Int) {
        self.article = article
        self.figure = figure
    }

    public func mention(in articles: [AnalyzedArticle]) -> FigureMention { articles[article].figures[figure] }

    public func outlet(in articles: [AnalyzedArticle]) -> String { articles[article].outlet }
}

/// One entry of the timeline: a happening, possibly reported by several outlets, or an article's publication.
public struct TimelineEntry: Hashable, Sendable {
    public enum Kind: String, Sendable { case event, publication }

    public var date: TemporalValue
    public var summary: String
    public var sources: [EventSource]
    /// Indices into `CorpusModel.entities`.
    public var entities: [Int]
    public var figures: [ReportedFigure]
    /// (Stored after the references, with the flags, so an entry takes 56 bytes, not 64.)
    public var kind: Kind
    /// True where outlets give figures for the same thing that disagree.
    public var conflict: Bool
    /// True for events dated before the corpus window.
    public var isBackground: Bool

    public init(kind: Kind, date: TemporalValue, summary: String, sources: [EventSource], entities: [Int],
                figures: [ReportedFigure], conflict: Bool, isBackground: Bool) {
        self.kind = kind
        self.date = date
        self.summary = summary
        self.sources = sources
        self.entities = entities
        self.figures = figures
        self.conflict = conflict
        self.isBackground = isBackground
    }

    /// The distinct outlets reporting the entry, in first-seen order.
    public func outlets(in articles: [AnalyzedArticle]) -> [String] {
        var outlets: [String] = []
        for source in sources {
            let outlet = source.outlet(in: articles)
            if !outlets.contains(outlet) { outlets.append(outlet) }
        }
        return outlets
    }
}

/// The dated entries of a corpus, ordered by date.
public struct Timeline: Hashable, Sendable {
    public var window: ClosedRange<CalendarDate>?
    public var entries: [TimelineEntry]

    public init(window: ClosedRange<CalendarDate>?, entries: [TimelineEntry]) {
        self.window = window
        self.entries = entries
    }
}
