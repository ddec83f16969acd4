/// Dated events laid out column by column: one small record per event, and what the clusterer weighs
/// (key words as dense ids, entity ids, the classes of what the figures count) and the entries cite (the
/// figures) in flat lists, so that ninety thousand events make a handful of arrays, not a few per event.
///
/// Articles' events are extracted straight into it, or (on every core) into one table per run of
/// `articlesPerRun` articles, appended to it in order.
public struct EventTable: Sendable {
    public private(set) var events: [DatedEvent] = []
    /// Per event, entity ids (`CorpusModel.entities`) in order of first mention.
    private(set) var entities = FlatLists<Int32>()
    /// Per event, indices into its article's `figures`, in span order.
    private(set) var figures = FlatLists<Int32>()
    /// Per event, what its figures count: `KeywordSet` hashes of `FigureComparison.countedClass`, sorted, unique.
    private(set) var figureClasses = FlatLists<UInt64>()
    /// Per event, the ids in `vocabulary` of its key words (lemmatised content words, entity names
    /// excluded), ascending.
    private(set) var words = FlatLists<Int32>()
    /// Gives every key word hash an id; every id in `words` is below `vocabulary.count`.
    private(set) var vocabulary: KeywordInterner

    public init() { self.init(capacity: 0, vocabularyCapacity: 16) }

    /// A table with room for `count` events of about ten key words, and `vocabularyCapacity` distinct words.
    init(capacity count: Int, vocabularyCapacity: Int) {
        events.reserveCapacity(count)
        entities = FlatLists(capacity: count)
        figures = FlatLists(capacity: count)
        figureClasses = FlatLists(capacity: count)
        words = FlatLists(capacity: count, valueCapacity: count * 10)
        vocabulary = KeywordInterner(capacity: vocabularyCapacity)
    }

    public var count: Int { events.count }

    /// Adds an event with its entity ids, figure indices, figure classes and key words (any order,
    /// repeats allowed).
    mutating func append(_ event: DatedEvent, entities: some Sequence<Int32>, figures: some Sequence<Int32>,
                         figureClasses: KeywordSet, keywords: KeywordSet) {
        events.append(event)
        self.entities.append(contentsOf: entities)
        self.figures.append(contentsOf: figures)
        self.figureClasses.append(contentsOf: figureClasses.hashes)
        for hash in keywords.hashes { words.append(vocabulary.id(of: hash)) }
        words.endList()
        words.sortLast()
    }

    /// Adds the events of `other` after these, giving their key words ids in this table's vocabulary.
    mutating func append(_ other: EventTable) {
        events.append(contentsOf: other.events)
        entities.append(lists: other.entities)
        figures.append(lists: other.figures)
        figureClasses.append(lists: other.figureClasses)
        // Each of `other`'s words is looked up once, in the order it met them: ids come out as if `other`'s
        // events had been appended one by one.
        let ids = other.vocabulary.hashOfID.map { vocabulary.id(of: $0) }
        for event in 0..<other.count {
            for slot in other.words.range(event) { words.append(ids[Int(other.words.values[slot])]) }
            words.endList()
            words.sortLast()
        }
    }

    /// Drops the room the columns grew beyond their size.
    mutating func trim() {
        events = events.trimmed()
        entities.trim()
        figures.trim()
        figureClasses.trim()
        words.trim()
    }

    /// Frees what only clustering and summaries weigh: the key words, their vocabulary and the figure
    /// classes. Only `events`, `entities` and `figures` may be read afterwards.
    mutating func dropKeywords() {
        words = FlatLists()
        figureClasses = FlatLists()
        vocabulary = KeywordInterner(capacity: 0)
    }

    /// The key words of `event` as hashes.
    func keywords(of event: Int) -> KeywordSet {
        KeywordSet(hashes: words[event].map { vocabulary.hashOfID[Int($0)] })
    }

    /// The figures of `event` as the model cites them.
    func reportedFigures(of event: Int) -> some Collection<ReportedFigure> {
        let article = events[event].source.article
        return figures[event].lazy.map { ReportedFigure(article: article, figure: Int($0)) }
    }
}

extension EventTable {
    /// Articles per extraction task when extracting on every core: enough to spread a batch over the
    /// cores, few enough that appending a run's table (its key words re-keyed) is rare.
    static let articlesPerRun = 64

    /// The events of every article, in article order. With `parallel`, runs of `articlesPerRun` articles are
    /// extracted on every core, each into a table of its own, sixteen runs at a time, so only those tables
    /// are held beside the corpus's; otherwise each article's events go straight into this table.
    public init(articles: [AnalyzedArticle], parallel: Bool = true) {
        self.init(capacity: 0, vocabularyCapacity: 4096)
        guard parallel else {
            articles.withUnsafeBufferPointer { articles in
                for index in articles.indices { EventExtractor.extract(from: articles.baseAddress! + index, index: index, into: &self) }
            }
            trim()
            return
        }
        let batch = 16 * Self.articlesPerRun
        for first in stride(from: 0, to: articles.count, by: batch) {
            let end = min(first + batch, articles.count)
            let runs = stride(from: first, to: end, by: Self.articlesPerRun).map { $0..<min($0 + Self.articlesPerRun, end) }
            var tables = parallelMap(runs.count) { run in
                var table = EventTable(capacity: 0, vocabularyCapacity: 1024)
                articles.withUnsafeBufferPointer { articles in
                    for index in runs[run] { EventExtractor.extract(from: articles.baseAddress! + index, index: index, into: &table) }
                }
                return table
            }
            // Each table is moved out, not copied (a copy retains and releases every column).
            tables.reverse()
            while let table = tables.popLast() { append(table) }
        }
        trim()
    }
}
