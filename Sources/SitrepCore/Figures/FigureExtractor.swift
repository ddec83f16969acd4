/// Extracts figures and what they count.
///
/// Reads digits ("2,000", "1.5 million"), number words ("two", "3 thousand", "a hundred"), ranges
/// ("1,500 to 2,000"), vague quantities ("dozens", "a few hundred", "tens of thousands", read with the ranges
/// in `NumberWords`) and qualifiers ("up to", "more than", "an estimated": approximate, and the bound is the
/// figure's value). Years, dates, clock times, phone numbers, ordinals, percentages, money, durations and
/// measures are not figures.
public enum FigureExtractor {
    /// The figures of an article whose sentences are already tokenised.
    public static func extract(from article: ArticleTokens) -> [FigureMention] {
        article.read(extract)
    }

    private static func extract(from article: ArticleTokenView) -> [FigureMention] {
        var figures: [FigureMention] = []
        for number in 0..<article.sentenceCount {
            let sentence = article.sentence(number)
            let span = sentence.span, bytes = sentence.bytes
            // A line holding only a number is a gallery counter or a page number, not reporting.
            guard sentence.tokens.contains(where: { $0.kind == .word }) else { continue }
            let found = figures.count
            extract(sentence, into: &figures)
            // The byte check that once decided which sentences to read stays the gate for those where figures
            // were found, so the figures do not change (it misses a number word right after a non-ASCII mark,
            // as in "“Two").
            if figures.count > found,
               !NumberWords.mayOccur(in: bytes, from: max(0, span.start), to: min(span.end, bytes.count)) {
                figures.removeSubrange(found...)
            }
        }
        return figures.trimmed()
    }

    /// The figures of one sentence's tokens, appended to `figures`.
    private static func extract(_ sentence: SentenceTokens, into figures: inout [FigureMention]) {
        let tokens = sentence.tokens, bytes = sentence.bytes
        let reader = QuantityReader(tokens: tokens, bytes: bytes)
        var index = 0
        while index < tokens.count {
            guard NumberWords.mayStart(tokens[index], in: bytes), let quantity = reader.quantity(at: index) else {
                index += 1
                continue
            }
            index = quantity.end
            guard !FigureFilter.isExcluded(quantity, in: sentence) else { continue }
            let (qualifierStart, qualified) = FigureFilter.qualifier(before: quantity.start, in: tokens)
            let first = tokens[qualifierStart].start, last = tokens[quantity.end - 1].end
            figures.append(FigureMention(
                span: TextSpan(paragraph: sentence.span.paragraph, start: first, end: last),
                text: sentence.text(first..<last),
                low: quantity.low, high: quantity.high,
                counted: CountedPhrase.phrase(in: sentence, from: quantity.countedStart),
                isApproximate: quantity.isVague || qualified))
        }
    }
}
