import Testing
@testable import SitrepCore

/// `ClusterSummary` tallies the key words its candidates share by id: the same words as sorting all of
/// their word lists together and keeping the ids listed twice or more.
@Suite struct ClusterSummaryTests {
    static func sortedShared(of members: [Int], in events: EventTable) -> [Int32] {
        let all = members.flatMap { Array(events.words[$0]) }.sorted()
        var shared: [Int32] = []
        for index in all.indices.dropFirst() where all[index] == all[index - 1] && shared.last != all[index] {
            shared.append(all[index])
        }
        return shared
    }

    @Test func talliedWordsAreThoseListedTwice() throws {
        let events = EventTable(articles: try EventTableTests.articles())
        var generator = SummaryPathTests.SplitMix(seed: 3)
        var nonEmpty = 0
        for _ in 0..<500 {
            let count = 2 + Int(generator.next() % 7)
            let start = Int(generator.next() % UInt64(events.count))
            let members = (0..<count).map { start % 2 == 0 ? (start + $0) % events.count : Int(generator.next() % UInt64(events.count)) }
            let shared = ClusterSummary.sharedWords(of: members, in: events)
            #expect(shared == Self.sortedShared(of: members, in: events), "\(members)")
            if !shared.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > 50)
    }

    /// One chooser serves many clusters: its tallies are cleared after each.
    @Test func aChooserForgetsTheLastCluster() throws {
        let articles = try EventTableTests.articles()
        let events = EventTable(articles: articles)
        let memo = SummaryMemo(ids: events.count) { id, body in
            events.events[id].source.withSentenceUTF8(in: articles, body)
        }
        var chooser = ClusterSummary(vocabularySize: events.vocabulary.count)
        let clusters = stride(from: 0, to: min(events.count, 600) - 3, by: 3).map { [$0, $0 + 1, $0 + 2] }
        let once = clusters.map { cluster -> String in
            var fresh = ClusterSummary(vocabularySize: events.vocabulary.count)
            return fresh.summary(of: cluster, in: events, memo: memo)
        }
        #expect(clusters.map { chooser.summary(of: $0, in: events, memo: memo) } == once)
    }
}
