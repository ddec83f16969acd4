/// The order of the timeline: by first day, then the narrower value first, events before publications,
/// then by outlet, article and position in the article (of each entry's first source); equal entries keep
/// their order.
///
/// Each entry's sort key is computed once, with outlets replaced by their rank among the distinct outlets,
/// so the sort itself compares integers only.
enum TimelineOrder {
    static func sorted(_ entries: [TimelineEntry]) -> [TimelineEntry] {
        let outletRanks = ranks(ofOutletsIn: entries)
        var keys = entries.indices.map { key(of: entries[$0], at: $0, outletRanks: outletRanks) }
        keys.sort()
        return keys.map { entries[$0.index] }
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
        let source = entry.sources.first
        return Key(firstDay: entry.date.firstDay.dayNumber, lastDay: entry.date.lastDay.dayNumber,
                   isPublication: entry.kind == .publication, outlet: outletRanks[source?.outlet ?? ""] ?? 0,
                   article: source?.article ?? 0, span: source?.span ?? TextSpan(paragraph: 0, start: 0, end: 0),
                   index: index)
    }

    /// Each distinct outlet's position in String order (an entry without a source counts as outlet "").
    static func ranks(ofOutletsIn entries: [TimelineEntry]) -> [String: Int] {
        var outlets = Set<String>([""])
        for entry in entries { if let outlet = entry.sources.first?.outlet { outlets.insert(outlet) } }
        var ranks: [String: Int] = [:]
        for (rank, outlet) in outlets.sorted().enumerated() { ranks[outlet] = rank }
        return ranks
    }
}
