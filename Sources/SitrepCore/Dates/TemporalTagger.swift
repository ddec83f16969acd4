/// Finds temporal expressions and resolves them against the publication date (HeidelTime-style
/// news tagging: see `TemporalGrammar` for what is recognised and `DateResolver` for how values are
/// anchored). Expressions inside a direct quotation about the future are tagged `isQuotedFuture`.
/// Values are resolved after the whole article is read, so ambiguous numeric dates can follow the
/// order its other numeric dates show (`NumericDateOrder`).
public enum TemporalTagger {
    public static func tag(paragraphs: [Paragraph], sentences: [Sentence], published: CalendarDate?) -> [DateMention] {
        var found: [Found] = []
        var scratch = Scratch()
        var sentenceIndex = 0
        while sentenceIndex < sentences.count {
            let paragraphIndex = sentences[sentenceIndex].span.paragraph
            var end = sentenceIndex
            while end < sentences.count, sentences[end].span.paragraph == paragraphIndex { end += 1 }
            guard paragraphIndex >= 0, paragraphIndex < paragraphs.count else {
                sentenceIndex = end
                continue
            }
            paragraphs[paragraphIndex].withUTF8 { bytes in
                var quotations = LazyQuotations()
                for index in sentenceIndex..<end {
                    tagSentence(index, of: sentences[index], bytes: bytes, quotations: &quotations,
                                scratch: &scratch, into: &found)
                }
            }
            sentenceIndex = end
        }
        let order = NumericDateOrder.inferred(from: found.lazy.map(\.reference))
        let values = TemporalValueInterner.shared.intern(found.map { item in
            DateResolver.resolve(item.reference, published: published, tense: item.tense, order: order)
        })
        return zip(found, values).map { item, value in
            var mention = item.mention
            mention.value = value
            mention.isQuotedFuture = item.isQuoted && (item.tense == .future || item.reference.pointsToFuture)
            return mention
        }
    }

    private static func tagSentence(_ index: Int, of sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>,
                                    quotations: inout LazyQuotations, scratch: inout Scratch, into found: inout [Found]) {
        let span = sentence.span
        guard span.start >= 0, span.start <= span.end, span.end <= bytes.count,
              TemporalLexicon.mayContainExpression(bytes, range: span.start..<span.end) else { return }
        TextTokenizer.tokenize(bytes, range: span.start..<span.end, into: &scratch.tokens)
        let grammar = TemporalGrammar(tokens: scratch.tokens)
        let tokens = grammar.tokens
        var position = 0
        while position < tokens.count {
            guard grammar.mayStartMatch(at: position), let match = grammar.match(at: position) else {
                position += 1
                continue
            }
            let start = tokens[match.start].start
            let stop = tokens[match.end - 1].end
            let all = quotations.ranges(in: bytes)
            let quotation = all.first { $0.contains(start) }
            var tense: Tense?
            if match.reference.dependsOnTense || quotation != nil {
                tense = TenseDetector.tense(of: tokens, around: match.start..<match.end,
                                            quotation: quotation, quotations: all)
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
            let mention = DateMention(span: TextSpan(paragraph: span.paragraph, start: start, end: stop), text: text,
                                      sentence: index, value: nil)
            found.append(Found(mention: mention, reference: match.reference, tense: tense, isQuoted: quotation != nil))
            position = match.end
        }
    }

    /// An expression found, waiting for the article-wide numeric date order to be resolved.
    private struct Found {
        var mention: DateMention
        var reference: TemporalReference
        var tense: Tense?
        var isQuoted: Bool
    }

    /// A paragraph's quotations, found only once an expression needs them.
    private struct LazyQuotations {
        private var found: [Range<Int>]?

        mutating func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
            if let found { return found }
            let ranges = QuotationFinder.quotations(in: bytes)
            found = ranges
            return ranges
        }
    }

    /// The token buffer reused from one sentence to the next.
    private struct Scratch {
        var tokens: [TextToken] = []
    }
}
