/// Groups dated events that report the same happening: overlapping dates, and enough shared evidence
/// (entities, key words, figures counting the same kind of thing).
///
/// Not all pairs are compared: events are put in buckets by day (a short value touches a few days), and a
/// value longer than `shortSpanDays` ("since December", "in 2014") only meets events with the very same
/// value, so a long interval cannot glue a month of news into one entry. Inside a bucket only events sharing
/// a key word are compared, and a key word common to more than `maximumPostings` events is ignored there.
public enum EventClusterer {
    /// Values covering at most this many days are bucketed by day.
    public static let shortSpanDays = 7
    /// A key word shared by more events than this inside one bucket says nothing.
    static let maximumPostings = 64

    /// Clusters of indices into `events`, each sorted, in order of their first member.
    public static func cluster(_ events: [DatedEvent]) -> [[Int]] {
        let features = EventFeatures(events)
        var postings = BucketPostings(vocabularySize: features.vocabularySize)
        var sets = UnionFind(count: events.count)
        var lastCandidateOf = [Int](repeating: -1, count: events.count)
        let buckets = EventBuckets(events).members
        for bucket in 0..<buckets.count where buckets.range(bucket).count > 1 {
            let members = buckets[bucket]
            postings.index(members, features)
            // Each later event sharing a useful key word with `a` is weighed once, however many words they share.
            for a in members {
                for slot in features.words.range(a) {
                    for b in postings.events(holding: features.words.values[slot]) where b > a && lastCandidateOf[b] != a {
                        lastCandidateOf[b] = a
                        guard sets.root(of: a) != sets.root(of: b), features.sameHappening(a, b) else { continue }
                        sets.unite(a, b)
                    }
                }
            }
        }
        return groups(of: &sets, count: events.count)
    }

    /// The sets as sorted lists of members, in order of their first member.
    static func groups(of sets: inout UnionFind, count: Int) -> [[Int]] {
        var groupOfRoot = [Int](repeating: -1, count: count)
        var groups: [[Int]] = []
        for index in 0..<count {
            let root = sets.root(of: index)
            if groupOfRoot[root] < 0 {
                groupOfRoot[root] = groups.count
                groups.append([])
            }
            groups[groupOfRoot[root]].append(index)
        }
        return groups
    }
}
