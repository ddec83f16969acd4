/// The words of an article's sentences, tokenised once and read by both the entity recogniser and the figure
/// extractor: each paragraph's UTF-8 bytes and, per sentence, its tokens (byte ranges into those bytes with
/// their lowercase keys and word-list bits).
public struct ArticleTokens: Sendable {
    /// The UTF-8 bytes of each paragraph, which the tokens point into.
    let paragraphs: [[UInt8]]
    /// The tokens of each sentence, in the order of the sentences; empty for a sentence whose paragraph is missing.
    let sentences: [[WordToken]]
    /// The span of each sentence.
    let spans: [TextSpan]

    public init(paragraphs: [Paragraph], sentences: [Sentence]) {
        // A paragraph is a slice of the article's text: copied from its contiguous bytes, not byte by byte.
        let bytes = paragraphs.map { paragraph in
            paragraph.text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(paragraph.text.utf8)
        }
        var tokens: [[WordToken]] = []
        tokens.reserveCapacity(sentences.count)
        for sentence in sentences {
            let span = sentence.span
            guard span.paragraph < bytes.count else { tokens.append([]); continue }
            let paragraph = bytes[span.paragraph]
            tokens.append(WordTokenizer.tokenize(paragraph, from: max(0, span.start), to: min(span.end, paragraph.count)))
        }
        self.paragraphs = bytes
        self.sentences = tokens
        spans = sentences.map(\.span)
    }
}
