/// Extracts figures and what they count.
///
/// Reads digits ("2,000", "1.5 million"), number words ("two", "3 thousand", "a hundred"), ranges
/// ("1,500 to 2,000"), vague quantities ("dozens", "a few hundred", "tens of thousands", read with the ranges
/// in `NumberWords`) and qualifiers ("up to", "more than", "an estimated": approximate, and the bound is the
/// figure's value). Years, dates, clock times, phone numbers, ordinals, percentages, money, durations and
/// measures are not figures.
public enum FigureExtractor {
    public static func extract(paragraphs: [Paragraph], sentences: [Sentence]) -> [FigureMention] {
        var figures: [FigureMention] = []
        var paragraphIndex = -1
        var bytes: [UInt8] = []
        for sentence in sentences {
            let span = sentence.span
            guard span.paragraph < paragraphs.count else { continue }
            if span.paragraph != paragraphIndex {
                paragraphIndex = span.paragraph
                bytes = Array(paragraphs[span.paragraph].text.utf8)
            }
            let lower = max(0, span.start), upper = min(span.end, bytes.count)
            guard NumberWords.mayOccur(in: bytes, from: lower, to: upper) else { continue }
            let tokens = WordTokenizer.tokenize(bytes, from: lower, to: upper)
            // A line holding only a number is a gallery counter or a page number, not reporting.
            guard tokens.contains(where: { $0.kind == .word }) else { continue }
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
                    span: TextSpan(paragraph: span.paragraph, start: first, end: last),
                    text: String(decoding: bytes[first..<last], as: UTF8.self),
                    low: quantity.low, high: quantity.high,
                    counted: CountedPhrase.phrase(in: tokens, from: quantity.countedStart, bytes: bytes),
                    isApproximate: quantity.isVague || qualified))
            }
        }
        return figures
    }
}
