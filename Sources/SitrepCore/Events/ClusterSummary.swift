/// Chooses the line that sums up a cluster: the member summary that keeps the most of the key words the
/// members share (the happening itself, "surrender"), then the one whose date is most specific, then the
/// shortest. Only the first `consideredMembers` are weighed, so a huge cluster stays cheap, and a sentence
/// reported word for word by several members is summed up once.
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
        var scoreBySentence: [String: (summary: String, score: Int)] = [:]
        let scored = candidates.map { member -> (summary: String, score: Int, width: Int) in
            if let known = scoreBySentence[member.source.sentence] {
                return (known.summary, known.score, member.date.widthInDays)
            }
            let summary = member.summary
            let score = KeywordExtractor.keywords(in: summary).sharedCount(with: shared)
            scoreBySentence[member.source.sentence] = (summary, score)
            return (summary, score, member.date.widthInDays)
        }
        return scored.min { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.width != b.width { return a.width < b.width }
            return a.summary.count < b.summary.count
        }!.summary
    }
}
