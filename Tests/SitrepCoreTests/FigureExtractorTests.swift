import Testing
@testable import SitrepCore

@Suite struct FigureExtractorTests {
    private func figures(_ text: String) -> [FigureMention] {
        let paragraph = Paragraph(text: text, line: 1)
        let sentence = Sentence(span: TextSpan(paragraph: 0, start: 0, end: text.utf8.count))
        let found = FigureExtractor.extract(from: ArticleTokens(paragraphs: [paragraph], sentences: [sentence]))
        for figure in found {
            let slice = String(decoding: Array(text.utf8)[figure.span.start..<figure.span.end], as: UTF8.self)
            #expect(slice == figure.text)
        }
        return found
    }

    private func summary(_ text: String) -> [String] {
        figures(text).map { "\($0.text)|\($0.low)-\($0.high)|\($0.isApproximate ? "~" : "=")|\($0.counted)" }
    }

    @Test func digitsWithWhatTheyCount() {
        #expect(summary("Officials said 4,200 Iraqi soldiers and 37 armoured vehicles crossed.")
                == ["4,200|4200-4200|=|Iraqi soldiers", "37|37-37|=|armoured vehicles"])
        #expect(summary("The camp now shelters 73,000, aid agencies say.") == ["73,000|73000-73000|=|"])
        #expect(summary("Some 1.2 million refugees returned.") == ["Some 1.2 million|1200000-1200000|~|refugees"])
    }

    @Test func rangesOfTwoFigures() {
        #expect(summary("Between 300 and 400 fighters surrendered.") == ["300 and 400|300-400|=|fighters"])
        #expect(summary("He said 1,200-1,500 prisoners escaped.") == ["1,200-1,500|1200-1500|=|prisoners"])
        #expect(summary("Two to three thousand families were moved.")
                == ["Two to three thousand|2000-3000|=|families"])
    }

    @Test func numberWordsAndMultipliers() {
        #expect(summary("Nearly 5 thousand people fled and twelve hostages were freed.")
                == ["Nearly 5 thousand|5000-5000|~|people", "twelve|12-12|=|hostages"])
        #expect(summary("Rebels held twenty-five soldiers and a hundred civilians.")
                == ["twenty-five|25-25|=|soldiers", "a hundred|100-100|=|civilians"])
        #expect(summary("Officials named three of the missing journalists.")
                == ["three|3-3|=|missing journalists"])
    }

    @Test func qualifiersMakeBoundsAndEstimates() {
        #expect(summary("Up to 90 trucks left, carrying more than 2,300 people.")
                == ["Up to 90|90-90|~|trucks", "more than 2,300|2300-2300|~|people"])
        #expect(summary("At least 12 medics and an estimated 640 wounded remain.")
                == ["At least 12|12-12|~|medics", "an estimated 640|640-640|~|wounded"])
        #expect(summary("Almost 900 women and around 40 boys were screened.")
                == ["Almost 900|900-900|~|women", "around 40|40-40|~|boys"])
    }

    @Test func vagueQuantitiesAreRanges() {
        #expect(summary("A few hundred gunmen held out as dozens of villagers fled.")
                == ["A few hundred|200-500|~|gunmen", "dozens|24-99|~|villagers"])
        #expect(summary("Tens of thousands of displaced people and hundreds of families waited.")
                == ["Tens of thousands|20000-99999|~|displaced people", "hundreds|200-999|~|families"])
        #expect(summary("Several thousand protesters gathered.") == ["Several thousand|3000-9000|~|protesters"])
    }

    @Test func yearsDatesTimesAndPhoneNumbersAreNotFigures() {
        #expect(figures("The group was founded in 2006 and lost Mosul in July 2017.").isEmpty)
        #expect(figures("On 11 March, and again on March 14th, talks resumed at 10:30.").isEmpty)
        #expect(figures("Call 0207 782 4368 or 07810 791 502 with tips.").isEmpty)
        #expect(figures("Posted 28/02/2019 09:36 by the desk.").isEmpty)
    }

    @Test func measuresDurationsMoneyAndRatesAreNotFigures() {
        #expect(figures("They held under 0.2 square miles for six hours, 40 km away.").isEmpty)
        #expect(figures("Oil earned them $30 million and 15 per cent of 300 pounds.").isEmpty)
        #expect(figures("A 25-year-old was held for two weeks in 2019.").isEmpty)
        #expect(figures("7").isEmpty)
    }

    @Test func pronounOneAndOrdinalsAreNotFigures() {
        #expect(figures("One of them said the first convoy was the 3rd this week.").isEmpty)
    }

    @Test func articleFiguresNeedAScaleWordAfter() {
        #expect(summary("A dozen fighters and a thousand civilians left with a man.")
                == ["A dozen|12-12|~|fighters", "a thousand|1000-1000|=|civilians"])
        #expect(figures("A million reasons were given by a spokesman, and an m was written.").count == 1)
    }

    @Test func sentenceGateFindsDigitsAnywhereInItsRange() {
        let text = Array("Villagers were seen near the old bridge at dawn 7 and then nothing.".utf8)
        text.withUnsafeBufferPointer { bytes in
            let digit = text.firstIndex(of: UInt8(ascii: "7"))!
            for lower in 0...8 {
                #expect(NumberWords.mayOccur(in: bytes, from: lower, to: digit + 1))
                #expect(!NumberWords.mayOccur(in: bytes, from: lower, to: digit))
            }
            #expect(!NumberWords.mayOccur(in: bytes, from: digit + 1, to: bytes.count))
        }
    }
}
