/// Chooses the line that sums up a cluster: the member summary that keeps the most of the key words the
/// members share (the happening itself, "surrender"), then the one whose date is most specific, then the
/// shortest, then the first. Only the first `consideredMembers` are weighed, so a huge cluster stays cheap,
/// and `memo` sums up a sentence reported word for word by several members or clusters once.
enum ClusterSummary {
    static let consideredMembers = 8

    /// The summary of the cluster whose `members` (indices into `events`) are in timeline source order.
    static func summary(of members: [Int], in events: [DatedEvent], memo: SummaryMemo) -> String {
        guard let first = members.first else { return "" }
        guard members.count > 1 else { return memo.summary(memo.slot(of: events[first].source.sentence)) }
        let candidates = members.prefix(consideredMembers)
        let shared = sharedKeywords(of: candidates.map { events[$0].keywords })
        var best: (slot: Int, score: Int, width: Int)?
        for member in candidates {
            let slot = memo.slot(of: events[member].source.sentence)
            let candidate = (slot: slot, score: memo.keywords(slot).sharedCount(with: shared),
                             width: events[member].widthInDays)
            guard let current = best else { best = candidate; continue }
            if candidate.score != current.score {
                if candidate.score > current.score { best = candidate }
            } else if candidate.width != current.width {
                if candidate.width < current.width { best = candidate }
            } else if memo.length(candidate.slot) < memo.length(current.slot) {
                best = candidate
            }
        }
        return memo.summary(best!.slot)
    }

    /// The key words held by at least two of the sets.
    static func sharedKeywords(of sets: [KeywordSet]) -> KeywordSet {
        var all = sets.flatMap(\.hashes)
        all.sort()
        var shared: [UInt64] = []
        var index = 1
        while index < all.count {
            if all[index] == all[index - 1], shared.last != all[index] { shared.append(all[index]) }
            index += 1
        }
        return KeywordSet(sortedUnique: shared)
    }
}
