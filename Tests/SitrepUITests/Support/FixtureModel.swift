import SitrepCore

/// A small hand-built model: two outlets, four articles, entities of each kind, resolved dates,
/// boilerplate, an event reported by two outlets, an event whose figures disagree, and a background event.
enum FixtureModel {
    static let window = CalendarDate(year: 2019, month: 2, day: 1)!...CalendarDate(year: 2019, month: 3, day: 31)!

    static let entities = [
        Entity(id: 0, name: "Baghouz", kind: .place, aliases: ["Baghouz", "Baghuz"], mentionCount: 6, articles: [0, 1, 2, 3]),
        Entity(id: 1, name: "Syrian Democratic Forces", kind: .organisation, aliases: ["SDF"], mentionCount: 3,
               articles: [0, 1]),
        Entity(id: 2, name: "Mustafa Bali", kind: .person, aliases: ["Bali"], mentionCount: 2, articles: [1]),
        Entity(id: 3, name: "Deir ez-Zor", kind: .place, aliases: [], mentionCount: 1, articles: [2]),
    ]

    static let articles: [AnalyzedArticle] = [
        article(outlet: "Northwind News", day: (2, 10), title: "Assault begins on last ISIS enclave", byline: "Jane Roe",
                paragraphs: ["The Syrian Democratic Forces launched the final assault on Baghouz on Saturday.",
                             "Commanders said up to 1,500 fighters remained in the village."],
                boilerplate: [(.caption, "Smoke rises over the village", 2), (.promo, "Sign up for our newsletter", 6)],
                entities: [("Syrian Democratic Forces", 1, 0), ("Baghouz", 0, 0)],
                dates: [("on Saturday", .day(CalendarDate(year: 2019, month: 2, day: 9)!))]),
        article(outlet: "Southgate Times", day: (3, 12), title: "“Thousands” leave Baghouz — SDF", byline: nil,
                paragraphs: ["SDF spokesman Mustafa Bali said on Tuesday that 3,000 fighters had surrendered.",
                             "Bali added that the battle for Baghuz was not over."],
                boilerplate: [],
                entities: [("SDF", 1, 0), ("Mustafa Bali", 2, 0), ("Bali", 2, 1), ("Baghuz", 0, 1)],
                dates: [("on Tuesday", .day(CalendarDate(year: 2019, month: 3, day: 12)!))]),
        article(outlet: "Northwind News", day: (3, 23), title: "Baghouz falls", byline: nil,
                paragraphs: ["The last pocket of ISIS in Baghouz, Deir ez-Zor province, fell on 23 March.",
                             "The group had declared its caliphate in June 2014.",
                             "Reports in 中文 media echoed the news."],
                boilerplate: [],
                entities: [("Baghouz", 0, 0), ("Deir ez-Zor", 3, 0)],
                dates: [("23 March", .day(CalendarDate(year: 2019, month: 3, day: 23)!)),
                        ("June 2014", .month(year: 2014, month: 6))]),
        article(outlet: "Southgate Times", day: (2, 20), title: "A long read from the front", byline: "Sam Poe",
                paragraphs: (1...30).map { "Paragraph \($0) of the long read describes the siege of Baghouz in detail." },
                boilerplate: [],
                entities: [("Baghouz", 0, 4), ("Baghouz", 0, 20), ("Baghouz", 0, 25)],
                dates: []),
    ]

    static let timeline = timeline(window: window, [
        entry(.month(year: 2014, month: 6), "ISIS declares a caliphate", sources: [(2, "June 2014")], entities: [],
              background: true),
        entry(.day(CalendarDate(year: 2019, month: 2, day: 9)!), "SDF launches final assault on Baghouz",
              sources: [(0, "on Saturday"), (1, "on Tuesday")], entities: [0, 1]),
        entry(.day(CalendarDate(year: 2019, month: 3, day: 12)!), "Fighters surrender in Baghouz",
              sources: [(1, "on Tuesday"), (0, "on Saturday")], entities: [0, 1, 2], conflict: true),
        entry(.day(CalendarDate(year: 2019, month: 3, day: 23)!), "Baghouz falls, ending the territorial caliphate",
              sources: [(2, "23 March")], entities: [0, 3]),
    ])

    static let model = CorpusModel(title: "Fixture corpus", window: window, articles: articles, entities: entities,
                                   timeline: timeline, diagnostics: [])

    /// The span of the first occurrence of `needle` at or after `from` in a text.
    static func span(of needle: String, in text: some StringProtocol, paragraph: Int, from: Int = 0) -> TextSpan {
        let bytes = Array(text.utf8), pattern = Array(needle.utf8)
        var index = from
        while index + pattern.count <= bytes.count, Array(bytes[index..<(index + pattern.count)]) != pattern { index += 1 }
        precondition(index + pattern.count <= bytes.count, "\(needle) not in \(text)")
        return TextSpan(paragraph: paragraph, start: index, end: index + pattern.count)
    }

    private static func article(outlet: String, day: (Int, Int), title: String, byline: String?, paragraphs: [String],
                                boilerplate: [(BoilerplateKind, String, Int)], entities: [(String, Int, Int)],
                                dates: [(String, TemporalValue)]) -> AnalyzedArticle {
        let cleaned = paragraphs.enumerated().map { Paragraph(text: $1, line: 3 + 2 * $0) }
        let sentences = cleaned.indices.map {
            Sentence(span: TextSpan(paragraph: $0, start: 0, end: cleaned[$0].text.utf8.count))
        }
        let mentions = entities.map { name, entity, paragraph in
            EntityMention(span: span(of: name, in: cleaned[paragraph].text, paragraph: paragraph), entity: entity)
        }
        let dateMentions = dates.map { text, value -> DateMention in
            let paragraph = cleaned.firstIndex { $0.text.contains(text) }!
            return DateMention(span: span(of: text, in: cleaned[paragraph].text, paragraph: paragraph), text: text,
                               sentence: paragraph, value: value)
        }
        let source = SourceArticle(id: title, file: "\(title).txt", text: paragraphs.joined(separator: "\n"),
                                   metadata: ArticleMetadata(outlet: outlet,
                                                             published: CalendarDate(year: 2019, month: day.0, day: day.1),
                                                             title: title, byline: byline))
        return AnalyzedArticle(source: source,
                               cleaned: CleanedArticle(paragraphs: cleaned,
                                                       boilerplate: boilerplate.map { BoilerplateBlock(kind: $0, text: $1, line: $2) }),
                               sentences: sentences, dates: dateMentions, entities: mentions)
    }

    private typealias Listed = (entry: TimelineEntry, sources: [EventSource], entities: [Int])

    private static func timeline(window: ClosedRange<CalendarDate>, _ entries: [Listed]) -> Timeline {
        var timeline = Timeline(window: window)
        for listed in entries { timeline.append(listed.entry, sources: listed.sources, entities: listed.entities) }
        return timeline
    }

    private static func entry(_ date: TemporalValue, _ summary: String, sources: [(Int, String)], entities: [Int],
                              conflict: Bool = false, background: Bool = false) -> Listed {
        let eventSources = sources.map { index, expression -> EventSource in
            let article = articles[index]
            let paragraph = article.cleaned.paragraphs.firstIndex { $0.text.contains(expression) }!
            let text = article.cleaned.paragraphs[paragraph].text
            return EventSource(article: index, line: article.cleaned.paragraphs[paragraph].line,
                               span: TextSpan(paragraph: paragraph, start: 0, end: text.utf8.count),
                               dateMention: article.dates.firstIndex { $0.text == expression })
        }
        return (TimelineEntry(kind: .event, date: date, summary: summary, figures: [], conflict: conflict,
                              isBackground: background), eventSources, entities)
    }
}
