import Testing
@testable import SitrepCore

@Suite struct ClusterMachineryTests {
    static func event(_ date: String, words: [String], entities: [Int] = []) -> DatedEvent {
        DatedEvent(date: TemporalValue(iso: date)!,
                   source: EventSource(article: 0, outlet: "O", line: 1, expression: "", sentence: "",
                                       span: TextSpan(paragraph: 0, start: 0, end: 0)),
                   entities: entities, figures: [], keywords: KeywordSet(hashes: words.map { KeywordSet.hash(Array($0.utf8)[...]) }))
    }

    @Test func flatListsKeepEachListApart() {
        var lists = FlatLists<Int>()
        lists.append(contentsOf: [3, 1, 2])
        lists.sortLast()
        lists.append(contentsOf: [])
        lists.append(7)
        lists.endList()
        #expect(lists.count == 3)
        #expect(Array(lists[0]) == [1, 2, 3])
        #expect(lists[1].isEmpty)
        #expect(Array(lists[2]) == [7])
    }

    @Test func internerGivesDenseIdsInOrderOfFirstSight() {
        var interner = KeywordInterner(capacity: 2)
        let hashes = (0..<1000).map { UInt64($0) &* 0x1234_5678_9ABC_DEF1 }
        #expect(hashes.map { interner.id(of: $0) } == (0..<1000).map(Int32.init))
        #expect(hashes.reversed().map { interner.id(of: $0) } == (0..<1000).reversed().map(Int32.init))
        #expect(interner.count == 1000)
    }

    @Test func bucketsHoldShortValuesByDayAndLongValuesByValue() {
        let events = [Self.event("2019-03-12", words: []), Self.event("2019-03-12/2019-03-13", words: []),
                      Self.event("2019-03", words: []), Self.event("2019-03-13", words: []), Self.event("2019-03", words: [])]
        let buckets = EventBuckets(events).members
        let lists = (0..<buckets.count).map { Array(buckets[$0]) }
        #expect(Set(lists) == [[0, 1], [1, 3], [2, 4]])
    }

    @Test func postingsSkipWordsHeldByOneEventOrTooMany() {
        let crowd = (0...EventClusterer.maximumPostings).map { _ in Self.event("2019-03-12", words: ["strike"]) }
        let events = [Self.event("2019-03-12", words: ["surrender", "camp"]), Self.event("2019-03-12", words: ["surrender"])]
            + crowd
        let features = EventFeatures(events)
        var postings = BucketPostings(vocabularySize: features.vocabularySize)
        postings.index(Array(events.indices)[...], features)
        let ids = features.words[0].sorted()
        #expect(ids.map { Array(postings.events(holding: $0)) }.sorted { $0.count > $1.count } == [[0, 1], []])
        #expect(postings.events(holding: features.words[2].first!).isEmpty)
    }

    @Test func sameHappeningNeedsASharedWordAndThreePiecesOfEvidence() {
        let features = EventFeatures([
            Self.event("2019-03-12", words: ["surrender", "fighter"], entities: [1]),
            Self.event("2019-03-12", words: ["surrender", "fighter"], entities: [1, 2]),
            Self.event("2019-03-12", words: ["surrender", "fighter"]),
            Self.event("2019-03-12", words: [], entities: [1, 2, 3]),
        ])
        #expect(features.sameHappening(0, 1))
        #expect(!features.sameHappening(0, 2))
        #expect(!features.sameHappening(1, 3))
    }
}
