import Testing
@testable import SitrepCore

/// Words and numbers that look temporal but are not, and quoted future.
@Suite struct TemporalFalsePositiveTests {
    func tags(_ text: String, published: String? = "2019-03-12") -> [String] {
        TemporalTestSupport.tags(text, published: published)
    }

    @Test func mayAndMarchAsOrdinaryWords() {
        #expect(tags("Hundreds more may still be inside.") == [])
        #expect(tags("May God protect them, she said.") == [])
        #expect(tags("They joined a protest march to the square.") == [])
        #expect(tags("March on, the commander shouted.") == [])
        #expect(tags("Theresa May met the envoy.") == [])
        #expect(tags("The august body met.") == [])
    }

    @Test func shortMonthNamesNeedANumber() {
        #expect(tags("The statement was read by Jan Egeland.") == [])
        #expect(tags("He met Dec in March.") == ["March=2019-03"])
        #expect(tags("Posted Jan. 12, 2019 and Feb 3.") == ["Jan. 12, 2019=2019-01-12", "Feb 3=2019-02-03"])
    }

    @Test func ambiguousMonthsCountWithDateContext() {
        #expect(tags("The vote took place in May.") == ["May=2018-05"])
        #expect(tags("Since March, 500 have fled.") == ["Since March=2019-03/2019-03-12"])
        #expect(tags("They met on 4 May 2018.") == ["4 May 2018=2018-05-04"])
    }

    @Test func namesWithWeekdaysAreNotDates() {
        #expect(tags("He wrote for the Sunday Times.") == [])
        #expect(tags("Bloody Sunday is remembered.") == [])
        #expect(tags("Shoppers queued on Black Friday.") == [])
        #expect(tags("She told the Today programme.") == [])
    }

    @Test func possessiveWeekdaysAreDates() {
        #expect(tags("Tuesday's vote was close.") == ["Tuesday=2019-03-12"])
        #expect(tags("Saturday's strike killed 12.") == ["Saturday=2019-03-09"])
    }

    @Test func figuresAreNotYears() {
        #expect(tags("He would pull all 2,000 American troops out.") == [])
        #expect(tags("At least 59,000 people have left the area.") == [])
        #expect(tags("The 2000 troops arrived.") == [])
        #expect(tags("Some 1,500 to 2,000 fighters surrendered.") == [])
        #expect(tags("In 1500 cases the aid failed.") == [])
        #expect(tags("Room 2019 was locked.") == [])
    }

    @Test func vagueExpressionsAreNotTagged() {
        #expect(tags("The SDF has laid siege to Baghouz for weeks.") == [])
        #expect(tags("The video was filmed in recent weeks.") == [])
        #expect(tags("Deaths rose compared to the previous weeks.") == [])
        #expect(tags("The next day they left.") == [])
        #expect(tags("Within hours the town fell.") == [])
    }

    @Test func quotedFutureIsFlaggedButStillResolved() {
        let mentions = TemporalTestSupport.mentions(
            "“Tomorrow, God willing, we will be in paradise,” an ISIS member said.", published: "2019-03-12")
        #expect(mentions.map(\.text) == ["Tomorrow"])
        #expect(mentions.first?.value?.iso == "2019-03-13")
        #expect(mentions.first?.isQuotedFuture == true)
    }

    @Test func quotedFutureWithStraightAndSingleQuotes() {
        let straight = TemporalTestSupport.mentions("\"We will attack on Friday,\" the commander said.", published: "2019-03-12")
        #expect(straight.map(\.text) == ["Friday"])
        #expect(straight.first?.value?.iso == "2019-03-15")
        #expect(straight.first?.isQuotedFuture == true)
        let single = TemporalTestSupport.mentions("He told the Mail: ‘The last of them will leave next week.’", published: "2019-03-12")
        #expect(single.map(\.text) == ["next week"])
        #expect(single.first?.isQuotedFuture == true)
    }

    @Test func quotedPastAndUnquotedFutureAreNotQuotedFuture() {
        let past = TemporalTestSupport.mentions("“We fled on Sunday,” she said.", published: "2019-03-12")
        #expect(past.first?.isQuotedFuture == false)
        #expect(past.first?.value?.iso == "2019-03-10")
        let future = TemporalTestSupport.mentions("The council will meet tomorrow.", published: "2019-03-12")
        #expect(future.first?.isQuotedFuture == false)
        let reported = TemporalTestSupport.mentions("He said on Monday: “The fighters will surrender.”", published: "2019-03-12")
        #expect(reported.map(\.text) == ["Monday"])
        #expect(reported.first?.value?.iso == "2019-03-11")
        #expect(reported.first?.isQuotedFuture == false)
    }

    @Test func quotationOpenedInAnEarlierSentenceStillCounts() {
        let mentions = TemporalTestSupport.mentions("“We are ready. Tonight we will strike.” The threat was clear.", published: "2019-03-12")
        #expect(mentions.map(\.text) == ["Tonight"])
        #expect(mentions.first?.isQuotedFuture == true)
    }
}
