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

    public static func events(in article: AnalyzedArticle, index: Int) -> [DatedEvent] {
        let datesBySentence = Dictionary(grouping: article.dates.filter { $0.value != nil && !$0.isQuotedFuture },
                                         by: \.sentence)
        guard !datesBySentence.isEmpty else { return [] }
        let entityMentions = article.entities.sorted { $0.span < $1.span }
        let figureMentions = article.figures.sorted { $0.span < $1.span }
        var events: [DatedEvent] = []
        for sentenceIndex in datesBySentence.keys.sorted() where sentenceIndex < article.sentences.count {
            guard let mention = mostSpecific(datesBySentence[sentenceIndex]!), let value = mention.value else { continue }
            let span = article.sentences[sentenceIndex].span
            let text = article.text(of: span)
            guard wordCount(text) - wordCount(mention.text) >= minimumWords else { continue }
            let entities = SpanLookup.within(span, entityMentions, span: \.span)
            let figures = SpanLookup.within(span, figureMentions, span: \.span)
            var seen = Set<Int>()
            let entityIDs = entities.map(\.entity).filter { seen.insert($0).inserted }
            let excluded = entities.map { ($0.span.start - span.start)..<($0.span.end - span.start) }
            let source = EventSource(article: index, outlet: article.outlet, line: article.originalLine(of: span),
                                     expression: mention.text, sentence: text, span: span)
            events.append(DatedEvent(
                date: value, source: source, entities: entityIDs,
                figures: figures.map { ReportedFigure(figure: $0, outlet: article.outlet, article: index) },
                keywords: KeywordExtractor.keywords(in: text, excluding: excluded)))
        }
        return events
    }

    /// The mention whose value covers the fewest days; the earliest on a tie.
    static func mostSpecific(_ mentions: [DateMention]) -> DateMention? {
        mentions.min { a, b in
            let wa = a.value!.widthInDays, wb = b.value!.widthInDays
            return wa != wb ? wa < wb : a.span < b.span
        }
    }

    /// Number of space-separated words, counted over UTF-8 bytes.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var previousWasSpace = true
        for byte in text.utf8 {
            let isSpace = byte == UInt8(ascii: " ")
            if !isSpace && previousWasSpace { count += 1 }
            previousWasSpace = isSpace
        }
        return count
    }
}

/// Finds the mentions lying inside a span, in a list sorted by span, by binary search.
enum SpanLookup {
    static func within<T>(_ outer: TextSpan, _ sorted: [T], span: KeyPath<T, TextSpan>) -> [T] {
        var low = 0, high = sorted.count
        let first = TextSpan(paragraph: outer.paragraph, start: outer.start, end: outer.start)
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid][keyPath: span] < first { low = mid + 1 } else { high = mid }
        }
        var result: [T] = []
        var index = low
        while index < sorted.count {
            let candidate = sorted[index][keyPath: span]
            guard candidate.paragraph == outer.paragraph, candidate.start < outer.end else { break }
            if outer.contains(candidate) { result.append(sorted[index]) }
            index += 1
        }
        return result
    }
}
