/// The order of the timeline: by first day, then the narrower value first, events before publications,
/// then by outlet, article and position in the article (of each entry's first source); equal entries keep
/// their order.
///
/// Each entry's sort key is computed once, with outlets replaced by their rank among the distinct outlets,
/// so the sort itself compares integers only.
enum TimelineOrder {
    static func sort(_ entries: inout [TimelineEntry]) {
        let outletRanks = ranks(ofOutletsIn: entries)
        var keys = entries.indices.map { key(of: entries[$0], at: $0, outletRanks: outletRanks) }
        keys.sort()
        permute(&entries, to: keys.map(\.index))
    }

    /// Reorders `entries` so that position `k` holds the entry that was at `order[k]`, by swaps along the
    /// permutation's cycles (entries are moved, never copied).
    static func permute(_ entries: inout [TimelineEntry], to order: [Int]) {
        var placed = [Bool](repeating: false, count: order.count)
        for start in order.indices where !placed[start] {
            var position = start
            while order[position] != start {
                placed[position] = true
                entries.swapAt(position, order[position])
                position = order[position]
            }
            placed[position] = true
        }
    }

    /// What an entry is ordered by, field after field; `index` (its position before sorting) keeps the sort stable.
    struct Key: Comparable {
        var firstDay: Int
        var lastDay: Int
        var isPublication: Bool
        var outlet: Int
        var article: Int
        var span: TextSpan
        var index: Int

        static func < (a: Key, b: Key) -> Bool {
            if a.firstDay != b.firstDay { return a.firstDay < b.firstDay }
            if a.lastDay != b.lastDay { return a.lastDay < b.lastDay }
            if a.isPublication != b.isPublication { return b.isPublication }
            if a.outlet != b.outlet { return a.outlet < b.outlet }
            if a.article != b.article { return a.article < b.article }
            if a.span != b.span { return a.span < b.span }
            return a.index < b.index
        }
    }

    static func key(of entry: TimelineEntry, at index: Int, outletRanks: [String: Int]) -> Key {
        let date = entry.date, hasSource = !entry.sources.isEmpty
        return Key(firstDay: date.firstDay.dayNumber, lastDay: date.lastDay.dayNumber,
                   isPublication: entry.kind == .publication,
                   outlet: hasSource ? outletRanks[entry.sources[0].outlet] ?? 0 : outletRanks[""] ?? 0,
                   article: hasSource ? entry.sources[0].article : 0,
                   span: hasSource ? entry.sources[0].span : TextSpan(paragraph: 0, start: 0, end: 0), index: index)
    }

    /// Each distinct outlet's position in String order (an entry without a source counts as outlet "").
    static func ranks(ofOutletsIn entries: [TimelineEntry]) -> [String: Int] {
        var outlets = Set<String>([""])
        for index in entries.indices where !entries[index].sources.isEmpty { outlets.insert(entries[index].sources[0].outlet) }
        var ranks: [String: Int] = [:]
        for (rank, outlet) in outlets.sorted().enumerated() { ranks[outlet] = rank }
        return ranks
    }
}
