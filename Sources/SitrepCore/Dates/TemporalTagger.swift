/// Finds temporal expressions and resolves them against the publication date (HeidelTime-style
/// news tagging: see `TemporalGrammar` for what is recognised and `DateResolver` for how values are
/// anchored). Expressions inside a direct quotation about the future are tagged `isQuotedFuture`.
public enum TemporalTagger {
    public static func tag(paragraphs: [Paragraph], sentences: [Sentence], published: CalendarDate?) -> [DateMention] {
        var mentions: [DateMention] = []
        var sentenceIndex = 0
        while sentenceIndex < sentences.count {
            let paragraphIndex = sentences[sentenceIndex].span.paragraph
            var end = sentenceIndex
            while end < sentences.count, sentences[end].span.paragraph == paragraphIndex { end += 1 }
            guard paragraphIndex >= 0, paragraphIndex < paragraphs.count else {
                sentenceIndex = end
                continue
            }
            var text = paragraphs[paragraphIndex].text
            text.withUTF8 { bytes in
                let quotations = QuotationFinder.quotations(in: bytes)
                for index in sentenceIndex..<end {
                    tagSentence(index, of: sentences[index], bytes: bytes, quotations: quotations,
                                published: published, into: &mentions)
                }
            }
            sentenceIndex = end
        }
        return mentions
    }

    private static func tagSentence(_ index: Int, of sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>,
                                    quotations: [Range<Int>], published: CalendarDate?,
                                    into mentions: inout [DateMention]) {
        let span = sentence.span
        guard span.start >= 0, span.start <= span.end, span.end <= bytes.count else { return }
        let tokens = TextTokenizer.tokens(in: bytes, range: span.start..<span.end)
        let grammar = TemporalGrammar(tokens: tokens)
        var position = 0
        while position < tokens.count {
            guard let match = grammar.match(at: position) else {
                position += 1
                continue
            }
            let start = tokens[match.start].start
            let stop = tokens[match.end - 1].end
            let quotation = quotations.first { $0.contains(start) }
            var tense: Tense?
            if match.reference.dependsOnTense || quotation != nil {
                tense = TenseDetector.tense(of: tokens, around: match.start..<match.end,
                                            quotation: quotation, quotations: quotations)
            }
            let value = DateResolver.resolve(match.reference, published: published, tense: tense)
            let isQuotedFuture = quotation != nil && (tense == .future || match.reference.pointsToFuture)
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
            mentions.append(DateMention(span: TextSpan(paragraph: span.paragraph, start: start, end: stop), text: text,
                                        sentence: index, value: value, isQuotedFuture: isQuotedFuture))
            position = match.end
        }
    }
}
