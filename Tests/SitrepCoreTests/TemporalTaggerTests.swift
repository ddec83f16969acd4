import Testing
@testable import SitrepCore

/// Rule families of the temporal tagger, on sentences written for these tests.
/// Unless stated, articles are published on Tuesday 2019-03-12.
@Suite struct TemporalTaggerTests {
    func tags(_ text: String, published: String? = "2019-03-12") -> [String] {
        TemporalTestSupport.tags(text, published: published)
    }

    @Test func aSentenceSpanOutsideItsParagraphIsSkipped() {
        let paragraphs = [Paragraph(text: "Rebels shelled the town on Sunday.", line: 1)]
        let stray = Sentence(span: TextSpan(paragraph: 0, start: 0, end: Int(Int32.max)))
        let real = Sentence(span: TextSpan(paragraph: 0, start: 0, end: paragraphs[0].utf8Count))
        let mentions = TemporalTagger.tag(paragraphs: paragraphs, sentences: [stray, real],
                                          published: CalendarDate(iso: "2019-03-12"))
        #expect(mentions.map { "\($0.text)=\($0.value?.iso ?? "nil") in \($0.sentence)" } == ["Sunday=2019-03-10 in 1"])
    }

    @Test func weekdaysInPastClausesAreTheMostRecentOnOrBeforePublication() {
        #expect(tags("Rebels shelled the town on Sunday.") == ["Sunday=2019-03-10"])
        #expect(tags("On Friday, the convoy left the camp.") == ["Friday=2019-03-08"])
        #expect(tags("The ministry confirmed on Wednesday that talks had stalled.") == ["Wednesday=2019-03-06"])
        #expect(tags("Aid workers said on Saturday the road was open.") == ["Saturday=2019-03-09"])
    }

    @Test func theWeekdayOfPublicationInAPastClauseIsThePublicationDay() {
        #expect(tags("The mayor resigned on Tuesday.") == ["Tuesday=2019-03-12"])
        #expect(tags("The coalition said earlier on Tuesday that strikes continued.") == ["Tuesday=2019-03-12"])
        #expect(tags("Shelling stopped Tuesday morning.") == ["Tuesday morning=2019-03-12"])
    }

    @Test func weekdaysInFutureClausesAreTheNextOnOrAfterPublication() {
        #expect(tags("Parliament will vote on Thursday.") == ["Thursday=2019-03-14"])
        #expect(tags("The envoy is expected to arrive on Monday.") == ["Monday=2019-03-18"])
        #expect(tags("Talks are going to resume on Saturday evening.") == ["Saturday evening=2019-03-16"])
        #expect(tags("The prisoners will be released on Friday.") == ["Friday=2019-03-15"])
    }

    @Test func lastNextAndThisWeekdays() {
        #expect(tags("He arrived last Tuesday.") == ["last Tuesday=2019-03-05"])
        #expect(tags("They meet next Tuesday.") == ["next Tuesday=2019-03-19"])
        #expect(tags("She flew home last Friday night.") == ["last Friday night=2019-03-08"])
        #expect(tags("The summit is next Monday.") == ["next Monday=2019-03-18"])
    }

    @Test func anExplicitDateNextToAWeekdayGivesTheValue() {
        #expect(tags("Fighters surrendered from Monday evening (11 March) onwards.")
                == ["Monday evening (11 March)=2019-03-11"])
        #expect(tags("The town fell on Sunday, March 10.") == ["Sunday, March 10=2019-03-10"])
        #expect(tags("The report was dated Friday 1 March 2019.") == ["Friday 1 March 2019=2019-03-01"])
    }

    @Test func daysAroundPublication() {
        #expect(tags("Hundreds surrendered today.") == ["today=2019-03-12"])
        #expect(tags("Another 200 are expected later today.") == ["later today=2019-03-12"])
        #expect(tags("The camp was shelled yesterday morning.") == ["yesterday morning=2019-03-11"])
        #expect(tags("Yesterday ISIS tried to attack.") == ["Yesterday=2019-03-11"])
        #expect(tags("The defeat was declared last night.") == ["last night=2019-03-11"])
        #expect(tags("A statement will follow tonight.") == ["tonight=2019-03-12"])
        #expect(tags("Jets pounded the enclave overnight.") == ["overnight=2019-03-12"])
        #expect(tags("Officials said this morning that the road was clear.") == ["this morning=2019-03-12"])
        #expect(tags("The council meets tomorrow afternoon.") == ["tomorrow afternoon=2019-03-13"])
    }

    @Test func weekends() {
        #expect(tags("The men were released over the weekend.") == ["the weekend=2019-03-09/2019-03-10"])
        #expect(tags("The boys were taken home at the weekend.", published: "2019-03-06")
                == ["the weekend=2019-03-02/2019-03-03"])
        #expect(tags("More convoys will leave at the weekend.") == ["the weekend=2019-03-16/2019-03-17"])
        #expect(tags("Protests spread last weekend.", published: "2019-03-10") == ["last weekend=2019-03-02/2019-03-03"])
        #expect(tags("Elections take place next weekend.") == ["next weekend=2019-03-16/2019-03-17"])
    }

    @Test func relativeWeeksMonthsAndYears() {
        #expect(tags("She was stripped of her citizenship last month.") == ["last month=2019-02"])
        #expect(tags("Last month we reported on the raid.") == ["Last month=2019-02"])
        #expect(tags("The offensive began earlier this month.") == ["earlier this month=2019-03"])
        #expect(tags("Withdrawal starts next month.") == ["next month=2019-04"])
        #expect(tags("Turnout fell last year.") == ["last year=2018"])
        #expect(tags("The camp will close next year.") == ["next year=2020"])
        #expect(tags("The envoy visited last week.") == ["last week=2019-03-04/2019-03-10"])
        #expect(tags("Monthly talks end this week.") == ["this week=2019-03-11/2019-03-17"])
        #expect(tags("Fighting peaked last month.", published: "2019-01-15") == ["last month=2018-12"])
    }

    @Test func spansEndingAtPublication() {
        #expect(tags("10,000 people left in the past two weeks.", published: "2019-03-06")
                == ["the past two weeks=2019-02-20/2019-03-06"])
        #expect(tags("The village was hit over the last 36 hours.", published: "2019-03-06")
                == ["the last 36 hours=2019-03-04/2019-03-06"])
        #expect(tags("In the last 24 hours 3,000 jihadists surrendered.", published: "2019-03-13")
                == ["the last 24 hours=2019-03-12/2019-03-13"])
        #expect(tags("They lost ground over the past four years.") == ["the past four years=2015-03-12/2019-03-12"])
        #expect(tags("Prices rose during the previous three months.") == ["the previous three months=2018-12-12/2019-03-12"])
        #expect(tags("Aid arrived in the past week.") == ["the past week=2019-03-05/2019-03-12"])
        #expect(tags("Strikes will continue for the next five days.") == ["the next five days=2019-03-12/2019-03-17"])
        #expect(tags("Food ran out in the past fortnight.") == ["the past fortnight=2019-02-26/2019-03-12"])
    }

    @Test func agoCountsBackFromPublication() {
        #expect(tags("The siege began three weeks ago.") == ["three weeks ago=2019-02-19"])
        #expect(tags("He left Syria 2 days ago.") == ["2 days ago=2019-03-10"])
        #expect(tags("The group was founded a year ago.") == ["a year ago=2018"])
        #expect(tags("It happened six months ago.") == ["six months ago=2018-09"])
    }

    @Test func sinceGivesAnIntervalUpToPublication() {
        #expect(tags("106 people have died since December.") == ["since December=2018-12/2019-03-12"])
        #expect(tags("59,000 have fled since last December.") == ["since last December=2018-12/2019-03-12"])
        #expect(tags("The town has been under siege since 2017.") == ["since 2017=2017/2019-03-12"])
        #expect(tags("Prices doubled since February.") == ["since February=2019-02/2019-03-12"])
        #expect(tags("Nobody has left since Sunday.") == ["since Sunday=2019-03-10/2019-03-12"])
        #expect(tags("Fighting has raged since 1 March.") == ["since 1 March=2019-03-01/2019-03-12"])
    }
}
