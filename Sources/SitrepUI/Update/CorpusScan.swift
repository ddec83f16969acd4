import SitrepCore

/// A search through the whole corpus (the reader's `/`, `n`, `N`) that runs in slices of about
/// `sliceBytes` of text, so typing is answered at once on a large corpus; the front end continues it
/// between keys (`Application.pollBackgroundWork`).
struct CorpusScan: Hashable, Sendable {
    /// Text scanned per slice: about a millisecond of work.
    static let sliceBytes = 1 << 20

    /// How a slice ended.
    enum Outcome {
        case found(SearchPosition)
        case exhausted
        case paused
    }

    let query: String
    let article: Int
    let paragraph: Int
    let offset: Int
    let forward: Bool
    let includingStart: Bool
    /// Articles walked so far, from the start article, wrapping once around the corpus.
    private(set) var step = 0

    init(query: String, from article: Int, paragraph: Int, offset: Int, forward: Bool, includingStart: Bool) {
        self.query = query
        self.article = article
        self.paragraph = paragraph
        self.offset = offset
        self.forward = forward
        self.includingStart = includingStart
    }

    /// The share of the corpus already searched, 0...100.
    func percentDone(of articleCount: Int) -> Int { articleCount == 0 ? 100 : min(100, step * 100 / (articleCount + 1)) }

    /// Scans articles until a match, the end of the walk, or the slice's bytes are used up.
    mutating func scanSlice(_ articles: [AnalyzedArticle], budget: Int = CorpusScan.sliceBytes) -> Outcome {
        guard !articles.isEmpty, let search = TextSearch(query) else { return .exhausted }
        var scanned = 0
        while step <= articles.count {
            let index = ((article + (forward ? step : -step)) % articles.count + articles.count) % articles.count
            if let found = firstMatch(search, in: articles[index], index: index, scanned: &scanned, count: articles.count) {
                return .found(found)
            }
            step += 1
            if scanned >= budget, step <= articles.count { return .paused }
        }
        return .exhausted
    }

    /// The first match in one article in walking order; the start article is searched only after (or,
    /// on the way back round, before) the starting point.
    private func firstMatch(_ search: TextSearch, in item: AnalyzedArticle, index: Int, scanned: inout Int,
                            count: Int) -> SearchPosition? {
        let paragraphs = item.cleaned.paragraphs
        let order = forward ? Array(paragraphs.indices) : paragraphs.indices.reversed()
        for number in order {
            scanned += paragraphs[number].text.utf8.count
            let hits = search.ranges(in: paragraphs[number].text)
            for hit in forward ? hits : hits.reversed() {
                if step == 0 || step == count {
                    let here = (number, hit.lowerBound), origin = (paragraph, offset)
                    let after = includingStart ? here >= origin : here > origin
                    let before = includingStart ? here <= origin : here < origin
                    if step == 0 ? !(forward ? after : before) : (forward ? after : before) { continue }
                }
                return .text(article: index, paragraph: number, offset: hit.lowerBound, top: 0)
            }
        }
        return nil
    }
}
