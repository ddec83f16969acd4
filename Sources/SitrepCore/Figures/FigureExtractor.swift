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
        var figures: [FigureMention] = []
        for (number, tokens) in article.sentences.enumerated() where !tokens.isEmpty {
            let span = article.spans[number]
            let bytes = article.paragraphs[span.paragraph]
            // A line holding only a number is a gallery counter or a page number, not reporting.
            guard tokens.contains(where: { $0.kind == .word }) else { continue }
            let found = figures.count
            extract(tokens, paragraph: span.paragraph, bytes: bytes, into: &figures)
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
    private static func extract(_ tokens: [WordToken], paragraph: Int, bytes: [UInt8], into figures: inout [FigureMention]) {
        let reader = QuantityReader(tokens: tokens, bytes: bytes)
        var index = 0
        while index < tokens.count {
            guard NumberWords.mayStart(tokens[index], in: bytes), let quantity = reader.quantity(at: index) else {
                index += 1
                continue
            }
            index = quantity.end
            guard !FigureFilter.isExcluded(quantity, in: tokens, bytes: bytes) else { continue }
            let (qualifierStart, qualified) = FigureFilter.qualifier(before: quantity.start, in: tokens)
            let first = tokens[qualifierStart].start, last = tokens[quantity.end - 1].end
            figures.append(FigureMention(
                span: TextSpan(paragraph: paragraph, start: first, end: last),
                text: String(decoding: bytes[first..<last], as: UTF8.self),
                low: quantity.low, high: quantity.high,
                counted: CountedPhrase.phrase(in: tokens, from: quantity.countedStart, bytes: bytes),
                isApproximate: quantity.isVague || qualified))
        }
    }
}
