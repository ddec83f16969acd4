/// Where an event is reported: one sentence of one article. Article and line are stored in 32 bits
/// each (88 bytes, not 96): a corpus holds about ten sources per article, in events and entries.
public struct EventSource: Hashable, Sendable {
    /// Index into `CorpusModel.articles`.
    @Int32Stored public var article: Int
    /// 1-based line in the original file.
    @Int32Stored public var line: Int
    public var outlet: String
    /// The temporal expression that dated it (the publication date for an article entry).
    public var expression: String
    /// The reported sentence, a slice of the article's text (the headline for an article entry).
    public var sentence: Substring
    /// Where the sentence sits in the cleaned text, for highlighting in the reader.
    public var span: TextSpan

    public init(article: Int, outlet: String, line: Int, expression: String, sentence: Substring, span: TextSpan) {
        self.article = article
        self.line = line
        self.outlet = outlet
        self.expression = expression
        self.sentence = sentence
        self.span = span
    }
}

/// A figure as one outlet gives it.
public struct ReportedFigure: Hashable, Sendable {
    public var figure: FigureMention
    public var outlet: String
    @Int32Stored public var article: Int

    public init(figure: FigureMention, outlet: String, article: Int) {
        self.figure = figure
        self.outlet = outlet
        self.article = article
    }
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
    public var outlets: [String] {
        var seen = Set<String>()
        return sources.map(\.outlet).filter { seen.insert($0).inserted }
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
