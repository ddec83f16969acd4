import Testing
@testable import SitrepCore

@Suite struct TimelineBuilderTests {
    static let article = EventFixture("t", outlet: "Herald", published: "2019-03-04", [
        "The group seized Mosul in 2014 and declared a caliphate.",
        "Its fighters were pushed out of Raqqa in 2017 by the coalition.",
        "The SDF launched the offensive on the last pocket in December.",
        "Jets bombed the tent camp on Sunday, killing dozens.",
        "Officials hope to reopen the border crossing on 15 April.",
        "Trucks carried civilians out of the village on Friday.",
    ]).date("in 2014", "2014").date("in 2017", "2017").date("in December", "2018-12")
        .date("on Sunday", "2019-03-03").date("on 15 April", "2019-04-15").date("on Friday", "2019-03-01")
        .entity("Mosul", FixtureEntity.mosul).entity("SDF", FixtureEntity.sdf)

    @Test func entriesAreInDateOrderWithBackgroundBeforeTheWindow() {
        let timeline = TimelineBuilder.build(articles: [Self.article.article], entities: FixtureEntity.all,
                                             window: fixtureWindow)
        #expect(timeline.entries.map(\.date.iso) == ["2014", "2017", "2018-12", "2019-03-01", "2019-03-03",
                                                     "2019-03-04", "2019-04-15"])
        #expect(timeline.entries.map(\.isBackground) == [true, true, true, false, false, false, false])
        #expect(timeline.entries.map(\.kind) == [.event, .event, .event, .event, .event, .publication, .event])
        #expect(timeline.backgroundEntries == [0, 1, 2])
        #expect(timeline.entriesInWindow == [3, 4, 5])
        #expect(timeline.entriesAfterWindow == [6])
        #expect(timeline.entries(involving: FixtureEntity.mosul) == [0])
        #expect(timeline.entries(forArticle: 0).count == 7)
        #expect(timeline.entries(forArticle: 1).isEmpty)
    }

    @Test func publicationEntryCarriesTheTitleAndDate() throws {
        let timeline = TimelineBuilder.build(articles: [Self.article.article], entities: [], window: nil)
        let index = try #require(timeline.entries.firstIndex { $0.kind == .publication })
        #expect(timeline.entries[index].summary == "Title of t")
        #expect(timeline.sources(of: index).first?.expression(in: [Self.article.article]) == "2019-03-04")
        #expect(timeline.sources(of: index).first?.sentence(in: [Self.article.article]) == "Title of t")
        #expect(timeline.entries.allSatisfy { !$0.isBackground })
    }

    @Test func eventsSortBeforePublicationsOnTheSameDayThenByOutlet() {
        let b = EventFixture("b", outlet: "Bugle", published: "2019-03-10", ["Rain flooded the camp on Sunday, aid workers said."])
            .date("on Sunday", "2019-03-10")
        let a = EventFixture("a", outlet: "Argus", published: "2019-03-10", ["A convoy reached the camp on Sunday."])
            .date("on Sunday", "2019-03-10")
        let timeline = TimelineBuilder.build(articles: [b.article, a.article], entities: [], window: fixtureWindow)
        #expect(timeline.entries.map(\.kind) == [.event, .event, .publication, .publication])
        #expect(timeline.entries.indices.map { timeline.outlets(of: $0, in: [b.article, a.article])[0] }
                == ["Argus", "Bugle", "Argus", "Bugle"])
    }

    @Test func countsPerDayCoverShortValuesOnly() {
        let timeline = TimelineBuilder.build(articles: [Self.article.article], entities: [], window: fixtureWindow)
        let days = CalendarDate(iso: "2019-03-01")!...CalendarDate(iso: "2019-03-05")!
        #expect(timeline.countsPerDay(of: Array(timeline.entries.indices), in: days) == [1, 0, 1, 1, 0])
    }

    @Test func sortKeysAreSmallAndOrderFieldByField() {
        #expect(MemoryLayout<TimelineOrder.Key>.stride <= 32)
        let span = TextSpan(paragraph: 0, start: 0, end: 0)
        func key(_ firstDay: Int, _ lastDay: Int, publication: Bool = false, outlet: Int = 2, article: Int = 9,
                 span: TextSpan = span, index: Int = 1) -> TimelineOrder.Key {
            TimelineOrder.Key(firstDay: firstDay, lastDay: lastDay, isPublication: publication, outlet: outlet,
                              article: article, span: span, index: index)
        }
        let a = key(5, 5)
        #expect(a < key(5, 5, publication: true, index: 0))
        #expect(a < key(5, 6, outlet: 0))
        #expect(key(-40_000, 3) < key(-2, -1) && key(-2, -1) < a)
        #expect(a < key(5, 5, outlet: 3, article: 0) && a < key(5, 5, article: 10, index: 0))
        #expect(a < key(5, 5, span: TextSpan(paragraph: 0, start: 1, end: 2), index: 0) && a < key(5, 5, index: 2))
        let b = key(-7, 12, publication: true, outlet: 1 << 20, article: Int(Int32.max))
        #expect(b.firstDay == -7 && b.lastDay == 12 && b.isPublication && b.outlet == 1 << 20 && b.article == Int(Int32.max))
    }

    @Test func sortingByDayThenInFullGivesTheKeysOrder() {
        // Fields scrambled from the index (a fixed multiplicative hash), with many ties to break.
        let keys = (0..<2_000).map { index in
            let bits = (index &* 0x9E37_79B9) >> 7, first = bits % 81 - 40
            return TimelineOrder.Key(firstDay: first, lastDay: first + (bits >> 2) % 4, isPublication: (bits >> 3) % 3 == 0,
                                     outlet: (bits >> 4) % 5, article: (bits >> 8) % 21,
                                     span: TextSpan(paragraph: 0, start: (bits >> 12) % 3, end: 9), index: index)
        }
        #expect(TimelineOrder.sorted(keys).map(\.index) == keys.sorted().map(\.index))
        // Days too far apart to count are sorted in one go.
        let far = [keys[0], TimelineOrder.Key(firstDay: 3 << 20, lastDay: 3 << 20, isPublication: false, outlet: 0,
                                              article: 0, span: TextSpan(paragraph: 0, start: 0, end: 0), index: 9_999)]
        #expect(TimelineOrder.sorted(far.reversed()).map(\.index) == [keys[0].index, 9_999])
        #expect(TimelineOrder.sorted([]).isEmpty)
    }

    @Test func reorderingKeepsEachEntrysListsAndLaysThemOutInTheNewOrder() {
        var timeline = Timeline(window: nil)
        for number in 0..<4 {
            let entry = TimelineEntry(kind: .event, date: .year(2019), summary: "\(number)", figures: [], conflict: false,
                                      isBackground: false)
            let sources = (0..<number).map { EventSource(article: number, line: $0, span: TextSpan(paragraph: 0, start: 0, end: 0),
                                                         dateMention: nil) }
            timeline.append(entry, sources: sources, entities: Array(repeating: number, count: 3 - number))
        }
        timeline.reorder([2, 0, 3, 1])
        #expect(timeline.entries.map(\.summary) == ["2", "0", "3", "1"])
        #expect((0..<4).map { timeline.sources(of: $0).map(\.line) } == [[0, 1], [], [0, 1, 2], [0]])
        #expect((0..<4).map { Array(timeline.entities(of: $0)) } == [[2], [0, 0, 0], [], [1, 1]])
        #expect(timeline.sources(of: 0).startIndex == 0 && timeline.entities(of: 1).startIndex == 1)
        // An entry appended after the re-layout finds its own lists, and the others keep theirs.
        let late = TimelineEntry(kind: .publication, date: .year(2019), summary: "late", figures: [], conflict: false,
                                 isBackground: false)
        timeline.append(late, sources: [EventSource(article: 7, line: 9, span: TextSpan(paragraph: 0, start: 0, end: 0),
                                                    dateMention: nil)], entities: [5, 6])
        #expect(timeline.sources(of: 4).map(\.line) == [9] && Array(timeline.entities(of: 4)) == [5, 6])
        #expect(timeline.sources(of: 2).map(\.line) == [0, 1, 2] && Array(timeline.entities(of: 3)) == [1, 1])
        // The flat lists, read in place, hold each entry's lists at its ranges.
        timeline.withFlatLists { sources, entityIDs in
            for index in timeline.entries.indices {
                let entry = timeline.entries[index]
                #expect(sources[entry.sourceRange].map(\.line) == timeline.sources(of: index).map(\.line))
                #expect(entityIDs[entry.entityRange].map(Int.init) == Array(timeline.entities(of: index)))
            }
        }
    }
}
