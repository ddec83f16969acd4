import Foundation
import Testing
@testable import SitrepCore

/// The timeline, search and exports over the real embedded corpus.
@Suite struct TimelineCorpusTests {
    private static let model: CorpusModel? = EmbeddedCorpus.locate()
        .flatMap { try? CorpusLoader.load(from: $0) }
        .map(CorpusAnalyzer.analyze)

    private static func id(_ source: EventSource, _ model: CorpusModel) -> String {
        model.articles[source.article].source.id
    }

    @Test func theTwelfthOfMarchSurrenderIsOneEntryWithConflictingFigures() throws {
        let model = try #require(Self.model)
        let timeline = model.timeline
        let indices = timeline.entries.indices.filter {
            timeline.entries[$0].kind == .event && timeline.entries[$0].date.iso == "2019-03-12"
                && timeline.outlets(of: $0, in: model.articles).contains("AsiaNews")
        }
        #expect(indices.count == 1)
        let index = try #require(indices.first)
        let entry = timeline.entries[index]
        #expect(timeline.outlets(of: index, in: model.articles).sorted() == ["AsiaNews", "The Sun"])
        #expect(entry.conflict)
        let asia = try #require(timeline.sources(of: index).first { $0.outlet(in: model.articles) == "AsiaNews" })
        #expect(Self.id(asia, model).hasPrefix("004"))
        #expect(asia.expression(in: model.articles).lowercased().contains("last 24 hours"))
        #expect(timeline.sources(of: index).contains {
            Self.id($0, model).hasPrefix("000") && $0.expression(in: model.articles).lowercased() == "today"
        })
        let values = Set(entry.figures.map { $0.mention(in: model.articles) }.flatMap { [$0.low, $0.high] })
        #expect(values.contains(2000) && values.contains(3000))
        #expect(entry.summary.contains("surrender"))
    }

    @Test func backgroundHoldsTheYearsBeforeTheWindow() throws {
        let model = try #require(Self.model)
        let background = model.timeline.backgroundEntries.map { model.timeline.entries[$0] }
        let dates = Set(background.map(\.date.iso))
        for expected in ["2006", "2014", "2017", "2018-12"] { #expect(dates.contains(expected), "missing \(expected)") }
        #expect(background.allSatisfy { $0.date.lastDay < CalendarDate(iso: "2019-02-01")! })
        let inWindow = model.timeline.entriesInWindow.map { model.timeline.entries[$0] }
        #expect(inWindow.allSatisfy { !$0.isBackground && $0.date.lastDay >= CalendarDate(iso: "2019-02-01")! })
    }

    @Test func entriesAreInDateOrder() throws {
        let entries = try #require(Self.model).timeline.entries
        #expect(entries.count > 20)
        for (a, b) in zip(entries, entries.dropFirst()) { #expect(a.date.firstDay <= b.date.firstDay) }
        #expect(entries.filter { $0.kind == .publication }.count == 5)
    }

    @Test func everyCitedSentenceIsOnItsOriginalLine() throws {
        let model = try #require(Self.model)
        for (index, entry) in model.timeline.entries.enumerated() {
            for source in model.timeline.sources(of: index) {
                let lines = OriginalLines(model.articles[source.article].source)
                let line = try #require(lines.line(source.line), "no line \(source.line) in \(Self.id(source, model))")
                if entry.kind == .event {
                    let sentence = source.sentence(in: model.articles)
                    #expect(line.contains(sentence), "\(Self.id(source, model)):\(source.line)")
                    #expect(sentence.contains(source.expression(in: model.articles)))
                }
            }
        }
    }

    @Test func quotedPromisesAndRelatedHeadlinesMakeNoEvents() throws {
        let model = try #require(Self.model)
        let expressions = model.timeline.entries.indices.flatMap { model.timeline.sources(of: $0) }
            .map { $0.expression(in: model.articles) }
        #expect(!expressions.contains { $0.hasPrefix("Tomorrow") })
        #expect(!expressions.contains("28/02/2019"))
        #expect(!expressions.contains("07/11/2016"))
    }

    @Test func searchFindsBothSpellingsOfBaghouz() throws {
        let model = try #require(Self.model)
        let search = CorpusSearch(model: model)
        let hits = search.search("BAGHUZ")
        #expect(!hits.isEmpty)
        for hit in hits {
            if let span = hit.span {
                #expect(model.articles[hit.article].text(of: span).lowercased() == "baghuz")
            }
        }
        let baghouz = search.search("baghouz")
        #expect(Set(baghouz.map(\.article)).count >= 4)
        #expect(zip(baghouz, baghouz.dropFirst()).allSatisfy { $0.article <= $1.article })
    }

    @Test func annotationsSkipNothingOnTheSeeds() throws {
        let model = try #require(Self.model)
        let annotations = AnnotationsExport.annotations(model)
        #expect(annotations.allSatisfy { $0.skipped == 0 })
        #expect(annotations.allSatisfy { !$0.mentions.isEmpty })
    }
}
