/// The buckets of `EventClusterer`: a value covering at most `EventClusterer.shortSpanDays` days is in the
/// bucket of each day it touches; a longer value only in the bucket of that very value. Any two events of
/// a bucket therefore have overlapping dates.
struct EventBuckets {
    /// The events of each bucket, ascending.
    private(set) var members = FlatLists<Int>()

    init(_ events: [DatedEvent]) {
        var longValues: [TemporalValue: Int] = [:]
        // Bucket key in the high half (days even, long values odd), event index in the low half.
        var entries: [UInt64] = []
        entries.reserveCapacity(events.count * 2)
        for index in events.indices {
            let date = events[index].date
            let first = date.firstDay.dayNumber, last = date.lastDay.dayNumber
            if last - first <= EventClusterer.shortSpanDays {
                for day in first...last { entries.append(Self.entry(key: 2 * day, event: index)) }
            } else {
                let id = longValues[date] ?? longValues.count
                longValues[date] = id
                entries.append(Self.entry(key: 2 * id + 1, event: index))
            }
        }
        entries = Self.sorted(entries)
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, entries[end] >> 32 == entries[start] >> 32 { end += 1 }
            members.append(contentsOf: entries[start..<end].lazy.map { Int($0 & 0xFFFF_FFFF) })
            start = end
        }
    }

    /// `entries` in ascending order, given that each key's entries come in ascending order (events are
    /// added in order): placed by key with a counting sort when the keys span at most four values per
    /// entry, else sorted in full.
    static func sorted(_ entries: [UInt64]) -> [UInt64] {
        guard let low = entries.lazy.map({ $0 >> 32 }).min(), let high = entries.lazy.map({ $0 >> 32 }).max(),
              high - low < 4 * UInt64(entries.count) else { return entries.sorted() }
        // next[k]: where the next entry of key `low + k` goes.
        var next = [Int](repeating: 0, count: Int(high - low) + 2)
        for entry in entries { next[Int((entry >> 32) - low) + 1] += 1 }
        for key in 1..<next.count { next[key] += next[key - 1] }
        var placed = [UInt64](repeating: 0, count: entries.count)
        for entry in entries {
            let key = Int((entry >> 32) - low)
            placed[next[key]] = entry
            next[key] += 1
        }
        return placed
    }

    private static func entry(key: Int, event: Int) -> UInt64 {
        // Day numbers are biased so that keys of days before 1970 still sort as numbers.
        UInt64(truncatingIfNeeded: key + (1 << 30)) << 32 | UInt64(event)
    }
}
