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
    public static func cluster(_ events: EventTable) -> FlatLists<Int32> {
        var postings = BucketPostings(vocabularySize: events.vocabulary.count)
        var sets = UnionFind(count: events.count)
        var lastCandidateOf = [Int32](repeating: -1, count: events.count)
        var evidence = SharedEvidence(events)
        let buckets = EventBuckets(events.events).members
        for bucket in 0..<buckets.count where buckets.range(bucket).count > 1 {
            let members = buckets[bucket]
            postings.index(members, events)
            // Each later event sharing a useful key word with `a` is weighed once, however many words they share.
            for a in members {
                // Only uniting changes a root: `a`'s is looked up again after each.
                var rootOfA = sets.root(of: a)
                for slot in events.words.range(a) {
                    for position in postings.holders(of: events.words.values[slot], after: a) {
                        let b = Int(postings.holders[position])
                        guard lastCandidateOf[b] != Int32(a) else { continue }
                        lastCandidateOf[b] = Int32(a)
                        guard rootOfA != sets.root(of: b), evidence.sameHappening(a, b) else { continue }
                        sets.unite(a, b)
                        rootOfA = sets.root(of: a)
                    }
                }
            }
        }
        return groups(of: &sets, count: events.count)
    }

    /// The sets as sorted lists of members, in order of their first member: each element's group is
    /// numbered by first sight, then the elements are placed group by group (a counting sort).
    static func groups(of sets: inout UnionFind, count: Int) -> FlatLists<Int32> {
        var groupOfRoot = [Int32](repeating: -1, count: count)
        var groupOf = [Int32](repeating: 0, count: count)
        var starts: [Int32] = [0]
        for index in 0..<count {
            let root = sets.root(of: index)
            if groupOfRoot[root] < 0 {
                groupOfRoot[root] = Int32(starts.count - 1)
                starts.append(0)
            }
            groupOf[index] = groupOfRoot[root]
            starts[Int(groupOfRoot[root]) + 1] += 1
        }
        groupOfRoot = []
        for group in 1..<starts.count { starts[group] += starts[group - 1] }
        var next = starts
        var members = [Int32](repeating: 0, count: count)
        for index in 0..<count {
            let group = Int(groupOf[index])
            members[Int(next[group])] = Int32(index)
            next[group] += 1
        }
        return FlatLists(values: members, starts: starts.trimmed())
    }
}
