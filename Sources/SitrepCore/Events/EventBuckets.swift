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
        entries.sort()
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, entries[end] >> 32 == entries[start] >> 32 { end += 1 }
            members.append(contentsOf: entries[start..<end].lazy.map { Int($0 & 0xFFFF_FFFF) })
            start = end
        }
    }

    private static func entry(key: Int, event: Int) -> UInt64 {
        // Day numbers are biased so that keys of days before 1970 still sort as numbers.
        UInt64(truncatingIfNeeded: key + (1 << 30)) << 32 | UInt64(event)
    }
}
