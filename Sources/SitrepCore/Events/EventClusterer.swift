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
        var sets = DisjointSets(count: events.count)
        var compared = Set<Int>()
        for members in buckets.values where members.count > 1 {
            var postings: [UInt64: [Int]] = [:]
            for member in members {
                for word in events[member].keywords.hashes { postings[word, default: []].append(member) }
            }
            for list in postings.values where list.count > 1 && list.count <= maximumPostings {
                for i in 0..<(list.count - 1) {
                    for j in (i + 1)..<list.count {
                        let a = list[i], b = list[j]
                        guard compared.insert(a * events.count + b).inserted,
                              sets.find(a) != sets.find(b), sameHappening(events[a], events[b]) else { continue }
                        sets.union(a, b)
                    }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in events.indices { groups[sets.find(index), default: []].append(index) }
        return groups.values.sorted { $0[0] < $1[0] }
    }

    /// Whether two events report the same happening. They need overlapping dates, at least one shared key word
    /// (the happening itself: "surrender"), and at least three pieces of evidence in all, counting each shared
    /// entity, each shared key word, and figures of the same kind of thing.
    public static func sameHappening(_ a: DatedEvent, _ b: DatedEvent) -> Bool {
        guard a.date.overlaps(b.date) else { return false }
        let sharedWords = a.keywords.sharedCount(with: b.keywords)
        guard sharedWords >= 1 else { return false }
        let sharedEntities = Set(a.entities).intersection(b.entities).count
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

/// Union-find with path halving and union by size.
struct DisjointSets {
    private var parent: [Int]
    private var size: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        size = Array(repeating: 1, count: count)
    }

    mutating func find(_ element: Int) -> Int {
        var x = element
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a), rb = find(b)
        guard ra != rb else { return }
        if size[ra] < size[rb] { swap(&ra, &rb) }
        parent[rb] = ra
        size[ra] += size[rb]
    }
}
