extension TimelineOrder {
    /// Widest span of first days sorted by counting: a histogram of this many days, and its copy, is 16 MB.
    /// (Spans wider than eight days per key are sorted in full too: the histogram would outweigh the keys.)
    static let countedDays = 1 << 20

    /// `keys` in order: placed by first day with a counting sort (a corpus spans a few thousand days), then
    /// each day's keys sorted in full. Keys are unique (their `index`), so this is the order `sorted()` gives,
    /// but each day's keys are sorted while they sit in the cache.
    static func sorted(_ keys: [Key]) -> [Key] {
        guard let low = keys.lazy.map(\.firstDay).min(), let high = keys.lazy.map(\.firstDay).max(),
              high - low < min(countedDays, 8 * keys.count) else { return keys.sorted() }
        // starts[d]: where the keys of day `low + d` begin.
        var starts = [Int](repeating: 0, count: high - low + 2)
        for key in keys { starts[key.firstDay - low + 1] += 1 }
        for day in 1..<starts.count { starts[day] += starts[day - 1] }
        var next = starts
        var placed = [Key](unsafeUninitializedCapacity: keys.count) { buffer, count in
            for key in keys {
                let day = key.firstDay - low
                (buffer.baseAddress! + next[day]).initialize(to: key)
                next[day] += 1
            }
            count = keys.count
        }
        for day in 0..<(starts.count - 1) where starts[day + 1] - starts[day] > 1 {
            placed[starts[day]..<starts[day + 1]].sort()
        }
        return placed
    }
}
