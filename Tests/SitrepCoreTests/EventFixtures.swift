@testable import SitrepCore

/// Builds hand-made analysed articles: one sentence per paragraph, mentions located by their text.
struct EventFixture {
    var id: String
    var outlet: String
    var published: String?
    var paragraphs: [String]
    var dates: [(text: String, value: String, quotedFuture: Bool)] = []
    var entities: [(text: String, entity: Int)] = []
    var figures: [(text: String, low: Int, high: Int, counted: String, approximate: Bool)] = []

    init(_ id: String, outlet: String, published: String? = nil, _ paragraphs: [String]) {
        self.id = id
        self.outlet = outlet
        self.published = published
        self.paragraphs = paragraphs
    }

    func date(_ text: String, _ value: String, quotedFuture: Bool = false) -> EventFixture {
        var copy = self
        copy.dates.append((text, value, quotedFuture))
        return copy
    }

    func entity(_ text: String, _ entity: Int) -> EventFixture {
        var copy = self
        copy.entities.append((text, entity))
        return copy
    }

    func figure(_ text: String, _ low: Int, _ high: Int? = nil, counted: String, approximate: Bool = false) -> EventFixture {
        var copy = self
        copy.figures.append((text, low, high ?? low, counted, approximate))
        return copy
    }

    /// The span of the first occurrence of `text` in any paragraph.
    func span(of text: String) -> TextSpan {
        for (index, paragraph) in paragraphs.enumerated() {
            let bytes = Array(paragraph.utf8), needle = Array(text.utf8)
            guard needle.count <= bytes.count else { continue }
            for start in 0...(bytes.count - needle.count) where Array(bytes[start..<(start + needle.count)]) == needle {
                return TextSpan(paragraph: index, start: start, end: start + needle.count)
            }
        }
        fatalError("fixture text not found: \(text)")
    }

    var article: AnalyzedArticle {
        let text = paragraphs.joined(separator: "\n")
        let source = SourceArticle(id: id, file: id + ".txt", text: text, metadata: ArticleMetadata(
            outlet: outlet, published: published.flatMap(CalendarDate.init(iso:)), title: "Title of \(id)"))
        let cleaned = CleanedArticle(paragraphs: paragraphs.enumerated().map { Paragraph(text: $1, line: $0 + 1) },
                                     boilerplate: [])
        let sentences = paragraphs.enumerated().map {
            Sentence(span: TextSpan(paragraph: $0, start: 0, end: $1.utf8.count))
        }
        return AnalyzedArticle(
            source: source, cleaned: cleaned, sentences: sentences,
            dates: dates.map { d in
                let span = span(of: d.text)
                return DateMention(span: span, text: d.text, sentence: span.paragraph,
                                   value: TemporalValue(iso: d.value)!, isQuotedFuture: d.quotedFuture)
            },
            entities: entities.map { EntityMention(span: span(of: $0.text), entity: $0.entity) },
            figures: figures.map {
                FigureMention(span: span(of: $0.text), text: $0.text, low: $0.low, high: $0.high,
                              counted: $0.counted, isApproximate: $0.approximate)
            })
    }
}

/// A few entity ids for fixtures.
enum FixtureEntity {
    static let isis = 0, sdf = 1, baghouz = 2, bali = 3, mosul = 4
    static let all = [
        Entity(id: isis, name: "ISIS", kind: .organisation, aliases: ["ISIS"], mentionCount: 1, articles: [0]),
        Entity(id: sdf, name: "SDF", kind: .organisation, aliases: ["SDF"], mentionCount: 1, articles: [0]),
        Entity(id: baghouz, name: "Baghouz", kind: .place, aliases: ["Baghouz"], mentionCount: 1, articles: [0]),
        Entity(id: bali, name: "Mustafa Bali", kind: .person, aliases: ["Bali"], mentionCount: 1, articles: [0]),
        Entity(id: mosul, name: "Mosul", kind: .place, aliases: ["Mosul"], mentionCount: 1, articles: [0]),
    ]
}

let fixtureWindow = CalendarDate(iso: "2019-02-01")!...CalendarDate(iso: "2019-03-31")!
