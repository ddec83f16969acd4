/// Chooses the line that sums up a cluster: the member summary that keeps the most of the key words the
/// members share (the happening itself, "surrender"), then the one whose date is most specific, then the
/// shortest, then the first. Only the first `consideredMembers` are weighed, so a huge cluster stays cheap,
/// and `memo` sums up a sentence reported word for word by several members or clusters once.
enum ClusterSummary {
    static let consideredMembers = 8

    /// The summary of the cluster whose `members` (indices into `events`) are in timeline source order;
    /// `memo` names sentences by event index.
    static func summary(of members: some Collection<Int>, in events: EventTable, memo: SummaryMemo) -> String {
        guard let first = members.first else { return "" }
        guard members.count > 1 else { return memo.summary(memo.slot(of: first)) }
        // Events are read in place: subscripting the array would copy each one (and retain its date).
        return events.events.withUnsafeBufferPointer { records in
            best(of: members.prefix(consideredMembers), records, in: events, memo: memo)
        }
    }

    /// The summary of the best of `candidates` (see above).
    private static func best(of candidates: some Collection<Int>, _ records: UnsafeBufferPointer<DatedEvent>,
                             in events: EventTable, memo: SummaryMemo) -> String {
        let shared = sharedWords(of: candidates, in: events)
        var best: (slot: Int, score: Int, width: Int)?
        for member in candidates {
            let slot = memo.slot(of: member)
            let score = memo.keywords(slot).hashes.count {
                events.vocabulary.existingID(of: $0).map(shared.contains) ?? false
            }
            let candidate = (slot: slot, score: score, width: records[member].widthInDays)
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

    /// The key word ids held by at least two of the events, ascending.
    static func sharedWords(of members: some Collection<Int>, in events: EventTable) -> [Int32] {
        var all: [Int32] = []
        for member in members { all.append(contentsOf: events.words[member]) }
        all.sort()
        var shared: [Int32] = []
        var index = 1
        while index < all.count {
            if all[index] == all[index - 1], shared.last != all[index] { shared.append(all[index]) }
            index += 1
        }
        return shared
    }
}
