/// Builds the timeline from analysed articles: the dated events of every article, clustered across outlets,
/// plus one publication entry per dated article, in date order.
public enum TimelineBuilder {
    public static func build(articles: [AnalyzedArticle], entities: [Entity],
                             window: ClosedRange<CalendarDate>?) -> Timeline {
        var entries = eventEntries(articles: articles, window: window)
        for (index, article) in articles.enumerated() {
            if let entry = publication(of: article, index: index, window: window) { entries.append(entry) }
        }
        TimelineOrder.sort(&entries)
        return Timeline(window: window, entries: entries)
    }

    /// One entry per cluster of events, with room for the publication entries. The events, clusters and
    /// summary memo are freed on return, before the publications are added and everything is sorted.
    static func eventEntries(articles: [AnalyzedArticle], window: ClosedRange<CalendarDate>?) -> [TimelineEntry] {
        let perArticle = parallelMap(articles.count) { EventExtractor.events(in: articles[$0], index: $0) }
        var events: [DatedEvent] = []
        events.reserveCapacity(perArticle.reduce(0) { $0 + $1.count })
        for list in perArticle { events.append(contentsOf: list) }
        var clusters = EventClusterer.cluster(events)
        var entries: [TimelineEntry] = []
        entries.reserveCapacity(clusters.count + articles.count)
        let memo = SummaryMemo(expected: clusters.reduce(0) { $0 + min($1.count, ClusterSummary.consideredMembers) })
        for index in clusters.indices {
            // Each cluster's list is freed once its entry is made, so the entries reuse that memory.
            let cluster = clusters[index]
            clusters[index] = []
            entries.append(entry(for: cluster, of: events, window: window, memo: memo))
        }
        return entries
    }

    /// One entry for a cluster (indices into `events`, ascending): dated by its most specific member,
    /// summed up by `ClusterSummary`, its sources in article order.
    static func entry(for cluster: [Int], of events: [DatedEvent], window: ClosedRange<CalendarDate>?,
                      memo: SummaryMemo) -> TimelineEntry {
        var lead = cluster[0]
        for member in cluster.dropFirst() {
            let width = events[member].widthInDays, leadWidth = events[lead].widthInDays
            if width < leadWidth || (width == leadWidth && events[member].source.article < events[lead].source.article) {
                lead = member
            }
        }
        let ordered = inSourceOrder(cluster, of: events)
        var entityIDs: [Int] = []
        var figures: [ReportedFigure] = []
        var seen = Set<Int>()
        for member in ordered {
            for entity in events[member].entities where seen.insert(entity).inserted { entityIDs.append(entity) }
            figures.append(contentsOf: events[member].figures)
        }
        let date = events[lead].date
        return TimelineEntry(kind: .event, date: date, summary: ClusterSummary.summary(of: ordered, in: events, memo: memo),
                             sources: ordered.map { events[$0].source }, entities: entityIDs.trimmed(),
                             figures: figures.trimmed(),
                             conflict: FigureComparison.conflict(in: figures), isBackground: isBefore(date, window))
    }

    /// The members ordered by article and position in the article (ties keep their order). Events come
    /// in that order already, so this is usually a check.
    static func inSourceOrder(_ cluster: [Int], of events: [DatedEvent]) -> [Int] {
        func precedes(_ a: Int, _ b: Int) -> Bool {
            (events[a].source.article, events[a].source.span, a) < (events[b].source.article, events[b].source.span, b)
        }
        guard zip(cluster, cluster.dropFirst()).contains(where: { !precedes($0, $1) }) else { return cluster }
        return cluster.sorted(by: precedes)
    }

    /// The article itself at its publication date, cited at its headline's line: the one cleaning classified,
    /// else the first original line holding the title
    /// (or its part before a colon), else the first paragraph's.
    static func publication(of article: AnalyzedArticle, index: Int,
                            window: ClosedRange<CalendarDate>?) -> TimelineEntry? {
        guard let published = article.source.metadata.published else { return nil }
        let headline = article.cleaned.boilerplate.first { $0.kind == .headline }
        let mainTitle = article.title.split(separator: ":").first.map(String.init) ?? article.title
        let line = headline?.line ?? OriginalLines.firstLine(containing: article.title, in: article.source)
            ?? OriginalLines.firstLine(containing: mainTitle, in: article.source)
            ?? article.cleaned.paragraphs.first?.line ?? 1
        let source = EventSource(article: index, outlet: article.outlet, line: line, expression: published.iso,
                                 sentence: Substring(article.title), span: TextSpan(paragraph: 0, start: 0, end: 0))
        return TimelineEntry(kind: .publication, date: .day(published),
                             summary: EventSummary.shorten(article.title, to: EventSummary.maximumLength),
                             sources: [source], entities: [], figures: [], conflict: false,
                             isBackground: isBefore(.day(published), window))
    }

    /// Background: the value ends before the window starts.
    static func isBefore(_ value: TemporalValue, _ window: ClosedRange<CalendarDate>?) -> Bool {
        guard let window else { return false }
        return value.lastDay < window.lowerBound
    }
}
