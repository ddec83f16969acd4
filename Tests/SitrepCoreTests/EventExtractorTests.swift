import Testing
@testable import SitrepCore

@Suite struct EventExtractorTests {
    @Test func eachDatedSentenceBecomesAnEventWithItsSource() {
        let article = EventFixture("a", outlet: "Herald", published: "2020-05-08", [
            "Rebels seized the airport in Tobruk on Tuesday, officials said.",
            "Nothing dated here, only 40 rebels.",
        ]).date("on Tuesday", "2020-05-05").entity("Tobruk", 4).figure("40 rebels", 40, counted: "rebels").article
        // Index 7 of eight copies: the source must record the index it was given, not 0.
        let events = EventExtractor.events(in: article, index: 7)
        #expect(events.count == 1)
        let event = events.events[0]
        let articles = Array(repeating: article, count: 8)
        #expect(event.date.iso == "2020-05-05")
        #expect(EventSummary.make(from: event.source.sentence(in: articles)) == "Rebels seized the airport in Tobruk on Tuesday")
        #expect(event.source.article == 7)
        #expect(event.source.outlet(in: articles) == "Herald")
        #expect(event.source.line == 1)
        #expect(event.source.expression(in: articles) == "on Tuesday")
        #expect(event.source.sentence(in: articles) == "Rebels seized the airport in Tobruk on Tuesday, officials said.")
        #expect(Array(events.entities[0]) == [4])
        #expect(events.figures[0].isEmpty)
        #expect(events.keywords(of: 0).contains("seiz"))
        #expect(events.keywords(of: 0).contains("airport"))
        #expect(!events.keywords(of: 0).contains("tobruk"))
    }

    @Test func quotedFutureAndUnresolvedDatesMakeNoEvent() {
        let article = EventFixture("b", outlet: "Herald", published: "2020-05-08", [
            "“Tomorrow, God willing, we will enter the city,” the commander shouted to his men.",
        ]).date("Tomorrow", "2020-05-09", quotedFuture: true).article
        #expect(EventExtractor.events(in: article, index: 0).count == 0)
    }

    @Test func severalDatesInOneSentenceGiveOneEventAtTheMostSpecific() {
        let article = EventFixture("c", outlet: "Herald", published: "2019-03-12", [
            "The group, which seized Mosul in 2014, lost its last village on Monday evening (11 March).",
        ]).date("in 2014", "2014").date("Monday evening", "2019-03-11").date("11 March", "2019-03-11").article
        let events = EventExtractor.events(in: article, index: 0).events
        #expect(events.map(\.date.iso) == ["2019-03-11"])
        #expect(events[0].source.expression(in: [article]) == "Monday evening")
    }

    @Test func aBareDatelineIsNotAnEvent() {
        let article = EventFixture("d", outlet: "Herald", published: "2019-03-12", [
            "Tuesday 12 March 2019",
        ]).date("Tuesday 12 March 2019", "2019-03-12").article
        #expect(EventExtractor.events(in: article, index: 0).count == 0)
    }

    @Test func figuresAndEntitiesAreOnlyThoseOfTheSentence() {
        let article = EventFixture("e", outlet: "Herald", published: "2019-03-12", [
            "About 300 fighters left Baghouz in trucks yesterday.",
            "A further 90 fighters stayed in Baghouz.",
        ]).date("yesterday", "2019-03-11").entity("Baghouz", 2)
            .figure("300 fighters", 300, counted: "fighters", approximate: true)
            .figure("90 fighters", 90, counted: "fighters").article
        let events = EventExtractor.events(in: article, index: 0)
        #expect(events.reportedFigures(of: 0).map { $0.mention(in: [article]).low } == [300])
        #expect(Array(events.entities[0]) == [2])
    }
}

@Suite struct EventSummaryTests {
    @Test func dropsTrailingAttributionAndQuotes() {
        #expect(EventSummary.make(from: "“The clashes will resume on Friday,” he said.") == "The clashes will resume on Friday")
        #expect(EventSummary.make(from: "Thousands surrendered today, according to the SDF.") == "Thousands surrendered today")
        #expect(EventSummary.make(from: "According to the army, the bridge fell on Sunday.") == "The bridge fell on Sunday")
    }

    @Test func softensAShoutedFirstWordButNotAnAcronym() {
        #expect(EventSummary.make(from: "THE crumbling caliphate fell today.") == "The crumbling caliphate fell today")
        #expect(EventSummary.make(from: "ISIS fighters fled today.") == "ISIS fighters fled today")
        #expect(EventSummary.make(from: "ISIS lost its last village today.") == "ISIS lost its last village today")
        #expect(EventSummary.make(from: "IS was created in 2006 as a splinter group.")
            == "IS was created in 2006 as a splinter group")
        #expect(EventSummary.make(from: "US troops left the base on Monday.") == "US troops left the base on Monday")
    }

    @Test func dropsAnEarlyReportingClause() {
        #expect(EventSummary.make(from: "Army spokesman Kino Gabriel said that 300 rebels gave up on Monday.")
            == "300 rebels gave up on Monday")
        #expect(EventSummary.make(from: "The ministry said Rukban camp was emptied on Friday.")
            == "Rukban camp was emptied on Friday")
        #expect(EventSummary.make(from: "The coalition said in an email on Tuesday that talks had failed.")
            == "The coalition said in an email on Tuesday that talks had failed")
    }

    @Test func dropsADatelinePrefix() {
        #expect(EventSummary.make(from: "Cairo (Reuters / Agencies) - Protesters gathered on Friday.")
            == "Protesters gathered on Friday")
    }

    @Test func keepsACommaClauseThatIsNotAttribution() {
        #expect(EventSummary.make(from: "The convoy left on Monday, heading north.") == "The convoy left on Monday, heading north")
    }

    @Test func shortensAtAWordBoundary() {
        let long = String(repeating: "surrender ", count: 20) + "today."
        let summary = EventSummary.make(from: long)
        #expect(summary.count <= EventSummary.maximumLength)
        #expect(summary.hasSuffix("surrender…"))
    }
}

@Suite struct KeywordTests {
    @Test func inflectionsShareALemma() {
        let forms = ["surrender", "surrendered", "surrendering", "surrenders"].map(Lemmatizer.lemma)
        #expect(Set(forms).count == 1)
        #expect(Lemmatizer.lemma(of: "captured") == Lemmatizer.lemma(of: "capture"))
        #expect(Lemmatizer.lemma(of: "stopped") == Lemmatizer.lemma(of: "stop"))
        #expect(Lemmatizer.lemma(of: "militias") == Lemmatizer.lemma(of: "militia"))
        #expect(Lemmatizer.lemma(of: "killed") == "kill")
    }

    @Test func stopWordsNumbersAndTimeWordsAreDropped() {
        let words = KeywordExtractor.keywords(in: "On Sunday the 2,000 fighters said they had surrendered today.")
        #expect(words == [Lemmatizer.lemma(of: "fighters"), Lemmatizer.lemma(of: "surrendered")])
    }

    /// Capitals are lowered before the lemma is cut, and a lemma ending in "y" hashes as the word spelt so.
    @Test func keyWordsAreLemmasOfTheLoweredWords() {
        #expect(KeywordExtractor.keywords(in: "Carries STOPPED militias; SEIZES") == ["carry", "stop", "militia", "seiz"])
        #expect(KeywordExtractor.keywords(in: "They said so, THE END") == ["end"])
    }

    /// Every byte value in every lane of an eight-byte load is a word byte exactly when `isWordByte` says so.
    @Test func wordLanesAgreeWithIsWordByte() {
        for byte in 0...255 {
            for lane in 0..<8 {
                // The other lanes hold "a" (a word byte) or "!" (not one), in turn.
                let filler: UInt64 = byte % 2 == 0 ? 0x6161_6161_6161_6161 : 0x2121_2121_2121_2121
                let eight = filler & ~(UInt64(0xFF) << UInt64(8 * lane)) | UInt64(byte) << UInt64(8 * lane)
                let lanes = KeywordExtractor.wordLanes(AlphanumericLanes(eight), of: eight)
                let others = byte % 2 == 0 ? AlphanumericLanes.highBits & ~(UInt64(0x80) << UInt64(8 * lane)) : 0
                let expected = (KeywordExtractor.isWordByte(UInt8(byte)) ? UInt64(0x80) << UInt64(8 * lane) : 0) | others
                #expect(lanes == expected, "byte \(byte) in lane \(lane)")
            }
        }
    }

    /// Words across eight-byte boundaries, in other scripts, at the very end, and entity ranges given out of
    /// order or nested give the hashes a byte-at-a-time reading gives.
    @Test func keyWordsMatchAByteAtATimeReading() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["Surrendered", "fighters", "CAPTURED", "Österreich", "Σύριζα", "militias", " ", "  ", ", ",
                      "2,000", "the", "convoy-aid", "éé", "seized.", "\n", "x"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let count = text.utf8.count
            let excluded = (0..<Int.random(in: 0...3, using: &generator)).map { _ -> Range<Int> in
                let start = Int.random(in: 0...count, using: &generator)
                return start..<Int.random(in: start...count, using: &generator)
            }
            #expect(KeywordExtractor.keywords(in: text, excluding: excluded) == Self.reference(text, excluding: excluded),
                    "\(text) \(excluded)")
        }
    }

    /// Words as maximal runs of `isWordByte` bytes, read one byte at a time.
    static func reference(_ text: String, excluding: [Range<Int>]) -> KeywordSet {
        let bytes = Array(text.utf8)
        var hashes: [UInt64] = []
        var offset = 0
        while offset < bytes.count {
            guard KeywordExtractor.isWordByte(bytes[offset]) else { offset += 1; continue }
            let start = offset
            while offset < bytes.count, KeywordExtractor.isWordByte(bytes[offset]) { offset += 1 }
            guard offset - start >= 3, !excluding.contains(where: { $0.contains(start) }) else { continue }
            let word = String(decoding: bytes[start..<offset].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
            let lemma = Lemmatizer.lemma(of: word)
            guard !StopWords.contains(word), lemma.utf8.count >= 3 else { continue }
            hashes.append(KeywordSet.hash(Array(lemma.utf8)[...]))
        }
        return KeywordSet(hashes: hashes)
    }
}

@Suite struct SpanIndexTests {
    @Test func findsTheMentionsInsideASpanInSpanOrder() {
        let spans = [TextSpan(paragraph: 1, start: 30, end: 35), TextSpan(paragraph: 0, start: 5, end: 9),
                     TextSpan(paragraph: 1, start: 2, end: 8), TextSpan(paragraph: 1, start: 8, end: 40),
                     TextSpan(paragraph: 1, start: 12, end: 20)]
        let index = SpanIndex(spans)
        var found: [Int] = []
        index.forEach(within: TextSpan(paragraph: 1, start: 0, end: 36)) { found.append($0) }
        #expect(found == [2, 4, 0])
    }

    /// Spans already in order (ties included) are indexed as given, and found as when sorted.
    @Test func spansInOrderAreFoundInOrder() {
        let spans = [TextSpan(paragraph: 0, start: 5, end: 9), TextSpan(paragraph: 1, start: 2, end: 8),
                     TextSpan(paragraph: 1, start: 2, end: 8), TextSpan(paragraph: 1, start: 12, end: 20),
                     TextSpan(paragraph: 1, start: 30, end: 35)]
        var found: [Int] = []
        SpanIndex(spans).forEach(within: TextSpan(paragraph: 1, start: 0, end: 36)) { found.append($0) }
        #expect(found == [1, 2, 3, 4])
    }

    @Test func theMostSpecificDatePerSentenceWins() {
        func mention(_ sentence: Int, _ start: Int, _ iso: String?, future: Bool = false) -> DateMention {
            DateMention(span: TextSpan(paragraph: 0, start: start, end: start + 1), text: "x", sentence: sentence,
                        value: iso.flatMap(TemporalValue.init(iso:)), isQuotedFuture: future)
        }
        let dates = [mention(1, 50, "2019"), mention(0, 9, "2019-03-01"), mention(1, 40, "2019-03-02"),
                     mention(0, 3, "2019-03-04"), mention(2, 60, nil), mention(3, 70, "2019-03-05", future: true)]
        #expect(EventExtractor.mostSpecificPerSentence(dates) == [3, 2])
    }

    /// Random mentions: per sentence in order, the narrowest value, the first in span order on a tie.
    @Test func theMostSpecificDateIsTheFirstNarrowestInSpanOrder() {
        var generator = SystemRandomNumberGenerator()
        let values = ["2019-03-01", "2019-03-02", "2019-03", "2019", "2019-03-01/2019-03-03", nil]
        for _ in 0..<200 {
            let dates = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                let start = Int.random(in: 0...5, using: &generator) * 10
                return DateMention(span: TextSpan(paragraph: 0, start: start, end: start + 1), text: "x",
                                   sentence: Int.random(in: 0...2, using: &generator),
                                   value: values.randomElement(using: &generator)!.flatMap(TemporalValue.init(iso:)),
                                   isQuotedFuture: Int.random(in: 0...5, using: &generator) == 0)
            }
            let usable = dates.indices.filter { !dates[$0].isQuotedFuture && dates[$0].value != nil }
                .sorted { a, b in
                    (dates[a].sentence, dates[a].value!.widthInDays, dates[a].span, a)
                        < (dates[b].sentence, dates[b].value!.widthInDays, dates[b].span, b)
                }
            let expected = usable.indices.filter { $0 == 0 || dates[usable[$0 - 1]].sentence != dates[usable[$0]].sentence }
                .map { usable[$0] }
            #expect(EventExtractor.mostSpecificPerSentence(dates) == expected)
        }
    }
}
