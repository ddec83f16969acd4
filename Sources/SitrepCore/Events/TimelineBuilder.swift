/// Builds the timeline from analysed articles. (Skeleton: publications only.)
public enum TimelineBuilder {
    public static func build(articles: [AnalyzedArticle], entities: [Entity],
                             window: ClosedRange<CalendarDate>?) -> Timeline {
        var entries: [TimelineEntry] = []
        for (index, article) in articles.enumerated() {
            guard let published = article.source.metadata.published else { continue }
            let source = EventSource(article: index, outlet: article.outlet, line: 1, expression: published.iso,
                                     sentence: article.title, span: TextSpan(paragraph: 0, start: 0, end: 0))
            entries.append(TimelineEntry(kind: .publication, date: .day(published), summary: article.title,
                                         sources: [source], entities: [], figures: [], conflict: false,
                                         isBackground: window.map { published < $0.lowerBound } ?? false))
        }
        entries.sort { $0.date.firstDay < $1.date.firstDay }
        return Timeline(window: window, entries: entries)
    }
}
