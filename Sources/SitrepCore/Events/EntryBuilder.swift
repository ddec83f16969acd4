/// Makes the timeline entry of each cluster of events: dated by its most specific member, summed up by
/// `ClusterSummary`, its sources in article order, its entities and figures those of its members in that
/// order. Scratch lists are reused from cluster to cluster, and each list an entry keeps is allocated at
/// its exact size.
///
/// Every cluster's summary is made first (`summary(for:)`), then `finishSummaries()` frees the memo and
/// the key words, which the entries (`entry(for:summary:)`) do not need.
struct EntryBuilder {
    private(set) var events: EventTable
    let articles: [AnalyzedArticle]
    let window: ClosedRange<CalendarDate>?
    private var memo: SummaryMemo?
    /// The members of the current cluster in source order.
    private var ordered: [Int] = []
    private var entityIDs: [Int32] = []
    /// For each entity id, the number of the last cluster that listed it.
    private var listedIn: [Int32] = []
    private var clusterNumber: Int32 = 0

    /// `expectedSentences`: at most how many sentences the summaries will weigh.
    init(events: EventTable, articles: [AnalyzedArticle], window: ClosedRange<CalendarDate>?, expectedSentences: Int) {
        self.events = events
        self.articles = articles
        self.window = window
        let records = events.events
        memo = SummaryMemo(expected: expectedSentences) { records[$0].source.withSentenceUTF8(in: articles, $1) }
        listedIn = Array(repeating: 0, count: Int((events.entities.values.max() ?? -1) + 1))
    }

    /// The summary of a cluster (indices into `events`, ascending), before `finishSummaries()`.
    mutating func summary(for cluster: ArraySlice<Int32>) -> String {
        events.events.withUnsafeBufferPointer { putInSourceOrder(cluster, $0) }
        return ClusterSummary.summary(of: ordered, in: events, memo: memo!)
    }

    /// Frees the summary memo and the key words.
    mutating func finishSummaries() {
        memo = nil
        events.dropKeywords()
    }

    /// The entry of a cluster (indices into `events`, ascending) summed up by `summary`.
    mutating func entry(for cluster: ArraySlice<Int32>, summary: String) -> TimelineEntry {
        clusterNumber += 1
        // Events are read in place: subscripting the array would copy each one (and retain its date).
        let (lead, sources) = events.events.withUnsafeBufferPointer { records in
            var lead = Int(cluster.first!)
            for member in cluster.dropFirst().lazy.map(Int.init) {
                let width = records[member].widthInDays, leadWidth = records[lead].widthInDays
                if width < leadWidth || (width == leadWidth && records[member].source.article < records[lead].source.article) {
                    lead = member
                }
            }
            putInSourceOrder(cluster, records)
            return (lead, ordered.map { records[$0].source })
        }
        entityIDs.removeAll(keepingCapacity: true)
        var figureCount = 0
        for member in ordered {
            for entity in events.entities[member] where listedIn[Int(entity)] != clusterNumber {
                listedIn[Int(entity)] = clusterNumber
                entityIDs.append(entity)
            }
            figureCount += events.figures.range(member).count
        }
        var figures: [ReportedFigure] = []
        figures.reserveCapacity(figureCount)
        for member in ordered { figures.append(contentsOf: events.reportedFigures(of: member)) }
        let date = events.events[lead].date
        return TimelineEntry(kind: .event, date: date, summary: summary, sources: sources, entities: entityIDs.map(Int.init), figures: figures,
                             conflict: FigureComparison.conflict(in: figures, articles: articles),
                             isBackground: TimelineBuilder.isBefore(date, window))
    }

    /// `ordered`: the members by article and position in the article (ties keep their order). Events come
    /// in that order already, so sorting is rare.
    private mutating func putInSourceOrder(_ cluster: ArraySlice<Int32>, _ events: UnsafeBufferPointer<DatedEvent>) {
        ordered.removeAll(keepingCapacity: true)
        ordered.append(contentsOf: cluster.lazy.map(Int.init))
        func precedes(_ a: Int, _ b: Int) -> Bool {
            (events[a].source.article, events[a].source.span, a) < (events[b].source.article, events[b].source.span, b)
        }
        if zip(ordered, ordered.dropFirst()).contains(where: { !precedes($0, $1) }) { ordered.sort(by: precedes) }
    }
}
