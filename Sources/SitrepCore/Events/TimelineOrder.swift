/// The order of the timeline: by first day, then the narrower value first, events before publications,
/// then by outlet, article and position in the article (of each entry's first source); equal entries keep
/// their order.
///
/// Each entry's sort key is computed once, with outlets replaced by their rank among the distinct outlets,
/// so the sort itself compares integers only.
enum TimelineOrder {
    /// Sorts the entries of a timeline whose sources are `articles`' (`EventSource.article`).
    static func sort(_ timeline: inout Timeline, articles: [AnalyzedArticle]) {
        let outletRanks = ranks(ofOutletsOf: articles)
        var keys = timeline.entries.indices.map {
            key(of: timeline.entries[$0], firstSource: timeline.sources(of: $0).first, at: $0, outletRanks: outletRanks)
        }
        keys.sort()
        timeline.reorder(keys.map(\.index))
    }

    /// Reorders `entries` so that position `k` holds the entry that was at `order[k]`, by swaps along the
    /// permutation's cycles (entries are moved, never copied).
    static func permute(_ entries: inout [TimelineEntry], to order: [Int]) {
        var placed = [Bool](repeating: false, count: order.count)
        entries.withUnsafeMutableBufferPointer { entries in
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
    }

    /// What an entry is ordered by, field after field; `index` (its position before sorting) keeps the sort stable.
    /// Numbers are stored in 32 bits (36 bytes a key, not 64): there is one key per entry.
    struct Key: Comparable {
        @Int32Stored var firstDay: Int
        @Int32Stored var lastDay: Int
        var isPublication: Bool
        @Int32Stored var outlet: Int
        @Int32Stored var article: Int
        var span: TextSpan
        @Int32Stored var index: Int

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

    /// `outletRanks`: the rank of each article's outlet, and last the rank of "" (an entry without a source).
    static func key(of entry: TimelineEntry, firstSource first: EventSource?, at index: Int, outletRanks: [Int32]) -> Key {
        let date = entry.date
        return Key(firstDay: date.firstDay.dayNumber, lastDay: date.lastDay.dayNumber,
                   isPublication: entry.kind == .publication,
                   outlet: Int(outletRanks[first?.article ?? outletRanks.count - 1]), article: first?.article ?? 0,
                   span: first?.span ?? TextSpan(paragraph: 0, start: 0, end: 0), index: index)
    }

    /// The rank in String order of each article's outlet among the distinct outlets and "", then that of "".
    static func ranks(ofOutletsOf articles: [AnalyzedArticle]) -> [Int32] {
        var outlets = Set<String>([""])
        for index in articles.indices { outlets.insert(articles[index].outlet) }
        var rankOf: [String: Int32] = [:]
        for (rank, outlet) in outlets.sorted().enumerated() { rankOf[outlet] = Int32(rank) }
        return articles.indices.map { rankOf[articles[$0].outlet]! } + [rankOf[""]!]
    }
}
