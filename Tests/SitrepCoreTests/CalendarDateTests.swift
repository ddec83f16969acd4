import Testing
@testable import SitrepCore

@Suite struct CalendarDateTests {
    @Test func weekdayOfKnownDates() {
        #expect(CalendarDate(year: 2019, month: 3, day: 12)!.weekday == 2) // a Tuesday
        #expect(CalendarDate(year: 2019, month: 3, day: 10)!.weekday == 7) // a Sunday
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.weekday == 4)
    }

    @Test func dayNumberRoundTrips() {
        for n in stride(from: -800_000, to: 800_000, by: 997) {
            #expect(CalendarDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test func rejectsImpossibleDays() {
        #expect(CalendarDate(year: 2019, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2020, month: 2, day: 29) != nil)
        #expect(CalendarDate(iso: "2019-13-01") == nil)
        #expect(CalendarDate(iso: "2019-3-1") == nil)
    }

    @Test func addingCrossesMonthAndYear() {
        #expect(CalendarDate(iso: "2019-02-28")!.adding(days: 1).iso == "2019-03-01")
        #expect(CalendarDate(iso: "2019-01-01")!.adding(days: -1).iso == "2018-12-31")
    }

    @Test func temporalValueIsoRoundTrip() {
        for iso in ["2019-03-12", "2019-03", "2014", "2018-12/2019-03-12"] {
            #expect(TemporalValue(iso: iso)?.iso == iso)
        }
        #expect(TemporalValue(iso: "2019-02")!.lastDay.iso == "2019-02-28")
    }

    @Test func daySpanCoversTheValueAndFollowsAnEntrysDate() throws {
        let february = DaySpan(try #require(TemporalValue(iso: "2019-02")))
        #expect(february.first == CalendarDate(iso: "2019-02-01")!.dayNumber && february.width == 27)
        let interval = DaySpan(try #require(TemporalValue(iso: "2018-12/2019-03-12")))
        #expect(interval.first == CalendarDate(iso: "2018-12-01")!.dayNumber)
        #expect(interval.last == CalendarDate(iso: "2019-03-12")!.dayNumber)
        var entry = TimelineEntry(kind: .event, date: .year(2019), summary: "", figures: [], conflict: false,
                                  isBackground: false)
        #expect(entry.days.width == 364)
        entry.date = .day(CalendarDate(iso: "2019-03-12")!)
        #expect(entry.days == DaySpan(entry.date) && entry.days.width == 0)
    }
}
