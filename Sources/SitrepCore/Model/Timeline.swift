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
    func withSentenceUTF8<R>(in articles: [AnalyzedArticle], _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
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
/// Its sources and entities are kept in its timeline's flat lists (`Timeline.sources(of:)`,
/// `Timeline.entities(of:)`): one array for all entries, not two per entry. Entries compare equal by their
/// own fields and where their lists lie, not by what the lists hold: compare entries of one timeline.
public struct TimelineEntry: Hashable, Sendable {
    public enum Kind: String, Sendable { case event, publication }

    public var date: TemporalValue { didSet { days = DaySpan(date) } }
    /// `date`'s first and last day numbers: passes over many entries read these, not the date's box.
    public private(set) var days: DaySpan
    public var summary: String
    public var figures: [ReportedFigure]
    /// Where the entry's sources and entities lie in its timeline's lists (set by `Timeline.append`,
    /// moved by its `reorder`).
    @Int32Stored var sourceStart = 0
    @Int32Stored var sourceCount = 0
    @Int32Stored var entityStart = 0
    @Int32Stored var entityCount = 0
    public var kind: Kind
    /// True where outlets give figures for the same thing that disagree.
    public var conflict: Bool
    /// True for events dated before the corpus window.
    public var isBackground: Bool

    /// Where the entry's sources and entities lie in its timeline's lists (see `Timeline.withFlatLists`).
    public var sourceRange: Range<Int> { sourceStart..<(sourceStart + sourceCount) }
    public var entityRange: Range<Int> { entityStart..<(entityStart + entityCount) }

    public init(kind: Kind, date: TemporalValue, summary: String, figures: [ReportedFigure], conflict: Bool,
                isBackground: Bool) {
        self.kind = kind
        self.date = date
        days = DaySpan(date)
        self.summary = summary
        self.figures = figures
        self.conflict = conflict
        self.isBackground = isBackground
    }
}

/// The dated entries of a corpus, ordered by date as `TimelineBuilder` builds it (`append` adds at the end),
/// with every entry's sources and entity ids laid end to end in two arrays, in entry order: reading all
/// entries' lists is one sequential pass.
public struct Timeline: Hashable, Sendable {
    public var window: ClosedRange<CalendarDate>?
    public private(set) var entries: [TimelineEntry] = []
    private var sourceList: [EventSource] = []
    /// Indices into `CorpusModel.entities`, in 32 bits.
    private var entityList: [Int32] = []

    public init(window: ClosedRange<CalendarDate>?) {
        self.window = window
    }

    /// Makes room for this many more entries, sources and entities, so the lists are not grown by doubling.
    mutating func reserveCapacity(entries: Int, sources: Int, entities: Int) {
        self.entries.reserveCapacity(self.entries.count + entries)
        sourceList.reserveCapacity(sourceList.count + sources)
        entityList.reserveCapacity(entityList.count + entities)
    }

    /// Adds `entry` at the end, with its sources and its entities (indices into `CorpusModel.entities`).
    public mutating func append(_ entry: TimelineEntry, sources: some Collection<EventSource>,
                                entities: some Collection<Int>) {
        place(entry, sourceCount: sources.count, entityCount: entities.count)
        sourceList.append(contentsOf: sources)
        entityList.append(contentsOf: entities.lazy.map { Int32($0) })
    }

    /// `append(_:sources:entities:)` with the lists at hand as arrays, the entity ids in 32 bits: each list
    /// is copied in one go.
    mutating func append(_ entry: consuming TimelineEntry, sources: [EventSource], entityIDs: [Int32]) {
        place(entry, sourceCount: sources.count, entityCount: entityIDs.count)
        sourceList.append(contentsOf: sources)
        entityList.append(contentsOf: entityIDs)
    }

    /// Adds `entry` at the end, its lists to be appended next.
    private mutating func place(_ entry: consuming TimelineEntry, sourceCount: Int, entityCount: Int) {
        entry.sourceStart = sourceList.count
        entry.sourceCount = sourceCount
        entry.entityStart = entityList.count
        entry.entityCount = entityCount
        entries.append(entry)
    }

    /// Where entry `index` is reported, in article order: a slice of the timeline's list, so its indices
    /// start at its `startIndex`, not at 0.
    public func sources(of index: Int) -> ArraySlice<EventSource> {
        sourceList[entries[index].sourceRange]
    }

    /// The entities entry `index` involves (indices into `CorpusModel.entities`), read from the timeline's
    /// list: like `sources(of:)`, its indices start at its `startIndex`, not at 0.
    public func entities(of index: Int) -> LazyMapCollection<ArraySlice<Int32>, Int> {
        entityList[entries[index].entityRange].lazy.map(Int.init)
    }

    /// Calls `body` with every entry's sources and entity ids laid end to end, read in place: entry `i`'s
    /// are at `entries[i].sourceRange` and `entries[i].entityRange`. For passes over all entries, which
    /// `sources(of:)` and `entities(of:)` would make slice by slice.
    public func withFlatLists<Result>(
        _ body: (_ sources: UnsafeBufferPointer<EventSource>, _ entityIDs: UnsafeBufferPointer<Int32>) throws -> Result
    ) rethrows -> Result {
        try sourceList.withUnsafeBufferPointer { sources in
            try entityList.withUnsafeBufferPointer { entityIDs in try body(sources, entityIDs) }
        }
    }

    /// The distinct outlets reporting entry `index`, in first-seen order.
    public func outlets(of index: Int, in articles: [AnalyzedArticle]) -> [String] {
        var outlets: [String] = []
        for source in sources(of: index) {
            let outlet = source.outlet(in: articles)
            if !outlets.contains(outlet) { outlets.append(outlet) }
        }
        return outlets
    }

    /// Puts the entry that was at `order[k]` at position `k` (`order` is a permutation of the indices), and
    /// lays the lists out again in the new order. Each entry is moved once, not copied (no reference
    /// counting), straight to its place: independent reads, where swaps along cycles would chain them.
    mutating func reorder(_ order: [Int]) {
        // Checked first: a repeated or stray index would move an entry out twice below.
        precondition(order.count == entries.count, "an order must place every entry")
        var placed = [Bool](repeating: false, count: order.count)
        for old in order {
            precondition(order.indices.contains(old) && !placed[old], "an order must place every entry once")
            placed[old] = true
        }
        entries.withUnsafeMutableBufferPointer { entries in
            guard let base = entries.baseAddress else { return }
            let moved = UnsafeMutablePointer<TimelineEntry>.allocate(capacity: entries.count)
            for (position, old) in order.enumerated() { (moved + position).initialize(to: (base + old).move()) }
            base.moveInitialize(from: moved, count: entries.count)
            moved.deallocate()
        }
        var sources: [EventSource] = [], entities: [Int32] = []
        sources.reserveCapacity(sourceList.count)
        entities.reserveCapacity(entityList.count)
        for index in entries.indices {
            // The ranges, not the entry: copying an entry would retain its summary and figures.
            let sourceRange = entries[index].sourceRange, entityRange = entries[index].entityRange
            entries[index].sourceStart = sources.count
            entries[index].entityStart = entities.count
            sources.append(contentsOf: sourceList[sourceRange])
            entities.append(contentsOf: entityList[entityRange])
        }
        sourceList = sources
        entityList = entities
    }
}
