/// Makes the timeline entry of each cluster of events: dated by its most specific member (its lead), summed
/// up by `ClusterSummary`, its sources in article order, its entities and figures those of its members in
/// that order. Scratch lists are reused from cluster to cluster; sources and entities go to the timeline's
/// flat lists.
///
/// Every cluster's summary is made first (`summaries()`, which then frees the key words, which the entries
/// do not need); then each cluster's entry is appended (`appendEntry(for:summary:to:)`), in cluster order,
/// so the events are read front to back, and its `sortKey(of:index:outletRanks:)` taken.
struct EntryBuilder {
    private(set) var events: EventTable
    let clusters: FlatLists<Int32>
    let articles: [AnalyzedArticle]
    let window: ClosedRange<CalendarDate>?
    /// Per cluster, its lead (the member whose date is the entry's) and its first member in source order.
    private var leads: [Int32] = [], firsts: [Int32] = []
    /// The events whose summaries `ClusterSummary` weighs: the first `consideredMembers` of each cluster.
    private var considered: [Bool]
    private var consideredCount = 0
    /// The members of the current cluster in source order.
    private var ordered: [Int] = []
    private var sources: [EventSource] = []
    private var entityIDs: [Int32] = []
    /// For each entity id, the number of the last cluster that listed it.
    private var listedIn: [Int32] = []
    private var clusterNumber: Int32 = 0

    /// `clusters`: of indices into `events`, each ascending.
    init(events: EventTable, clusters: FlatLists<Int32>, articles: [AnalyzedArticle], window: ClosedRange<CalendarDate>?) {
        self.events = events
        self.clusters = clusters
        self.articles = articles
        self.window = window
        considered = Array(repeating: false, count: events.count)
        leads.reserveCapacity(clusters.count)
        firsts.reserveCapacity(clusters.count)
        events.events.withUnsafeBufferPointer { records in
            for cluster in 0..<clusters.count {
                leads.append(Int32(Self.lead(of: clusters[cluster], records)))
                putInSourceOrder(clusters[cluster], records)
                firsts.append(Int32(ordered[0]))
                for member in ordered.prefix(ClusterSummary.consideredMembers) { considered[member] = true }
                consideredCount += min(ordered.count, ClusterSummary.consideredMembers)
            }
        }
        listedIn = Array(repeating: 0, count: Int((events.entities.values.max() ?? -1) + 1))
    }

    /// The summary of every cluster; frees the key words afterwards. Distinct sentences are summed up in
    /// corpus order, reading the articles front to back, before any cluster weighs them.
    mutating func summaries() -> [String] {
        let records = events.events, articles = articles
        let memo = SummaryMemo(ids: events.count, expected: consideredCount) { id, body in
            // Read in place: subscripting the array would copy the event (and retain its date).
            records.withUnsafeBufferPointer { $0[id].source }.withSentenceUTF8(in: articles, body)
        }
        for event in considered.indices where considered[event] { _ = memo.slot(of: event) }
        considered = []
        var chooser = ClusterSummary(vocabularySize: events.vocabulary.count)
        let summaries = (0..<clusters.count).map { cluster in
            events.events.withUnsafeBufferPointer { putInSourceOrder(clusters[cluster], $0) }
            return chooser.summary(of: ordered, in: events, memo: memo)
        }
        events.dropKeywords()
        return summaries
    }

    /// What orders the entry of `cluster` in the timeline (`TimelineOrder`), numbered `index`.
    func sortKey(of cluster: Int, index: Int, outletRanks: [Int32]) -> TimelineOrder.Key {
        events.events.withUnsafeBufferPointer { records in
            TimelineOrder.key(date: records[Int(leads[cluster])].date, isPublication: false,
                              firstSource: records[Int(firsts[cluster])].source, index: index, outletRanks: outletRanks)
        }
    }

    /// Appends the entry of `cluster` summed up by `summary`; `outletRanks` tells the outlets of its
    /// figures apart (`TimelineOrder.ranks(ofOutletsOf:)`).
    mutating func appendEntry(for cluster: Int, summary: String, outletRanks: [Int32], to timeline: inout Timeline) {
        clusterNumber += 1
        events.events.withUnsafeBufferPointer { putInSourceOrder(clusters[cluster], $0) }
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
        let date = events.events.withUnsafeBufferPointer { $0[Int(leads[cluster])].date }
        let entry = TimelineEntry(kind: .event, date: date, summary: summary, figures: figures,
                                  conflict: FigureComparison.conflict(in: figures, articles: articles, outletRanks: outletRanks),
                                  isBackground: TimelineBuilder.isBefore(date, window))
        sources.removeAll(keepingCapacity: true)
        events.events.withUnsafeBufferPointer { records in
            for member in ordered { sources.append(records[member].source) }
        }
        timeline.append(entry, sources: sources, entityIDs: entityIDs)
    }

    /// The member whose date is the entry's: the narrowest, then the one of the first article, then the first.
    private static func lead(of cluster: ArraySlice<Int32>, _ records: UnsafeBufferPointer<DatedEvent>) -> Int {
        var lead = Int(cluster.first!)
        for member in cluster.dropFirst().lazy.map(Int.init) {
            let width = records[member].widthInDays, leadWidth = records[lead].widthInDays
            if width < leadWidth || (width == leadWidth && records[member].source.article < records[lead].source.article) {
                lead = member
            }
        }
        return lead
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
