import SitrepCore

/// A synthetic corpus of `count` articles across 40 outlets, each with dated mentions and entities,
/// and one timeline event per article, for checking that drawing a frame does not depend on corpus size.
enum LargeModel {
    static func make(articles count: Int) -> CorpusModel {
        let window = CalendarDate(year: 2019, month: 2, day: 1)!...CalendarDate(year: 2019, month: 3, day: 31)!
        let entityCount = 300
        var entityArticles = Array(repeating: [Int](), count: entityCount)
        var articles: [AnalyzedArticle] = []
        var entries: [(entry: TimelineEntry, cited: EventSource, entity: Int)] = []
        articles.reserveCapacity(count)
        for index in 0..<count {
            let day = window.lowerBound.adding(days: index % 59)
            let entity = index % entityCount
            entityArticles[entity].append(index)
            let paragraphs = (0..<6).map { number in
                Paragraph(text: "Entity\(entity) was reported in paragraph \(number) of article \(index), with "
                    + "fighting around the village on Saturday and “curly” quotes — dashes too.", line: 3 + number)
            }
            let name = "Entity\(entity)"
            let mentions = paragraphs.indices.map {
                EntityMention(span: TextSpan(paragraph: $0, start: 0, end: name.utf8.count), entity: entity)
            }
            let saturday = paragraphs[0].text.utf8.count - 44
            let dates = [DateMention(span: TextSpan(paragraph: 0, start: saturday, end: saturday + 11), text: "on Saturday",
                                     sentence: 0, value: .day(day))]
            let source = SourceArticle(id: "a\(index)", file: "a\(index).txt", text: "",
                                       metadata: ArticleMetadata(outlet: "Outlet \(index % 40)", published: day,
                                                                 title: "Headline number \(index) about the siege"))
            articles.append(AnalyzedArticle(source: source, cleaned: CleanedArticle(paragraphs: paragraphs, boilerplate: []),
                                            sentences: [], dates: dates, entities: mentions))
            let cited = EventSource(article: index, line: 3,
                                    span: TextSpan(paragraph: 0, start: 0, end: paragraphs[0].text.utf8.count),
                                    dateMention: 0)
            entries.append((TimelineEntry(kind: .event, date: .day(day), summary: "Event \(index) near the village",
                                          figures: [], conflict: index % 7 == 0, isBackground: false), cited, entity))
        }
        entries.sort { $0.entry.date.firstDay < $1.entry.date.firstDay }
        var timeline = Timeline(window: window)
        for (entry, cited, entity) in entries { timeline.append(entry, sources: [cited], entities: [entity]) }
        let entities = (0..<entityCount).map {
            Entity(id: $0, name: "Entity\($0)", kind: EntityKind.allCases[$0 % 3], aliases: ["E\($0)"],
                   mentionCount: entityArticles[$0].count * 6, articles: entityArticles[$0])
        }
        return CorpusModel(title: "Large", window: window, articles: articles, entities: entities,
                           timeline: timeline, diagnostics: [])
    }
}
