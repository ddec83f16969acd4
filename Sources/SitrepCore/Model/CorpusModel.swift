/// Everything sitrep knows about a corpus, computed once by `CorpusAnalyzer` and immutable afterwards.
/// The UI holds indices into it, never copies.
public struct CorpusModel: Sendable {
    public var title: String
    public var window: ClosedRange<CalendarDate>?
    public var articles: [AnalyzedArticle]
    public var entities: [Entity]
    public var timeline: Timeline
    public var diagnostics: [Diagnostic]

    public init(title: String, window: ClosedRange<CalendarDate>?, articles: [AnalyzedArticle],
                entities: [Entity], timeline: Timeline, diagnostics: [Diagnostic]) {
        self.title = title
        self.window = window
        self.articles = articles
        self.entities = entities
        self.timeline = timeline
        self.diagnostics = diagnostics
    }
}
