import Testing
@testable import SitrepCore

@Suite struct ClusterMachineryTests {
    typealias Event = (date: String, words: [String], entities: [Int32])

    static func event(_ date: String, words: [String], entities: [Int32] = []) -> Event { (date, words, entities) }

    static func table(_ events: [Event]) -> EventTable {
        var table = EventTable()
        for event in events {
            let source = EventSource(article: 0, line: 1, span: TextSpan(paragraph: 0, start: 0, end: 0), dateMention: 0)
            table.append(DatedEvent(date: TemporalValue(iso: event.date)!, source: source), entities: event.entities,
                         figures: [], figureClasses: [],
                         keywords: KeywordSet(hashes: event.words.map { KeywordSet.hash(Array($0.utf8)[...]) }))
        }
        return table
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

    @Test func flatListsAppendAnotherListsAndTrim() {
        var lists = FlatLists<Int>(values: [1, 2, 3], starts: [0, 2, 3])
        var other = FlatLists<Int>(capacity: 8, valueCapacity: 8)
        other.append(contentsOf: [])
        other.append(contentsOf: [4, 5])
        other.trim()
        lists.append(lists: other)
        #expect((0..<lists.count).map { Array(lists[$0]) } == [[1, 2], [3], [], [4, 5]])
    }

    @Test func tablesAppendedKeepEachEventsWordsEntitiesAndSources() {
        let first = Self.table([Self.event("2019-03-12", words: ["surrender", "camp"], entities: [4, 1])])
        let second = Self.table([Self.event("2019-03-13", words: ["convoy"]),
                                 Self.event("2019-03-14", words: ["camp", "convoy", "aid"], entities: [2])])
        var table = first
        table.append(second)
        #expect(table.count == 3)
        #expect(table.events.map(\.date.iso) == ["2019-03-12", "2019-03-13", "2019-03-14"])
        #expect(table.keywords(of: 0) == ["surrender", "camp"])
        #expect(table.keywords(of: 1) == ["convoy"])
        #expect(table.keywords(of: 2) == ["camp", "convoy", "aid"])
        #expect((0..<3).map { Array(table.entities[$0]) } == [[4, 1], [], [2]])
        #expect(table.vocabulary.count == 4)
        #expect((0..<3).allSatisfy { table.words[$0].sorted() == Array(table.words[$0]) })
    }

    @Test func groupsListSortedMembersInOrderOfTheirFirst() {
        var sets = UnionFind(count: 6)
        sets.unite(5, 1)
        sets.unite(0, 3)
        sets.unite(4, 1)
        let groups = EventClusterer.groups(of: &sets, count: 6)
        #expect((0..<groups.count).map { Array(groups[$0]) } == [[0, 3], [1, 4, 5], [2]])
    }

    @Test func internerLooksUpWithoutAssigning() {
        var interner = KeywordInterner(capacity: 2)
        #expect(interner.id(of: 42) == 0)
        #expect(interner.id(of: 7) == 1)
        #expect(interner.existingID(of: 7) == 1)
        #expect(interner.existingID(of: 8) == nil)
        #expect(interner.hashOfID == [42, 7])
        #expect(interner.count == 2)
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
        let buckets = EventBuckets(Self.table(events).events).members
        let lists = (0..<buckets.count).map { Array(buckets[$0]) }
        #expect(Set(lists) == [[0, 1], [1, 3], [2, 4]])
    }

    /// Entries of ascending events per key come out as a full sort puts them, counted or sorted.
    @Test func bucketEntriesSortByCountingWhenKeysAreDense() {
        var generator = SystemRandomNumberGenerator()
        for spread in [4, 40, 4000] {
            var entries: [UInt64] = []
            for event in 0..<200 {
                for _ in 0..<Int.random(in: 0...3, using: &generator) {
                    entries.append(UInt64(1 << 30 + Int.random(in: 0..<spread, using: &generator)) << 32 | UInt64(event))
                }
            }
            #expect(EventBuckets.sorted(entries) == entries.sorted(), "spread \(spread)")
        }
        #expect(EventBuckets.sorted([]).isEmpty)
    }

    @Test func postingsSkipWordsHeldByOneEventOrTooMany() {
        let crowd = (0...EventClusterer.maximumPostings).map { _ in Self.event("2019-03-12", words: ["strike"]) }
        let events = [Self.event("2019-03-12", words: ["surrender", "camp"]), Self.event("2019-03-12", words: ["surrender"])]
            + crowd
        let features = Self.table(events)
        var postings = BucketPostings(vocabularySize: features.vocabulary.count)
        postings.index(Array(events.indices)[...], features)
        func later(_ word: Int32, after event: Int) -> [Int] {
            postings.holders(of: word, after: event).map { Int(postings.holders[$0]) }
        }
        let surrender = features.words[1].first!, camp = features.words[0].first { $0 != surrender }!
        let lists = [later(surrender, after: 0), later(camp, after: 0), later(surrender, after: 1),
                     later(features.words[2].first!, after: 2)]
        #expect(lists == [[1], [], [], []])
    }

    @Test func postingsCursorsStartAfterTheAskingEventAndResetPerBucket() {
        let events = (0..<4).map { _ in Self.event("2019-03-12", words: ["surrender"]) }
        let features = Self.table(events)
        let word = features.words[0].first!
        var postings = BucketPostings(vocabularySize: features.vocabulary.count)
        func later(after event: Int) -> [Int] { postings.holders(of: word, after: event).map { Int(postings.holders[$0]) } }
        postings.index([0, 1, 3], features)
        let first = [later(after: 0), later(after: 1)]
        postings.index([1, 2, 3], features)
        let second = later(after: 1)
        #expect(first == [[1, 3], [3]])
        #expect(second == [2, 3])
    }


    @Test func sameHappeningNeedsASharedWordAndThreePiecesOfEvidence() {
        let features = Self.table([
            Self.event("2019-03-12", words: ["surrender", "fighter"], entities: [1]),
            Self.event("2019-03-12", words: ["surrender", "fighter"], entities: [1, 2]),
            Self.event("2019-03-12", words: ["surrender", "fighter"]),
            Self.event("2019-03-12", words: [], entities: [1, 2, 3]),
        ])
        var evidence = SharedEvidence(features)
        // In turn; the marks of one event do not leak into the next one asked about.
        let answers = [(0, 1), (0, 2), (1, 3), (2, 1), (1, 0)].map { evidence.sameHappening($0.0, $0.1) }
        #expect(answers == [true, false, false, false, true])
    }

    @Test func threeSharedWordsSufficeAndTwoNeedAnEntity() {
        let features = Self.table([
            Self.event("2019-03-12", words: ["surrender", "fighter", "camp"]),
            Self.event("2019-03-12", words: ["surrender", "fighter", "camp", "convoy"]),
            Self.event("2019-03-12", words: ["surrender", "fighter"], entities: [7]),
            Self.event("2019-03-12", words: ["surrender", "fighter", "aid"], entities: [7]),
        ])
        var evidence = SharedEvidence(features)
        let answers = [(0, 1), (0, 2), (2, 3), (1, 2)].map { evidence.sameHappening($0.0, $0.1) }
        #expect(answers == [true, false, true, false])
    }
}
