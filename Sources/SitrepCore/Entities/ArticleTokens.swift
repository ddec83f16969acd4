/// The words of an article's sentences, tokenised once and read by both the entity recogniser and the figure
/// extractor. Held flat, in five arrays per article whatever its length: the paragraphs' UTF-8 bytes one after
/// another, every sentence's tokens one after another (byte ranges into their paragraph, with lowercase keys
/// and word-list bits), and where each paragraph and each sentence ends.
public struct ArticleTokens: Sendable {
    /// The UTF-8 bytes of all paragraphs, one after another.
    private let bytes: [UInt8]
    /// Where each paragraph's bytes start in `bytes`, then the end of the last one.
    private let paragraphStarts: [Int]
    /// The tokens of all sentences, in order; a token's offsets are in its paragraph.
    private let tokens: [WordToken]
    /// Where each sentence's tokens end in `tokens` (each starts where the one before ends).
    private let sentenceEnds: [Int]
    /// The span of each sentence.
    let spans: [TextSpan]

    public init(paragraphs: [Paragraph], sentences: [Sentence]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(paragraphs.reduce(0) { $0 + $1.withUTF8 { $0.count } })
        var paragraphStarts = [0]
        paragraphStarts.reserveCapacity(paragraphs.count + 1)
        for paragraph in paragraphs {
            // A paragraph is a slice of the article's text: copied from its bytes in place, not byte by byte.
            paragraph.withUTF8 { bytes.append(contentsOf: $0) }
            paragraphStarts.append(bytes.count)
        }
        var tokens: [WordToken] = []
        var sentenceEnds: [Int] = []
        sentenceEnds.reserveCapacity(sentences.count)
        let lexicon = EntityLexicon.table
        bytes.withUnsafeBufferPointer { all in
            // Each sentence's bytes within its paragraph (nil for a paragraph the article does not have).
            let ranges = sentences.map { sentence -> Range<Int>? in
                let span = sentence.span
                guard span.paragraph < paragraphs.count else { return nil }
                let length = paragraphStarts[span.paragraph + 1] - paragraphStarts[span.paragraph]
                let start = max(0, span.start)
                return start..<max(start, min(span.end, length))
            }
            tokens.reserveCapacity(ranges.reduce(0) { $0 + ($1.map { $0.count / 5 + 4 } ?? 0) })
            // Tokenised into room for the longest sentence, then copied in one go.
            var sentenceTokens = SentenceTokenBuffer(capacity: ranges.reduce(0) { max($0, $1?.count ?? 0) })
            for (sentence, range) in zip(sentences, ranges) {
                if let range {
                    let paragraph = sentence.span.paragraph
                    let bytes = UnsafeBufferPointer(rebasing: all[paragraphStarts[paragraph]..<paragraphStarts[paragraph + 1]])
                    WordTokenizer.tokenize(bytes, from: range.lowerBound, to: range.upperBound, into: &sentenceTokens,
                                           lexicon: lexicon)
                    tokens.append(contentsOf: sentenceTokens.tokens)
                }
                sentenceEnds.append(tokens.count)
            }
        }
        self.bytes = bytes
        self.paragraphStarts = paragraphStarts
        self.tokens = tokens
        self.sentenceEnds = sentenceEnds
        spans = sentences.map(\.span)
    }

    /// Runs `body` over borrowed views of the tokens and bytes, which are valid only inside it.
    func read<Result>(_ body: (ArticleTokenView) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { bytes in
            try paragraphStarts.withUnsafeBufferPointer { paragraphStarts in
                try tokens.withUnsafeBufferPointer { tokens in
                    try sentenceEnds.withUnsafeBufferPointer { sentenceEnds in
                        try spans.withUnsafeBufferPointer { spans in
                            try body(ArticleTokenView(bytes: bytes, paragraphStarts: paragraphStarts, tokens: tokens,
                                                      sentenceEnds: sentenceEnds, spans: spans))
                        }
                    }
                }
            }
        }
    }
}
