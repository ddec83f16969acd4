import Testing
import SitrepCore
@testable import SitrepUI

@Suite struct ScreenLayoutTests {
    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func fourTitledPanesAndAStatusBar(width: Int, height: Int) throws {
        let text = try screen("", width: width, height: height)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == height)
        for title in ["─ Timeline ", "─ Articles ", "─ Reader · ", "─ Entities "] { #expect(text.contains(title)) }
        #expect(lines.last!.contains("?:help"))
        // Useful content in every pane: an event, an outlet group, article text, an entity group.
        #expect(text.contains("SDF launches final"))
        #expect(text.contains("Northwind News (2)"))
        #expect(text.contains("Assault begins on last ISIS enclave"))
        #expect(text.contains("Places (2)"))
    }

    @Test func largerScreensGiveTheSpaceToReaderAndTimeline() {
        let small = Layout(width: 80, height: 24), large = Layout(width: 200, height: 60)
        #expect(large.rect(for: .reader).width > 2 * small.rect(for: .reader).width)
        #expect(large.rect(for: .reader).height > 2 * small.rect(for: .reader).height)
        #expect(large.rect(for: .timeline).height > 2 * small.rect(for: .timeline).height)
        #expect(large.rect(for: .entities).height <= 2 * small.rect(for: .entities).height)
    }

    @Test func tooSmallShowsTheSizesAndRecovers() throws {
        let small = try screen("<Resize 50x10>")
        #expect(small.contains("Terminal too small: 50x10"))
        #expect(small.contains("Need at least 60x16"))
        #expect(!small.contains("Timeline"))
        let recovered = try screen("<Resize 50x10>\n<Resize 80x24>")
        #expect(recovered.contains("─ Timeline "))
    }

    @Test func minimumSizeStillShowsAllPanes() throws {
        let text = try screen("", width: 60, height: 16)
        for title in ["Timeline", "Articles", "Reader", "Entities"] { #expect(text.contains(title)) }
    }

    @Test func dayStripCountsEventsPerDayAndMarksTheSelectedDay() throws {
        let app = try application(after: "j")
        let grid = app.render()
        let feb = try #require(grid.find("Feb ·"))
        // 2019-02-09 has one event: the ninth day cell after the label shows 1, reversed as the selection.
        let cell = grid[feb.x + 4 + 8, feb.y]
        #expect(cell.text == "1")
        #expect(cell.style.attributes.contains(.reverse))
        #expect(cell.style.role == .heatLow)
        #expect(grid[feb.x + 4 + 7, feb.y].text == "·")
    }
}

@Suite struct DayCountTests {
    @Test func shortIntervalsCountOnEachDayLongOnesNowhere() {
        let feb = { CalendarDate(year: 2019, month: 2, day: $0)! }
        let entries = [TemporalValue.day(feb(3)), .interval(.day(feb(2)), .day(feb(4))), .month(year: 2019, month: 2)]
            .map { TimelineEntry(kind: .event, date: $0, summary: "", figures: [], conflict: false, isBackground: false) }
        var timeline = Timeline(window: nil)
        for entry in entries { timeline.append(entry, sources: [], entities: []) }
        let counts = timeline.countsPerDay(of: [0, 1, 2], in: feb(1)...feb(5))
        #expect(counts == [0, 1, 2, 1, 0])
        #expect(timeline.countsPerDay(of: [0], in: feb(1)...feb(5)) == [0, 0, 1, 0, 0])
    }

    @Test func aCorpusWithoutAWindowGetsTheSpanOfItsEntriesDatedToOneDay() {
        let day = { CalendarDate(year: 2019, month: $0, day: $1)! }
        let dated: [(TemporalValue, Bool)] = [(.day(day(1, 5)), true), (.month(year: 2019, month: 1), false),
                                              (.day(day(3, 9)), false), (.day(day(2, 14)), false),
                                              (.interval(.day(day(2, 1)), .day(day(4, 30))), false)]
        var timeline = Timeline(window: nil)
        for (date, isBackground) in dated {
            timeline.append(TimelineEntry(kind: .event, date: date, summary: "", figures: [], conflict: false,
                                          isBackground: isBackground), sources: [], entities: [])
        }
        let model = CorpusModel(title: "No window", window: nil, articles: [], entities: [], timeline: timeline,
                                diagnostics: [])
        // The background day and the month and interval are not exact days of the foreground.
        #expect(Catalog(model: model).window == day(2, 14)...day(3, 9))
    }
}
