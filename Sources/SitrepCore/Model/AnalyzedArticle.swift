/// One article with everything the model found in it. Built once, immutable afterwards.
public struct AnalyzedArticle: Hashable, Sendable {
    public var source: SourceArticle
    public var cleaned: CleanedArticle
    public var sentences: [Sentence]
    public var dates: [DateMention]
    public var entities: [EntityMention]
    public var figures: [FigureMention]

    public init(source: SourceArticle, cleaned: CleanedArticle, sentences: [Sentence] = [],
                dates: [DateMention] = [], entities: [EntityMention] = [], figures: [FigureMention] = []) {
        self.source = source
        self.cleaned = cleaned
        self.sentences = sentences
        self.dates = dates
        self.entities = entities
        self.figures = figures
    }

    /// The outlet's name, or a placeholder that says it is unknown.
    public var outlet: String { source.outlet }

    /// The headline, falling back to the file name.
    public var title: String { source.title }

    /// The text a span covers.
    public func text(of span: TextSpan) -> String { String(slice(of: span)) }

    /// The text a span covers, sharing the article's storage.
    public func slice(of span: TextSpan) -> Substring { cleaned.paragraphs[span.paragraph].slice(span) }

    /// The 1-based line of the original file a span sits on.
    public func originalLine(of span: TextSpan) -> Int {
        cleaned.paragraphs[span.paragraph].line
    }
}
