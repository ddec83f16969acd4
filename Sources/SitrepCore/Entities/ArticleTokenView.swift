/// An article's tokens seen through borrowed buffers (no reference counting as they are read): valid only
/// inside `ArticleTokens.read`.
struct ArticleTokenView {
    let bytes: UnsafeBufferPointer<UInt8>
    let paragraphStarts: UnsafeBufferPointer<Int>
    /// Every token of the article, sentence after sentence.
    let tokens: UnsafeBufferPointer<WordToken>
    let sentenceEnds: UnsafeBufferPointer<Int>
    let spans: UnsafeBufferPointer<TextSpan>

    var sentenceCount: Int { spans.count }

    /// The tokens of sentence `number`, indexed from 0, and the bytes of its paragraph.
    func sentence(_ number: Int) -> SentenceTokens {
        let span = spans[number]
        let first = number == 0 ? 0 : sentenceEnds[number - 1]
        let sentenceTokens = UnsafeBufferPointer(rebasing: tokens[first..<sentenceEnds[number]])
        return SentenceTokens(tokens: sentenceTokens, bytes: paragraph(span.paragraph), span: span)
    }

    /// The UTF-8 bytes of paragraph `number` (empty when the article has no such paragraph).
    func paragraph(_ number: Int) -> UnsafeBufferPointer<UInt8> {
        guard number + 1 < paragraphStarts.count else { return UnsafeBufferPointer(rebasing: bytes[0..<0]) }
        return UnsafeBufferPointer(rebasing: bytes[paragraphStarts[number]..<paragraphStarts[number + 1]])
    }
}

/// One sentence's tokens and the UTF-8 bytes of its paragraph, which the tokens' offsets point into.
struct SentenceTokens {
    let tokens: UnsafeBufferPointer<WordToken>
    let bytes: UnsafeBufferPointer<UInt8>
    let span: TextSpan

    /// The paragraph's text over a range of its bytes.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
