/// Chooses the line that sums up a cluster: the member summary that keeps the most of the key words the
/// members share (the happening itself, "surrender"), then the one whose date is most specific, then the
/// shortest, then the first. Only the first `consideredMembers` are weighed, so a huge cluster stays cheap,
/// and `memo` sums up a sentence reported word for word by several members or clusters once.
///
/// The shared words are tallied by id in an array kept from cluster to cluster (and cleared after each):
/// no list of every member's words to sort.
struct ClusterSummary {
    static let consideredMembers = 8

    /// Per key word id, how many times the weighed members list it, counted up to 2; all zero between clusters.
    private var tallies: [UInt8]
    /// The ids tallied for the current cluster, to clear.
    private var tallied: [Int32] = []

    /// `vocabularySize`: every key word id of the events is below it.
    init(vocabularySize: Int) {
        tallies = Array(repeating: 0, count: vocabularySize)
    }

    /// The summary of the cluster whose `members` (indices into `events`) are in timeline source order;
    /// `memo` names sentences by event index.
    mutating func summary(of members: some Collection<Int>, in events: EventTable, memo: SummaryMemo) -> String {
        guard let first = members.first else { return "" }
        guard members.count > 1 else { return memo.summary(memo.slot(of: first)) }
        // Events are read in place: subscripting the array would copy each one (and retain its date).
        return events.events.withUnsafeBufferPointer { records in
            best(of: members.prefix(Self.consideredMembers), records, in: events, memo: memo)
        }
    }

    /// The summary of the best of `candidates` (see above).
    private mutating func best(of candidates: some Collection<Int>, _ records: UnsafeBufferPointer<DatedEvent>,
                               in events: EventTable, memo: SummaryMemo) -> String {
        tallyWords(of: candidates, in: events)
        defer { clearTallies() }
        var best: (slot: Int, score: Int, width: Int)?
        for member in candidates {
            let slot = memo.slot(of: member)
            let score = memo.keywords(slot).hashes.count { hash in
                events.vocabulary.existingID(of: hash).map { tallies[Int($0)] >= 2 } ?? false
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

    /// Tallies the key word ids of `members`: an id they list at least twice in all is shared.
    private mutating func tallyWords(of members: some Collection<Int>, in events: EventTable) {
        for member in members {
            for id in events.words[member] {
                switch tallies[Int(id)] {
                case 0: tallies[Int(id)] = 1; tallied.append(id)
                case 1: tallies[Int(id)] = 2
                default: break
                }
            }
        }
    }

    private mutating func clearTallies() {
        for id in tallied { tallies[Int(id)] = 0 }
        tallied.removeAll(keepingCapacity: true)
    }

    /// The key word ids held at least twice by the events' lists together, ascending (what the tallies mark).
    static func sharedWords(of members: some Collection<Int>, in events: EventTable) -> [Int32] {
        var summary = ClusterSummary(vocabularySize: events.vocabulary.count)
        summary.tallyWords(of: members, in: events)
        return summary.tallied.filter { summary.tallies[Int($0)] >= 2 }.sorted()
    }
}
