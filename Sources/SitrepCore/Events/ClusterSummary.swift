/// Chooses the line that sums up a cluster: the member summary that keeps the most of the key words the
/// members share (the happening itself, "surrender"), then the one whose date is most specific, then the
/// shortest. Only the first `consideredMembers` are weighed, so a huge cluster stays cheap, and `memo` sums
/// up a sentence reported word for word by several members or clusters once.
enum ClusterSummary {
    static let consideredMembers = 8

    static func summary(of members: [DatedEvent], memo: SummaryMemo = SummaryMemo()) -> String {
        guard members.count > 1 else { return members.first.map { memo.summary(of: $0.source.sentence).summary } ?? "" }
        let candidates = members.prefix(consideredMembers)
        var frequency: [UInt64: Int] = [:]
        for member in candidates {
            for word in member.keywords.hashes { frequency[word, default: 0] += 1 }
        }
        let shared = KeywordSet(hashes: frequency.filter { $0.value > 1 }.map(\.key))
        let scored = candidates.map { member -> (summary: String, score: Int, width: Int) in
            let (summary, keywords) = memo.summary(of: member.source.sentence)
            return (summary, keywords.sharedCount(with: shared), member.date.widthInDays)
        }
        return scored.min { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.width != b.width { return a.width < b.width }
            return a.summary.count < b.summary.count
        }!.summary
    }
}
