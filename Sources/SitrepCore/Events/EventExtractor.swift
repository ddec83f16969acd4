/// Finds the dated happenings of one article: each sentence holding a resolved temporal expression that is
/// not a quoted promise about the future becomes one event.
///
/// A sentence with several dated expressions makes ONE event, dated by its most specific value (the one
/// covering the fewest days; the first on a tie): "on Monday evening (11 March)" or "in 2014, ... on Sunday"
/// is one reported sentence, and one line per sentence keeps the timeline readable. Events before the
/// corpus window are kept; the timeline marks them as background.
public enum EventExtractor {
    /// Sentences with fewer words than this outside the date expression are datelines, not reports.
    static let minimumWords = 3

    /// The events of `article`, the corpus's article number `index`, in a table of their own (the tests'
    /// reference for what `EventTable(articles:)` builds for a whole corpus).
    public static func events(in article: AnalyzedArticle, index: Int) -> EventTable {
        var table = EventTable()
        withUnsafePointer(to: article) { extract(from: $0, index: index, into: &table) }
        return table
    }

    /// Appends the events of `article`, the corpus's article number `index`, to `table`. The article is
    /// read in place, field by field: passed by value out of an array (even an unsafe buffer), it would be
    /// copied, a retain and a release for each of its parts.
    static func extract(from article: UnsafePointer<AnalyzedArticle>, index: Int, into table: inout EventTable) {
        let dates = article.pointee.dates
        let dating = mostSpecificPerSentence(dates)
        guard !dating.isEmpty else { return }
        let sentences = article.pointee.sentences, paragraphs = article.pointee.cleaned.paragraphs
        let entities = article.pointee.entities, articleFigures = article.pointee.figures
        let entityIndex = SpanIndex(entities.map(\.span))
        let figureIndex = SpanIndex(articleFigures.map(\.span))
        var entityIDs: [Int32] = [], excluded: [Range<Int>] = [], figures: [Int32] = []
        for dateIndex in dating where dates[dateIndex].sentence < sentences.count {
            let span = sentences[dates[dateIndex].sentence].span
            let needed = wordCount(dates[dateIndex].text) + minimumWords
            guard paragraphs[span.paragraph].withUTF8(span, { wordCount($0, upTo: needed) }) == needed else { continue }
            entityIDs.removeAll(keepingCapacity: true)
            excluded.removeAll(keepingCapacity: true)
            figures.removeAll(keepingCapacity: true)
            entityIndex.forEach(within: span) { found in
                let entity = Int32(entities[found].entity), mention = entities[found].span
                if !entityIDs.contains(entity) { entityIDs.append(entity) }
                excluded.append((mention.start - span.start)..<(mention.end - span.start))
            }
            figureIndex.forEach(within: span) { figures.append(Int32($0)) }
            let keywords = paragraphs[span.paragraph].withUTF8(span) { KeywordExtractor.keywords(in: $0, excluding: excluded) }
            let source = EventSource(article: index, line: paragraphs[span.paragraph].line, span: span,
                                     dateMention: dateIndex)
            table.append(DatedEvent(date: dates[dateIndex].value!, source: source), entities: entityIDs,
                         figures: figures, figureClasses: figureClasses(figures, of: articleFigures), keywords: keywords)
        }
    }

    /// What the figures (indices into the article's) count, by class (`FigureComparison.countedClassHash`).
    static func figureClasses(_ figures: [Int32], of mentions: [FigureMention]) -> KeywordSet {
        guard !figures.isEmpty else { return [] }
        return KeywordSet(hashes: figures.compactMap { FigureComparison.countedClassHash(of: mentions[Int($0)]) })
    }

    /// For each sentence holding a usable date (resolved, not a quoted future), in sentence order, the index
    /// of its most specific one: the value covering the fewest days, the earliest on a tie.
    static func mostSpecificPerSentence(_ dates: [DateMention]) -> [Int] {
        var usable: [(sentence: Int, span: TextSpan, index: Int)] = []
        // Each mention's fields are read in place (iterating would copy each mention, its text and value).
        for index in dates.indices where !dates[index].isQuotedFuture && dates[index].value != nil {
            usable.append((dates[index].sentence, dates[index].span, index))
        }
        usable.sort { ($0.sentence, $0.span, $0.index) < ($1.sentence, $1.span, $1.index) }
        // Widths (each opens its value: a retain and a release) are worked out only for sentences with
        // several dates: the first narrowest in span order wins.
        var chosen: [Int] = []
        var start = 0
        while start < usable.count {
            var end = start + 1
            while end < usable.count, usable[end].sentence == usable[start].sentence { end += 1 }
            var best = usable[start].index
            if end - start > 1 {
                var bestWidth = dates[best].value!.widthInDays
                for position in (start + 1)..<end where dates[usable[position].index].value!.widthInDays < bestWidth {
                    best = usable[position].index
                    bestWidth = dates[best].value!.widthInDays
                }
            }
            chosen.append(best)
            start = end
        }
        return chosen
    }

    /// Number of space-separated words, counted over UTF-8 bytes, up to `limit` (counting stops there).
    static func wordCount(_ text: some StringProtocol, upTo limit: Int = .max) -> Int {
        if let count = text.utf8.withContiguousStorageIfAvailable({ wordCount($0, upTo: limit) }) { return count }
        return Array(text.utf8).withUnsafeBufferPointer { wordCount($0, upTo: limit) }
    }

    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
        var count = 0
        var previousWasSpace = true
        for byte in bytes {
            let isSpace = byte == UInt8(ascii: " ")
            if !isSpace && previousWasSpace {
                count += 1
                if count == limit { break }
            }
            previousWasSpace = isSpace
        }
        return count
    }
}
