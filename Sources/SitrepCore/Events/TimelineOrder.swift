/// The order of the timeline: by first day, then the narrower value first, events before publications,
/// then by outlet, article and position in the article (of each entry's first source); equal entries keep
/// their order.
///
/// Each entry's sort key is computed once, as the entry is made, with outlets replaced by their rank among
/// the distinct outlets, so the sort itself compares integers only.
enum TimelineOrder {
    /// Puts the entries of `timeline` in order, given the key of each (`keys[i].index == i`).
    static func sort(_ timeline: inout Timeline, keys: [Key]) {
        var keys = keys
        keys.sort()
        timeline.reorder(keys.map(\.index))
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

    /// `outletRanks`: the rank of each article's outlet (`ranks(ofOutletsOf:)`); `index`: the entry's number
    /// among all, which orders entries that are otherwise equal.
    static func key(date: TemporalValue, isPublication: Bool, firstSource first: EventSource, index: Int,
                    outletRanks: [Int32]) -> Key {
        Key(firstDay: date.firstDay.dayNumber, lastDay: date.lastDay.dayNumber, isPublication: isPublication,
            outlet: Int(outletRanks[first.article]), article: first.article, span: first.span, index: index)
    }

    /// The rank in String order of each article's outlet among the distinct outlets.
    static func ranks(ofOutletsOf articles: [AnalyzedArticle]) -> [Int32] {
        var outlets = Set<String>()
        for index in articles.indices { outlets.insert(articles[index].outlet) }
        var rankOf: [String: Int32] = [:]
        for (rank, outlet) in outlets.sorted().enumerated() { rankOf[outlet] = Int32(rank) }
        return articles.indices.map { rankOf[articles[$0].outlet]! }
    }
}
