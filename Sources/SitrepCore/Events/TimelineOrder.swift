/// The order of the timeline: by first day, then the narrower value first, events before publications,
/// then by outlet, article and position in the article (of each entry's first source); equal entries keep
/// their order.
///
/// Each entry's sort key is computed once, as the entry is made, with outlets replaced by their rank among
/// the distinct outlets, so the sort itself compares integers only.
enum TimelineOrder {
    /// Puts the entries of `timeline` in order, given the key of each (`keys[i].index == i`).
    static func sort(_ timeline: inout Timeline, keys: [Key]) {
        timeline.reorder(sorted(keys).map(\.index))
    }

    /// What an entry is ordered by, field after field; `index` (its position before sorting) keeps the sort
    /// stable. The first five fields are packed into two words, so most comparisons are one or two integer
    /// comparisons (32 bytes a key: there is one key per entry).
    struct Key: Comparable {
        /// First day, then last day, each biased to an unsigned 32-bit number.
        private var days: UInt64
        /// Publication flag (events first), then outlet rank (32 bits), then article (31 bits).
        private var place: UInt64
        var span: TextSpan
        @Int32Stored var index: Int

        /// Days are biased into 32 bits; outlet ranks and articles are clamped to 32 and 31 bits.
        init(firstDay: Int, lastDay: Int, isPublication: Bool, outlet: Int, article: Int, span: TextSpan, index: Int) {
            days = UInt64(Self.biased(firstDay)) << 32 | UInt64(Self.biased(lastDay))
            place = (isPublication ? 1 << 63 : 0) | UInt64(UInt32(clamping: outlet)) << 31
                | UInt64(UInt32(clamping: min(article, Int(Int32.max))))
            self.span = span
            self.index = index
        }

        var firstDay: Int { Int(Int64(days >> 32) - Self.bias) }
        var lastDay: Int { Int(Int64(days & 0xFFFF_FFFF) - Self.bias) }
        var isPublication: Bool { place >> 63 == 1 }
        var outlet: Int { Int((place >> 31) & 0xFFFF_FFFF) }
        var article: Int { Int(place & 0x7FFF_FFFF) }

        private static let bias: Int64 = 1 << 31

        private static func biased(_ day: Int) -> UInt32 { UInt32(Int64(Int32(clamping: day)) + bias) }

        static func < (a: Key, b: Key) -> Bool {
            if a.days != b.days { return a.days < b.days }
            if a.place != b.place { return a.place < b.place }
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
