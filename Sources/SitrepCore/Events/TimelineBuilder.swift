/// Builds the timeline from analysed articles: the dated events of every article, clustered across outlets,
/// plus one publication entry per dated article, in date order.
public enum TimelineBuilder {
    public static func build(articles: [AnalyzedArticle], entities: [Entity],
                             window: ClosedRange<CalendarDate>?) -> Timeline {
        let perArticle = parallelMap(articles.count) { EventExtractor.events(in: articles[$0], index: $0) }
        let events = perArticle.flatMap { $0 }
        let memo = SummaryMemo()
        var entries = EventClusterer.cluster(events).map { entry(for: $0.map { events[$0] }, window: window, memo: memo) }
        for (index, article) in articles.enumerated() {
            if let entry = publication(of: article, index: index, window: window) { entries.append(entry) }
        }
        return Timeline(window: window, entries: TimelineOrder.sorted(entries))
    }

    /// One entry for a cluster: dated by its most specific member, summed up by `ClusterSummary`.
    static func entry(for members: [DatedEvent], window: ClosedRange<CalendarDate>?,
                      memo: SummaryMemo = SummaryMemo()) -> TimelineEntry {
        let lead = members.min { a, b in
            let wa = a.date.widthInDays, wb = b.date.widthInDays
            return wa != wb ? wa < wb : a.source.article < b.source.article
        }!
        let ordered = members.sorted { ($0.source.article, $0.source.span) < ($1.source.article, $1.source.span) }
        var seen = Set<Int>()
        let entityIDs = ordered.flatMap(\.entities).filter { seen.insert($0).inserted }
        let figures = ordered.flatMap(\.figures)
        return TimelineEntry(kind: .event, date: lead.date, summary: ClusterSummary.summary(of: ordered, memo: memo), sources: ordered.map(\.source),
                             entities: entityIDs, figures: figures,
                             conflict: FigureComparison.conflict(in: figures),
                             isBackground: isBefore(lead.date, window))
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
                                 sentence: article.title, span: TextSpan(paragraph: 0, start: 0, end: 0))
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

/// The order of the timeline: by first day, then the narrower value first, events before publications,
/// then by outlet, article and position in the article.
enum TimelineOrder {
    /// Sorts indices rather than the entries themselves, which are large to move.
    static func sorted(_ entries: [TimelineEntry]) -> [TimelineEntry] {
        entries.indices.sorted { precedes(entries[$0], entries[$1]) }.map { entries[$0] }
    }

    static func precedes(_ a: TimelineEntry, _ b: TimelineEntry) -> Bool {
        if a.date.firstDay != b.date.firstDay { return a.date.firstDay < b.date.firstDay }
        if a.date.lastDay != b.date.lastDay { return a.date.lastDay < b.date.lastDay }
        if a.kind != b.kind { return a.kind == .event }
        let sa = a.sources.first, sb = b.sources.first
        if sa?.outlet != sb?.outlet { return (sa?.outlet ?? "") < (sb?.outlet ?? "") }
        if sa?.article != sb?.article { return (sa?.article ?? 0) < (sb?.article ?? 0) }
        return (sa?.span ?? TextSpan(paragraph: 0, start: 0, end: 0)) < (sb?.span ?? TextSpan(paragraph: 0, start: 0, end: 0))
    }
}
