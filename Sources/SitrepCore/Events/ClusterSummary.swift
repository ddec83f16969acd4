/// Chooses the line that sums up a cluster: the member summary that keeps the most of the key words the
/// members share (the happening itself, "surrender"), then the one whose date is most specific, then the
/// shortest. Only the first `consideredMembers` are weighed, so a huge cluster stays cheap.
enum ClusterSummary {
    static let consideredMembers = 8

    static func summary(of members: [DatedEvent]) -> String {
        guard members.count > 1 else { return members.first?.summary ?? "" }
        let candidates = members.prefix(consideredMembers)
        var frequency: [UInt64: Int] = [:]
        for member in candidates {
            for word in member.keywords.hashes { frequency[word, default: 0] += 1 }
        }
        let shared = KeywordSet(hashes: frequency.filter { $0.value > 1 }.map(\.key))
        let scored = candidates.map { member -> (summary: String, score: Int, width: Int) in
            let summary = member.summary
            return (summary, KeywordExtractor.keywords(in: summary).sharedCount(with: shared), member.date.widthInDays)
        }
        return scored.min { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.width != b.width { return a.width < b.width }
            return a.summary.count < b.summary.count
        }!.summary
    }
}
