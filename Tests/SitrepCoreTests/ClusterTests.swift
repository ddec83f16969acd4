import Testing
@testable import SitrepCore

@Suite struct ClusterTests {
    /// Two outlets, one mass surrender, figures 2,000 and 3,000: the 12 March shape, in other words.
    static let sun = EventFixture("sun", outlet: "The Sun", published: "2019-03-12", [
        "Some 2,000 brainwashed fighters of ISIS surrendered today after weeks of air strikes.",
    ]).date("today", "2019-03-12").entity("ISIS", FixtureEntity.isis)
        .figure("2,000 brainwashed fighters", 2000, counted: "brainwashed fighters")

    static let asia = EventFixture("asia", outlet: "AsiaNews", published: "2019-03-13", [
        "In the last 24 hours at least 3 thousand jihadists of the Islamic State have surrendered to the SDF.",
    ]).date("In the last 24 hours", "2019-03-12/2019-03-13")
        .entity("Islamic State", FixtureEntity.isis).entity("SDF", FixtureEntity.sdf)
        .figure("at least 3 thousand jihadists", 3000, counted: "jihadists", approximate: true)

    static func build(_ fixtures: [EventFixture]) -> Timeline {
        TimelineBuilder.build(articles: fixtures.map(\.article), entities: FixtureEntity.all, window: fixtureWindow)
    }

    static func events(_ timeline: Timeline) -> [TimelineEntry] { timeline.entries.filter { $0.kind == .event } }

    /// The outlets of the timeline's first event entry.
    static func outlets(ofFirstEventIn timeline: Timeline, _ fixtures: [EventFixture]) -> [String]? {
        timeline.entries.firstIndex { $0.kind == .event }.map { timeline.outlets(of: $0, in: fixtures.map(\.article)) }
    }

    @Test func sameHappeningFromTwoOutletsMergesAndFlagsDisagreeingFigures() throws {
        let fixtures = [Self.sun, Self.asia]
        let timeline = Self.build(fixtures)
        let events = Self.events(timeline)
        #expect(events.count == 1)
        let entry = try #require(events.first)
        #expect(Self.outlets(ofFirstEventIn: timeline, fixtures) == ["The Sun", "AsiaNews"])
        #expect(entry.date.iso == "2019-03-12")
        #expect(entry.conflict)
        #expect(entry.figures.map { $0.mention(in: fixtures.map(\.article)).low }.sorted() == [2000, 3000])
        let index = try #require(timeline.entries.firstIndex { $0.kind == .event })
        #expect(Array(timeline.entities(of: index)) == [FixtureEntity.isis, FixtureEntity.sdf])
    }

    @Test func entryBuilderSumsUpFirstThenMakesEntriesWithoutTheKeyWords() throws {
        let articles = [Self.sun.article, Self.asia.article]
        let events = EventTable(articles: articles, parallel: false)
        let clusters = EventClusterer.cluster(events)
        #expect(clusters.count == 1)
        var builder = EntryBuilder(events: events, clusters: clusters, articles: articles, window: fixtureWindow)
        let summaries = builder.summaries()
        #expect(summaries.count == 1)
        #expect(builder.events.words.count == 0)
        var timeline = Timeline(window: fixtureWindow)
        let ranks = TimelineOrder.ranks(ofOutletsOf: articles)
        let key = builder.sortKey(of: 0, index: 0, outletRanks: ranks)
        builder.appendEntry(for: 0, summary: summaries[0], outletRanks: ranks, to: &timeline)
        #expect(key.firstDay == CalendarDate(iso: "2019-03-12")!.dayNumber && key.article == 0 && !key.isPublication)
        let entry = try #require(timeline.entries.first)
        #expect(entry.summary == summaries[0])
        #expect(timeline.sources(of: 0).map(\.article) == [0, 1])
        #expect(Array(timeline.entities(of: 0)) == [FixtureEntity.isis, FixtureEntity.sdf])
        #expect(entry.figures == [ReportedFigure(article: 0, figure: 0), ReportedFigure(article: 1, figure: 0)])
        #expect(entry.conflict)
        #expect(!entry.isBackground)
    }

    @Test func compatibleRangesDoNotConflict() throws {
        let range = EventFixture("r", outlet: "Wire", published: "2019-03-12", [
            "Between 1,500 to 2,000 fighters of ISIS surrendered en masse today, Mustafa Bali said.",
        ]).date("today", "2019-03-12").entity("ISIS", FixtureEntity.isis).entity("Mustafa Bali", FixtureEntity.bali)
            .figure("1,500 to 2,000 fighters", 1500, 2000, counted: "fighters")
        let timeline = Self.build([Self.sun, range])
        let events = Self.events(timeline)
        #expect(events.count == 1)
        #expect(Self.outlets(ofFirstEventIn: timeline, [Self.sun, range]) == ["The Sun", "Wire"])
        #expect(events.first?.conflict == false)
    }

    @Test func sameWordsOnDifferentDaysDoNotMerge() {
        var later = Self.asia
        later.dates = [("In the last 24 hours", "2019-03-15/2019-03-16", false)]
        let events = Self.events(Self.build([Self.sun, later]))
        #expect(events.count == 2)
        #expect(events.allSatisfy { !$0.conflict })
    }

    @Test func differentHappeningsOnTheSameDayDoNotMerge() {
        let other = EventFixture("o", outlet: "Wire", published: "2019-03-12", [
            "A car bomb killed 12 people at a market in Mosul today.",
        ]).date("today", "2019-03-12").entity("Mosul", FixtureEntity.mosul)
            .figure("12 people", 12, counted: "people")
        #expect(Self.events(Self.build([Self.sun, other])).count == 2)
    }

    @Test func aLongIntervalDoesNotGlueDaysTogether() {
        // "since December" overlaps both days and shares words with both, yet must stay apart.
        let since = EventFixture("s", outlet: "Wire", published: "2019-03-20", [
            "Thousands of ISIS fighters have surrendered to the SDF since December.",
        ]).date("since December", "2018-12/2019-03-20")
            .entity("ISIS", FixtureEntity.isis).entity("SDF", FixtureEntity.sdf)
            .figure("Thousands of ISIS fighters", 2000, 9000, counted: "ISIS fighters", approximate: true)
        var later = Self.asia
        later.dates = [("In the last 24 hours", "2019-03-15/2019-03-16", false)]
        let events = Self.events(Self.build([Self.sun, later, since]))
        #expect(events.count == 3)
    }

    @Test func figuresOfDifferentThingsDoNotConflict() {
        #expect(!FigureComparison.conflict(among: [
            (FigureMention(span: .init(paragraph: 0, start: 0, end: 1), text: "2,000 fighters",
                           low: 2000, high: 2000, counted: "fighters", isApproximate: false), "A"),
            (FigureMention(span: .init(paragraph: 0, start: 0, end: 1), text: "300 civilians",
                           low: 300, high: 300, counted: "civilians", isApproximate: false), "B"),
        ]))
    }

    @Test func oneOutletDisagreeingWithItselfIsNotAConflict() {
        let article = EventFixture("m", outlet: "A", published: "2019-03-12", ["100 militants, or 400 militants."])
            .figure("100 militants", 100, counted: "militants").figure("400 militants", 400, counted: "militants").article
        let figures = [ReportedFigure(article: 0, figure: 0), ReportedFigure(article: 0, figure: 1)]
        #expect(!FigureComparison.conflict(in: figures, articles: [article]))
    }

    /// Told apart by outlet rank, outlets disagree exactly when they do told apart by name.
    @Test func conflictsByOutletRankAgreeWithConflictsByName() {
        func article(_ name: String, outlet: String, _ count: Int) -> AnalyzedArticle {
            EventFixture(name, outlet: outlet, published: "2019-03-12", ["\(count) militants surrendered."])
                .figure("\(count) militants", count, counted: "militants").article
        }
        let figures = [ReportedFigure(article: 0, figure: 0), ReportedFigure(article: 1, figure: 0)]
        for outlets in [("A", "B"), ("A", "A"), ("B", "A")] {
            for counts in [(100, 400), (100, 100)] {
                let articles = [article("m", outlet: outlets.0, counts.0), article("n", outlet: outlets.1, counts.1)]
                let ranks = TimelineOrder.ranks(ofOutletsOf: articles)
                let byName = FigureComparison.conflict(in: figures, articles: articles)
                #expect(FigureComparison.conflict(in: figures, articles: articles, outletRanks: ranks) == byName)
                #expect(byName == (outlets.0 != outlets.1 && counts.0 != counts.1))
            }
        }
    }

    /// Outlets conflict when, for one class, the largest lower bound one gives exceeds the smallest upper
    /// bound another gives; random figures over three outlets and classes agree with that definition.
    @Test func conflictsFollowTheirDefinitionOverRandomFigures() {
        var generator = SystemRandomNumberGenerator()
        let counted = ["fighters", "civilians", "jihadists", "people"]
        for _ in 0..<200 {
            let figures = (0..<Int.random(in: 0...7, using: &generator)).map { _ -> (figure: FigureMention, outlet: Int32) in
                let low = Int.random(in: 1...10, using: &generator) * 100
                let figure = FigureMention(span: .init(paragraph: 0, start: 0, end: 1), text: "x", low: low,
                                           high: low + Int.random(in: 0...2, using: &generator) * 100,
                                           counted: counted.randomElement(using: &generator)!,
                                           isApproximate: Bool.random(using: &generator))
                return (figure, Int32.random(in: 0...2, using: &generator))
            }
            var expected = false
            for a in figures {
                for b in figures where a.outlet != b.outlet {
                    guard let kind = FigureComparison.countedClassHash(of: a.figure),
                          kind == FigureComparison.countedClassHash(of: b.figure) else { continue }
                    let sameKind = { (f: (figure: FigureMention, outlet: Int32)) in
                        FigureComparison.countedClassHash(of: f.figure) == kind }
                    let maxLow = figures.filter { $0.outlet == a.outlet && sameKind($0) }
                        .map { FigureComparison.range(of: $0.figure).0 }.max()!
                    let minHigh = figures.filter { $0.outlet == b.outlet && sameKind($0) }
                        .map { FigureComparison.range(of: $0.figure).1 }.min()!
                    if maxLow > minHigh { expected = true }
                }
            }
            #expect(FigureComparison.conflict(among: figures) == expected)
        }
    }

    @Test func countedClassHashesAgreeWithTheClassNames() {
        for counted in ["brainwashed fighters", "ISIS Fighters", "jihadists.", "people", "bodies", "casualties",
                        "", "2,000", "civilians-", "Kämpfer", "displaced Yazidis", "children"] {
            let figure = FigureMention(span: .init(paragraph: 0, start: 0, end: 1), text: "x", low: 1, high: 1,
                                       counted: counted, isApproximate: false)
            let expected = FigureComparison.countedClass(of: figure).map { KeywordSet.hash(Array($0.utf8)[...]) }
            #expect(FigureComparison.countedClassHash(of: figure) == expected, "\(counted)")
        }
    }

    @Test func approximateFiguresGetTolerance() {
        let a = FigureMention(span: .init(paragraph: 0, start: 0, end: 1), text: "about 1,000 troops",
                              low: 1000, high: 1000, counted: "troops", isApproximate: true)
        var b = a
        b.low = 1050
        b.high = 1050
        b.isApproximate = false
        #expect(!FigureComparison.conflict(among: [(a, "A"), (b, "B")]))
        b.low = 1500
        b.high = 1500
        #expect(FigureComparison.conflict(among: [(a, "A"), (b, "B")]))
    }
}
