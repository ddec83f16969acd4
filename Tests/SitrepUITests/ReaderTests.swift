import Testing
@testable import SitrepUI
import SitrepCore

@Suite struct ReaderTests {
    @Test func headingShowsHeadlineOutletDateAndByline() throws {
        let text = try screen("", width: 120, height: 40)
        #expect(text.contains("Assault begins on last ISIS enclave"))
        #expect(text.contains("Northwind News · 2019-02-10 · Jane Roe"))
    }

    @Test func boilerplateToggleInterleavesItAtItsOriginalLine() throws {
        let hidden = try screen("2<Enter>", width: 120, height: 40)
        #expect(!hidden.contains("Smoke rises"))
        let app = try application(after: "2<Enter>v", width: 120, height: 40)
        let grid = app.render()
        let lines = grid.text.split(separator: "\n").map(String.init)
        let caption = try #require(lines.firstIndex { $0.contains("[caption] Smoke rises over the village") })
        let first = try #require(lines.firstIndex { $0.contains("The Syrian Democratic Forces launched") })
        let promo = try #require(lines.firstIndex { $0.contains("[promo] Sign up for our newsletter") })
        let second = try #require(lines.firstIndex { $0.contains("Commanders said") })
        #expect(caption < first && first < second && second < promo)
        #expect(grid.styles(of: "[caption]")?.allSatisfy { $0.role == .boilerplate } == true)
        #expect(try screen("2<Enter>vv", width: 120, height: 40) .contains("Smoke rises") == false)
    }

    @Test func mentionsAreStyledByKindAndDatesMarked() throws {
        let grid = try application(after: "jj<Enter>", width: 120, height: 40).render()
        #expect(grid.styles(of: "Bali added")?.prefix(4).allSatisfy { $0 == Style(.person, .bold) } == true)
        #expect(grid.styles(of: "Baghuz was")?.prefix(6).allSatisfy { $0 == Style(.place, [.bold, .underline]) } == true)
        #expect(grid.styles(of: "SDF spokesman")?.first?.role == .organisation)
        #expect(grid.styles(of: "on Tuesday")?.first?.role == .date)
    }

    @Test func bracketKeysStepTheMentionCursorAndShowDateValues() throws {
        let first = try application(after: "3]").render()
        #expect(first.styles(of: "Syrian Democratic Forces launched")?.prefix(24)
            .allSatisfy { $0.attributes.contains(.reverse) } == true)
        #expect(first.text.contains("Syrian Democratic Forces (organisation, 3 mentions)"))
        let date = try screen("3]]]")
        #expect(date.split(separator: "\n").last!.contains("“on Saturday” = 2019-02-09"))
        let back = try screen("3]]][")
        #expect(back.contains("Baghouz (place, 6 mentions)"))
        #expect(try screen("3]]]]").contains("Last mention"))
    }

    @Test func enterOnAMentionFiltersOrFindsTheDay() throws {
        let filtered = try screen("3]<Enter>")
        #expect(filtered.contains("Filter: Syrian Democratic Forces"))
        let day = try application(after: "3]]]<Enter>")
        #expect(day.state.focus == .timeline)
        #expect(day.render().isSelected("SDF launches"))
    }

    @Test func mentionCursorScrollsIntoView() throws {
        let app = try application(after: "2jj<Enter>]")
        #expect(app.render().text.contains("Paragraph 5 of"))
        #expect(app.state.reader.cursor == 0)
    }

    @Test func emptyReaderExplainsWhatToDo() throws {
        let empty = CorpusModel(title: "Empty", window: nil, articles: [], entities: [],
                                timeline: Timeline(window: nil), diagnostics: [])
        let text = try screen("", model: empty)
        #expect(text.contains("Select an event or an article"))
        #expect(text.contains("No events"))
        #expect(text.contains("No entities found"))
        #expect(try screen("jjk<Enter>]o/x<Enter>n<Tab><Enter>G", model: empty).contains("─ Articles "))
    }
}

@Suite struct ReaderCursorTests {
    @Test func cursorScrolledOutOfViewRestartsFromTheVisibleText() throws {
        // The long read mentions Baghouz in paragraphs 5, 21 and 26. With the cursor on the first,
        // jumping to the bottom and pressing ] lands on the visible third, not the off-screen second.
        let app = try application(after: "2jj<Enter>]G]")
        #expect(app.state.reader.cursor == 2)
        #expect(try application(after: "2jj<Enter>]]").state.reader.cursor == 1)
    }

    @Test func progressStaysUntilCleared() throws {
        var app = try application(after: "")
        app.setProgress("Loading 3,000 of 10,000 articles")
        app.handle(Key.character("j"))
        #expect(app.render().text.contains("Loading 3,000 of 10,000 articles"))
        app.setProgress(nil)
        #expect(!app.render().text.contains("Loading"))
    }
}

@Suite struct DayStripTests {
    @Test func monthsPackIntoRowsThatFit() {
        let window = FixtureModel.window
        #expect(DayStrip(window: window, width: 70).rows.map { $0.map(\.label) } == [["Feb", "Mar"]])
        #expect(DayStrip(window: window, width: 38).rows.map { $0.map(\.label) } == [["Feb"], ["Mar"]])
        let strip = DayStrip(window: window, width: 38)
        #expect(strip.rows[1][0].firstDay == 28)
        #expect(strip.row(ofDay: 27) == 0)
        #expect(strip.row(ofDay: 28) == 1)
    }

    @Test func countsUseShapesAsWellAsRoles() {
        #expect(DayStrip.cell(count: 0).0 == "·")
        #expect(DayStrip.cell(count: 4) == ("4", Style(.heatMid, .bold)))
        #expect(DayStrip.cell(count: 7).1.role == .heatHigh)
        #expect(DayStrip.cell(count: 12).0 == "+")
    }
}
