/// Finds temporal expressions and resolves them against the publication date (HeidelTime-style
/// news tagging: see `TemporalGrammar` for what is recognised and `DateResolver` for how values are
/// anchored). Expressions inside a direct quotation about the future are tagged `isQuotedFuture`.
/// Values are resolved after the whole article is read, so ambiguous numeric dates can follow the
/// order its other numeric dates show (`NumericDateOrder`).
public enum TemporalTagger {
    public static func tag(paragraphs: [Paragraph], sentences: [Sentence], published: CalendarDate?) -> [DateMention] {
        var found = Found()
        // One token buffer for every sentence, with room for the longest (a token takes at least one byte).
        // A sentence lies in its paragraph: a span that does not (it is skipped) cannot ask for more.
        let longestParagraph = paragraphs.reduce(1) { max($0, $1.utf8Count) }
        let longest = min(longestParagraph, sentences.reduce(1) { max($0, $1.span.end - $1.span.start) })
        withUnsafeTemporaryAllocation(of: TextToken.self, capacity: longest) { tokens in
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
                                    tokens: tokens.baseAddress!, into: &found)
                    }
                }
                sentenceIndex = end
            }
        }
        let order = NumericDateOrder.inferred(from: found.readings.lazy.map(\.reference))
        let values = TemporalValueInterner.shared.intern(found.readings.map { reading in
            DateResolver.resolve(reading.reference, published: published, tense: reading.tense, order: order)
        })
        // The mentions are completed where they are, not copied into a new list.
        for (index, reading) in found.readings.enumerated() {
            found.mentions[index].value = values[index]
            found.mentions[index].isQuotedFuture = reading.isQuoted
                && (reading.tense == .future || reading.reference.pointsToFuture)
        }
        return found.mentions
    }

    private static func tagSentence(_ index: Int, of sentence: Sentence, bytes: UnsafeBufferPointer<UInt8>,
                                    quotations: inout LazyQuotations, tokens buffer: UnsafeMutablePointer<TextToken>,
                                    into found: inout Found) {
        let span = sentence.span
        guard span.start >= 0, span.start <= span.end, span.end <= bytes.count,
              TemporalLexicon.mayContainExpression(bytes, range: span.start..<span.end) else { return }
        let count = TextTokenizer.tokenize(bytes, range: span.start..<span.end, to: buffer)
        let grammar = TemporalGrammar(tokens: UnsafeBufferPointer(start: buffer, count: count))
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
            found.mentions.append(mention)
            found.readings.append(Reading(reference: match.reference, tense: tense, isQuoted: quotation != nil))
            position = match.end
        }
    }

    /// The expressions found so far: their mentions, still without values, and what resolving them needs.
    private struct Found {
        var mentions: [DateMention] = []
        var readings: [Reading] = []
    }

    /// What an expression says, waiting for the article-wide numeric date order to be resolved.
    private struct Reading {
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
}
