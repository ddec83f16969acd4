/// Remembers the summary of each distinct sentence, and the key words of that summary, while one timeline
/// is built: a sentence reported word for word by many articles (wire copy) is summed up once.
final class SummaryMemo {
    private var known: [String: (summary: String, keywords: KeywordSet)] = [:]

    /// The summary of `sentence` (`EventSummary.make`) and its key words.
    func summary(of sentence: String) -> (summary: String, keywords: KeywordSet) {
        if let entry = known[sentence] { return entry }
        let summary = EventSummary.make(from: sentence)
        let entry = (summary, KeywordExtractor.keywords(in: summary))
        known[sentence] = entry
        return entry
    }
}
