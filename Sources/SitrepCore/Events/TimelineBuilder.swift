/// Builds the timeline from analysed articles: the dated events of every article, clustered across outlets,
/// plus one publication entry per dated article, in date order.
public enum TimelineBuilder {
    public static func build(articles: [AnalyzedArticle], entities: [Entity],
                             window: ClosedRange<CalendarDate>?) -> Timeline {
        var timeline = Timeline(window: window)
        // Each entry's sort key is taken as it is appended, with what it is made of at hand.
        var keys: [TimelineOrder.Key] = []
        let outletRanks = TimelineOrder.ranks(ofOutletsOf: articles)
        appendEventEntries(articles: articles, to: &timeline, keys: &keys, outletRanks: outletRanks)
        articles.withUnsafeBufferPointer { articles in
            for index in articles.indices {
                guard let (entry, source) = publication(of: articles.baseAddress! + index, index: index, window: window)
                else { continue }
                keys.append(TimelineOrder.key(date: entry.date, isPublication: true, firstSource: source,
                                              index: timeline.entries.count, outletRanks: outletRanks))
                timeline.append(entry, sources: CollectionOfOne(source), entities: EmptyCollection())
            }
        }
        TimelineOrder.sort(&timeline, keys: keys)
        return timeline
    }

    /// Appends one entry per cluster of events, and its sort key. The events and clusters are freed on
    /// return, before the publications are added and everything is sorted (the peak of memory is here).
    private static func appendEventEntries(articles: [AnalyzedArticle], to timeline: inout Timeline,
                                           keys: inout [TimelineOrder.Key], outletRanks: [Int32]) {
        var builder: EntryBuilder
        do {
            // Only the builder holds the events: it frees their key words once the summaries are made.
            let events = EventTable(articles: articles)
            builder = EntryBuilder(events: events, clusters: EventClusterer.cluster(events), articles: articles,
                                   window: timeline.window)
        }
        var summaries = builder.summaries()
        // Every event is one source; publications add at most one entry and source per article.
        timeline.reserveCapacity(entries: builder.clusters.count + articles.count,
                                 sources: builder.events.count + articles.count,
                                 entities: builder.events.entities.values.count)
        keys.reserveCapacity(builder.clusters.count + articles.count)
        for cluster in 0..<builder.clusters.count {
            keys.append(builder.sortKey(of: cluster, index: timeline.entries.count, outletRanks: outletRanks))
            builder.appendEntry(for: cluster, summary: summaries[cluster], outletRanks: outletRanks, to: &timeline)
            summaries[cluster] = ""
        }
    }

    /// The article itself at its publication date, cited at its headline's line: the one cleaning classified,
    /// else the first original line holding the title
    /// (or its part before a colon), else the first paragraph's. The article is read in place, field by
    /// field: passed by value out of an array (even an unsafe buffer), it would be copied, a retain and a
    /// release for each of its parts.
    static func publication(of article: UnsafePointer<AnalyzedArticle>, index: Int,
                            window: ClosedRange<CalendarDate>?) -> (entry: TimelineEntry, source: EventSource)? {
        guard let published = article.pointee.source.metadata.published else { return nil }
        let title = article.pointee.title
        let line = article.pointee.cleaned.boilerplate.first { $0.kind == .headline }?.line
            ?? OriginalLines.firstLine(containing: title, in: article.pointee.source)
            ?? OriginalLines.firstLine(containing: mainTitle(of: title), in: article.pointee.source)
            ?? article.pointee.cleaned.paragraphs.first?.line ?? 1
        let source = EventSource(article: index, line: line, span: TextSpan(paragraph: 0, start: 0, end: 0),
                                 dateMention: nil)
        let entry = TimelineEntry(kind: .publication, date: .day(published),
                                  summary: EventSummary.shorten(title, to: EventSummary.maximumLength),
                                  figures: [], conflict: false, isBackground: isBefore(.day(published), window))
        return (entry, source)
    }

    /// The title's first part before a colon (the whole title when it has none).
    static func mainTitle(of title: String) -> String {
        // Most titles hold no colon byte: then no Character is a colon and the title is its own first part.
        guard title.utf8.contains(UInt8(ascii: ":")) else { return title }
        return title.split(separator: ":").first.map(String.init) ?? title
    }

    /// Background: the value ends before the window starts.
    static func isBefore(_ value: TemporalValue, _ window: ClosedRange<CalendarDate>?) -> Bool {
        guard let window else { return false }
        return value.lastDay < window.lowerBound
    }
}
