import Testing
@testable import SitrepCore

/// Month names, day-month dates, years and numeric dates. Published Tuesday 2019-03-12 unless stated.
@Suite struct TemporalCalendarTests {
    func tags(_ text: String, published: String? = "2019-03-12") -> [String] {
        TemporalTestSupport.tags(text, published: published)
    }

    @Test func monthNamesInPastClausesAreTheMostRecentSuchMonth() {
        #expect(tags("Trump said in December he would pull the troops out.") == ["December=2018-12"])
        #expect(tags("The offensive resumed in February.") == ["February=2019-02"])
        #expect(tags("The town was captured in March.") == ["March=2019-03"])
        #expect(tags("Fighting flared in October, officials said.") == ["October=2018-10"])
    }

    @Test func monthNamesInFutureClausesAreTheNextSuchMonth() {
        #expect(tags("Elections will be held in June.") == ["June=2019-06"])
        #expect(tags("The camp is expected to close in January.") == ["January=2020-01"])
        #expect(tags("Troops will leave in March.") == ["March=2019-03"])
    }

    @Test func monthsWithAYearOrAnEdge() {
        #expect(tags("The raid took place in March 2018.") == ["March 2018=2018-03"])
        #expect(tags("It was built in the summer of 2014.") == ["2014=2014"])
        #expect(tags("Aid stopped in early December.") == ["early December=2018-12"])
        #expect(tags("The siege began in mid-February.") == ["mid-February=2019-02"])
        #expect(tags("Clashes erupted in late January 2017.") == ["late January 2017=2017-01"])
        #expect(tags("The battle ended in December of 2017.") == ["December of 2017=2017-12"])
    }

    @Test func dayMonthAndMonthDayDates() {
        #expect(tags("The town fell on 11 March.") == ["11 March=2019-03-11"])
        #expect(tags("The town fell on March 11.") == ["March 11=2019-03-11"])
        #expect(tags("It was signed on March 11th, 2019.") == ["March 11th, 2019=2019-03-11"])
        #expect(tags("It was signed on the 11th of March.") == ["the 11th of March=2019-03-11"])
        #expect(tags("The deal was struck on 2nd January 2018.") == ["2nd January 2018=2018-01-02"])
        #expect(tags("The ceasefire began on Sept. 3, 2016.") == ["Sept. 3, 2016=2016-09-03"])
        #expect(tags("Voting is on 22 May.") == ["22 May=2019-05-22"])
        #expect(tags("Talks will resume on 2 March.") == ["2 March=2020-03-02"])
        #expect(tags("The strike happened on 20 December.") == ["20 December=2018-12-20"])
    }

    @Test func yearsNeedContext() {
        #expect(tags("Islamic State redrew the map in 2014.") == ["2014=2014"])
        #expect(tags("IS was created in 2006 as the Islamic State of Iraq.") == ["2006=2006"])
        #expect(tags("The war lasted from 2011 until 2019.") == ["2011=2011", "2019=2019"])
        #expect(tags("Between 2013 and 2015 the group grew.") == ["2013=2013", "2015=2015"])
        #expect(tags("Troops will stay until 2021.") == ["2021=2021"])
    }

    @Test func numericDatesInferTheirOrder() {
        #expect(tags("Posted 03/13/2019 at noon.") == ["03/13/2019=2019-03-13"])
        #expect(tags("Posted 28/02/2019 at noon.") == ["28/02/2019=2019-02-28"])
        #expect(tags("Updated 13.03.2019 in Rome.") == ["13.03.2019=2019-03-13"])
        #expect(tags("Filed 12/25/18 by the desk.") == ["12/25/18=2018-12-25"])
    }

    @Test func ambiguousNumericDatesAreReadDayFirst() {
        #expect(tags("Posted 03/04/2019.") == ["03/04/2019=2019-04-03"])
        #expect(tags("Posted 07/11/2016.") == ["07/11/2016=2016-11-07"])
    }

    @Test func impossibleNumericDatesAreNotTagged() {
        #expect(tags("Code 31/31/2019 is invalid.") == [])
        #expect(tags("Version 1.2.2019.4 shipped.") == [])
        #expect(tags("The score was 3-1 and 10.19 was the time.") == [])
    }

    @Test func isoDates() {
        #expect(tags("The log starts 2019-03-12 and ends 2019-03-14.")
                == ["2019-03-12=2019-03-12", "2019-03-14=2019-03-14"])
        #expect(tags("A bad stamp 2019-02-30 appears.") == [])
    }

    @Test func withoutAPublicationDateOnlyAbsoluteExpressionsResolve() {
        let text = "On Sunday, 11 March, fighters fled in 2014, since December and on 28/02/2019, and on March 11th, 2019 and last month and today."
        #expect(tags(text, published: nil) == [
            "Sunday, 11 March=nil", "2014=2014", "since December=nil", "28/02/2019=2019-02-28",
            "March 11th, 2019=2019-03-11", "last month=nil", "today=nil",
        ])
        #expect(tags("The raid took place in March 2018 and in December.", published: nil)
                == ["March 2018=2018-03", "December=nil"])
    }
}

/// Article-wide inference of the numeric date order, and decades.
@Suite struct TemporalNumericOrderTests {
    func tags(_ text: String) -> [String] { TemporalTestSupport.tags(text, published: "2019-03-12") }

    @Test func ambiguousDatesFollowAnUnambiguousMonthFirstDateInTheSameArticle() {
        #expect(tags("Posted 03/13/2019. Updated 03/04/2019.") == ["03/13/2019=2019-03-13", "03/04/2019=2019-03-04"])
        #expect(tags("Updated 03/04/2019. Posted 03/13/2019.") == ["03/04/2019=2019-03-04", "03/13/2019=2019-03-13"])
    }

    @Test func conflictingEvidenceKeepsTheDayFirstDefault() {
        #expect(tags("Posted 03/13/2019. See 28/02/2019 and 07/11/2016.")
                == ["03/13/2019=2019-03-13", "28/02/2019=2019-02-28", "07/11/2016=2016-11-07"])
        #expect(tags("See 28/02/2019 and 08/03/2017.") == ["28/02/2019=2019-02-28", "08/03/2017=2017-03-08"])
    }

    @Test func decadesAreIntervalsOfYears() {
        #expect(tags("The group has its roots in the 1990s.") == ["1990s=1990/1999"])
        #expect(tags("It grew in the early 2000s.") == ["2000s=2000/2009"])
        #expect(tags("He bought 1990s music.") == ["1990s=1990/1999"])
    }
}
