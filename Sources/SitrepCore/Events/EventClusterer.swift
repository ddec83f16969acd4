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
        var buckets: [BucketKey: [Int]] = [:]
        for (index, event) in events.enumerated() {
            for key in bucketKeys(of: event.date) { buckets[key, default: []].append(index) }
        }
        var sets = UnionFind(count: events.count)
        var lastCandidateOf = [Int](repeating: -1, count: events.count)
        for members in buckets.values where members.count > 1 {
            var postings: [UInt64: [Int]] = [:]
            for member in members {
                for word in events[member].keywords.hashes { postings[word, default: []].append(member) }
            }
            // Each later event sharing a useful key word with `a` is weighed once, however many words they share.
            for a in members {
                for word in events[a].keywords.hashes {
                    guard let list = postings[word], list.count > 1, list.count <= maximumPostings else { continue }
                    for b in list where b > a && lastCandidateOf[b] != a {
                        lastCandidateOf[b] = a
                        guard sets.root(of: a) != sets.root(of: b), sameHappening(events[a], events[b]) else { continue }
                        sets.unite(a, b)
                    }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in events.indices { groups[sets.root(of: index), default: []].append(index) }
        return groups.values.sorted { $0[0] < $1[0] }
    }

    /// Whether two events report the same happening. They need overlapping dates, at least one shared key word
    /// (the happening itself: "surrender"), and at least three pieces of evidence in all, counting each shared
    /// entity, each shared key word, and figures of the same kind of thing.
    public static func sameHappening(_ a: DatedEvent, _ b: DatedEvent) -> Bool {
        guard a.date.overlaps(b.date) else { return false }
        let sharedWords = a.keywords.sharedCount(with: b.keywords)
        guard sharedWords >= 1 else { return false }
        let sharedEntities = a.entities.reduce(0) { b.entities.contains($1) ? $0 + 1 : $0 } // ids are unique
        let figureEvidence = a.figureClasses.isDisjoint(with: b.figureClasses) ? 0 : 1
        return sharedWords + sharedEntities + figureEvidence >= 3
    }

    enum BucketKey: Hashable {
        case day(Int)
        case value(TemporalValue)
    }

    static func bucketKeys(of value: TemporalValue) -> [BucketKey] {
        guard value.widthInDays <= shortSpanDays else { return [.value(value)] }
        return (value.firstDay.dayNumber...value.lastDay.dayNumber).map { .day($0) }
    }
}
