/// Decides, line by line in order, whether a line is furniture and of which kind (nil: reporting).
struct LineClassifier {
    /// Every line of the article; nil for blank lines.
    private let texts: [LineText?]
    private let normalizedBuffer: UnsafeBufferPointer<UInt8>
    private let captionMarked: [Bool]
    private let repeats: RepeatIndex
    private let header: HeaderMatcher

    private var seenParagraph = false
    private var seenAnyLine = false
    private var inRelatedBlock = false
    private var afterPullQuote = false
    private var blankRun = 0
    private var earlierLines = SeenLines()

    /// How far (in lines) a caption's duplicate may sit from the caption it repeats.
    private static let captionPairDistance = 3
    /// Longer repeated text is a truncated copy rather than a pull quote.
    private static let pullQuoteWordLimit = 10
    /// Shorter repeated text is too common to call a pull quote.
    private static let minimumRepeatBytes = 12

    /// `normalizedBuffer` holds every line's normalized text, each followed by a newline.
    init(texts: [LineText?], normalizedBuffer: UnsafeBufferPointer<UInt8>, metadata: ArticleMetadata) {
        self.texts = texts
        self.normalizedBuffer = normalizedBuffer
        captionMarked = texts.map { $0.map { LinePatterns.isCaptionMarked($0.raw) } ?? false }
        repeats = RepeatIndex(normalizedBuffer)
        header = HeaderMatcher(metadata)
    }

    mutating func classify(_ index: Int) -> BoilerplateKind? {
        guard let line = texts[index] else {
            blankRun += 1
            // A gap of blank lines closes a related-stories block.
            if blankRun >= 2 { inRelatedBlock = false }
            return nil
        }
        blankRun = 0
        let isFirstLine = !seenAnyLine
        seenAnyLine = true
        let wasAfterPullQuote = afterPullQuote
        afterPullQuote = false
        let kind = furniture(index, line, isFirstLine: isFirstLine, afterPullQuote: wasAfterPullQuote)
        if kind == nil { seenParagraph = true }
        if kind == .pullQuote { afterPullQuote = true }
        return kind
    }

    private mutating func furniture(_ index: Int, _ line: LineText, isFirstLine: Bool,
                                    afterPullQuote: Bool) -> BoilerplateKind? {
        let shape = line.shape
        if let kind = phraseKind(line) {
            if kind == .relatedHeadlines, FurniturePhrases.relatedBlockHeadings.value(for: line.normalized) != nil {
                inRelatedBlock = true
            }
            return kind
        }
        if inRelatedBlock {
            if !LinePatterns.looksLikeReporting(shape) { return .relatedHeadlines }
            inRelatedBlock = false
        }
        if captionMarked[index] || repeatsNearbyCaption(index, line) { return .caption }
        if LinePatterns.isCounter(line) { return .galleryCounter }
        if LinePatterns.isDateStamp(line) { return .dateline }
        if !shape.hasLettersOrDigits { return .artifact }
        if !seenParagraph, let kind = header.kind(of: line, isFirstLine: isFirstLine) { return kind }
        if LinePatterns.isCreditLine(line) { return .caption }
        if shape.isAllCaps, shape.words <= 12 { return .section }
        if LinePatterns.isContactPromo(line) { return .promo }
        if afterPullQuote, shape.words <= 6, !shape.endsLikeSentence, shape.digits == 0 { return .pullQuote }
        return repeatKind(line)
    }

    /// Whole-line phrases, phrases anywhere in the line, and prefixes of short lines.
    private func phraseKind(_ line: LineText) -> BoilerplateKind? {
        if line.shape.words <= FurniturePhrases.wholeLineWordLimit,
           let kind = FurniturePhrases.wholeLines.value(for: line.normalized) { return kind }
        if let kind = FurniturePhrases.anywhere.firstOccurring(in: line.normalized) { return kind }
        guard line.shape.words <= FurniturePhrases.prefixWordLimit else { return nil }
        return FurniturePhrases.prefixes.firstPrefix(of: line.normalized)
    }

    /// A line repeating the text of a caption a few lines away (the alt text above a credited caption).
    private func repeatsNearbyCaption(_ index: Int, _ line: LineText) -> Bool {
        guard line.normalized.count >= Self.minimumRepeatBytes, line.shape.words <= 60 else { return false }
        let low = max(0, index - Self.captionPairDistance)
        let high = min(texts.count - 1, index + Self.captionPairDistance)
        return (low...high).contains { other in
            other != index && captionMarked[other]
                && texts[other].map { ByteSearch.contains(line.normalized, in: $0.normalized) } == true
        }
    }

    /// An exact copy of an earlier line, or an unfinished line whose text occurs elsewhere:
    /// short, it is a pull quote; long, a truncated copy.
    private mutating func repeatKind(_ line: LineText) -> BoilerplateKind? {
        let shape = line.shape
        if shape.words >= 5, !earlierLines.insert(shape.normalized, of: normalizedBuffer) { return .duplicate }
        guard !shape.endsLikeSentence, line.normalized.count >= Self.minimumRepeatBytes,
              repeats.occurrences(of: line.normalized) >= 2 else { return nil }
        return shape.words <= Self.pullQuoteWordLimit ? .pullQuote : .duplicate
    }
}
