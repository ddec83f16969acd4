import Foundation
import Testing
@testable import SitrepCore

@Suite struct ExportTests {
    static var model: CorpusModel {
        let articles = [ClusterTests.sun.article, ClusterTests.asia.article, TimelineBuilderTests.article.article]
        let timeline = TimelineBuilder.build(articles: articles, entities: FixtureEntity.all, window: fixtureWindow)
        return CorpusModel(title: "Fixture", window: fixtureWindow, articles: articles, entities: FixtureEntity.all,
                           timeline: timeline, diagnostics: [])
    }

    static func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func timelineJSONHasTheDocumentedShape() throws {
        let root = try Self.parse(TimelineExport.json(Self.model))
        let events = try #require(root["events"] as? [[String: Any]])
        #expect(events.count == Self.model.timeline.entries.count)
        let surrender = try #require(events.first { ($0["conflict"] as? Bool) == true })
        #expect(surrender["date"] as? String == "2019-03-12")
        #expect(surrender["kind"] as? String == "event")
        #expect(surrender["background"] as? Bool == false)
        #expect(surrender["entities"] as? [String] == ["ISIS", "SDF"])
        let sources = try #require(surrender["sources"] as? [[String: Any]])
        #expect(sources.map { $0["article"] as? String } == ["sun", "asia"])
        #expect(sources.map { $0["outlet"] as? String } == ["The Sun", "AsiaNews"])
        #expect(sources[1]["expression"] as? String == "In the last 24 hours")
        #expect(sources[1]["line"] as? Int == 1)
        #expect((sources[0]["sentence"] as? String)?.hasPrefix("Some 2,000") == true)
        let figures = try #require(surrender["figures"] as? [[String: Any]])
        #expect(figures.map { $0["value"] as? Int } == [2000, 3000])
        #expect(figures.map { $0["outlet"] as? String } == ["The Sun", "AsiaNews"])
        let background = events.filter { ($0["background"] as? Bool) == true }.map { $0["date"] as? String }
        #expect(background == ["2014", "2017", "2018-12"])
        #expect(events.contains { $0["date"] as? String == "2019-04-15" && ($0["afterWindow"] as? Bool) == true })
    }

    @Test func aRangeFigureHasLowAndHighAsItsValue() throws {
        var model = Self.model
        model.articles[0].figures = [FigureMention(span: TextSpan(paragraph: 0, start: 0, end: 5), text: "1,500 to 2,000 fighters",
                                                   low: 1500, high: 2000, counted: "fighters", isApproximate: false)]
        let object = TimelineExport.figure(ReportedFigure(article: 0, figure: 0), model: model)
        let text = JSONOutput.render(object)
        let parsed = try Self.parse(text)
        #expect((parsed["value"] as? [String: Int]) == ["low": 1500, "high": 2000])
        #expect(parsed["low"] as? Int == 1500)
    }

    @Test func jsonKeepsSlashesInIntervalsAndSortsKeys() {
        let text = JSONOutput.render(["b": "2019-03-12/2019-03-13", "a": 1])
        #expect(text.contains("2019-03-12/2019-03-13"))
        #expect(text.range(of: "\"a\"")!.lowerBound < text.range(of: "\"b\"")!.lowerBound)
    }

    @Test func csvQuotesOnlyWhatNeedsIt() {
        #expect(CSVWriter.line(["plain", "a,b", "say \"hi\"", "two\nlines", ""]) ==
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n")
        let table = TimelineExport.csv(Self.model)
        let lines = table.components(separatedBy: "\r\n")
        #expect(lines[0] == "date,kind,background,conflict,outlets,summary,entities,figures,sources")
        #expect(lines.contains { $0.hasPrefix("2019-03-12,event,false,true,The Sun; AsiaNews,") })
        #expect(lines.last == "")
    }

    @Test func entitiesExportsGroupByTypeWithCounts() throws {
        let root = try Self.parse(EntitiesExport.json(Self.model))
        let entities = try #require(root["entities"] as? [[String: Any]])
        #expect(entities.map { $0["type"] as? String } == ["person", "organisation", "organisation", "place", "place"])
        #expect(entities.first?["name"] as? String == "Mustafa Bali")
        #expect(entities.first?["aliases"] as? [String] == ["Bali"])
        #expect(entities.first?["articles"] as? [String] == ["sun"])
        #expect(entities.first?["mentions"] as? Int == 1)
        let text = EntitiesExport.text(Self.model)
        #expect(text.hasPrefix("People (1)\n  Mustafa Bali"))
        #expect(text.contains("aka Bali"))
        #expect(text.contains("\nPlaces (2)\n"))
        #expect(!text.contains(" \n"))
        #expect(EntitiesExport.csv(Self.model).hasPrefix("name,type,mentions,articles,aliases\r\nMustafa Bali,person,1,sun,Bali\r\n"))
    }

    @Test func annotationsCiteTheOriginalLine() throws {
        let root = try Self.parse(AnnotationsExport.json(Self.model))
        let articles = try #require(root["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["sun", "asia", "t"])
        let asia = try #require(articles[1]["mentions"] as? [[String: Any]])
        #expect(asia.map { $0["kind"] as? String } == ["date", "organisation", "organisation"])
        #expect(asia[0]["value"] as? String == "2019-03-12/2019-03-13")
        #expect(asia[1]["entity"] as? String == "ISIS")
        #expect(asia[1]["text"] as? String == "Islamic State")
        let model = Self.model
        for (index, article) in articles.enumerated() {
            let lines = model.articles[index].source.text.components(separatedBy: "\n")
            for mention in article["mentions"] as? [[String: Any]] ?? [] {
                let line = try #require(mention["line"] as? Int)
                #expect(lines[line - 1].contains(try #require(mention["text"] as? String)))
            }
        }
    }

    @Test func annotationsKeepAPossessiveNameWithItsExactText() throws {
        let text = "Aid groups warned on Monday.\n\nHana Rossi, the head of the World Children's Relief (WCR), said on "
            + "Tuesday that 400 families had fled."
        let source = SourceArticle(id: "p", file: "p.txt", text: text,
                                   metadata: ArticleMetadata(outlet: "Example Times", published: CalendarDate(year: 2019, month: 3, day: 14)))
        let model = CorpusAnalyzer.analyze(Corpus(title: "t", articles: [source]))
        let result = AnnotationsExport.annotations(of: 0, model: model)
        #expect(result.skipped == 0)
        // The mention carries the article's own text, "'s" included, and so passes the original-line check.
        #expect(result.mentions.contains { $0.text == "World Children's Relief" && $0.line == 3 })
    }

    @Test func annotationsLeaveOutAMentionNotOnItsLine() {
        var article = ClusterTests.sun.article
        // A paragraph that claims line 1 but is not in the original text.
        article.cleaned.paragraphs.append(Paragraph(text: "Nope, not here.", line: 1))
        let invented = article.cleaned.paragraphs.count - 1
        article.entities.append(EntityMention(span: TextSpan(paragraph: invented, start: 0, end: 4), entity: 0))
        let model = CorpusModel(title: "x", window: nil, articles: [article], entities: FixtureEntity.all,
                                timeline: Timeline(window: nil), diagnostics: [])
        let result = AnnotationsExport.annotations(of: 0, model: model)
        #expect(result.skipped == 1)
        #expect(!result.mentions.contains { $0.text == "Nope" })
    }

    @Test func timelineTextSeparatesBackgroundAndMarksConflicts() {
        let text = TimelineTextRenderer.render(Self.model)
        let lines = text.components(separatedBy: "\n")
        let background = lines.firstIndex(of: "Background (before 2019-02-01)")!
        let window = lines.firstIndex(of: "2019-02-01 to 2019-03-31")!
        #expect(background < window)
        #expect(lines[background + 1].hasPrefix("  2014        "))
        #expect(lines.contains { $0.hasPrefix("  2019-03-12 ! ") && $0.hasSuffix("[The Sun, AsiaNews]") })
        #expect(text.contains("figures disagree: 2,000 brainwashed fighters (The Sun); at least 3 thousand jihadists (AsiaNews)"))
        #expect(!text.contains("\u{1B}"))
    }
}
