/// Decides, line by line in order, whether a line is furniture and of which kind (nil: reporting).
struct LineClassifier {
    private let bytes: [UInt8]
    private let lines: [ArticleLine]
    private let shapes: [LineShape?]
    private let captionMarked: [Bool]
    private let repeats: RepeatIndex
    private let header: HeaderMatcher

    private var seenParagraph = false
    private var seenAnyLine = false
    private var inRelatedBlock = false
    private var afterPullQuote = false
    private var blankRun = 0
    private var earlierLines = Set<[UInt8]>()

    /// How far (in lines) a caption's duplicate may sit from the caption it repeats.
    private static let captionPairDistance = 3
    /// Longer repeated text is a truncated copy rather than a pull quote.
    private static let pullQuoteWordLimit = 10
    /// Shorter repeated text is too common to call a pull quote.
    private static let minimumRepeatBytes = 12

    init(bytes: [UInt8], lines: [ArticleLine], shapes: [LineShape?], metadata: ArticleMetadata) {
        self.bytes = bytes
        self.lines = lines
        self.shapes = shapes
        captionMarked = lines.map { !$0.isBlank && LinePatterns.isCaptionMarked(bytes[$0.start..<$0.end]) }
        repeats = RepeatIndex(shapes)
        header = HeaderMatcher(metadata)
    }

    mutating func classify(_ index: Int) -> BoilerplateKind? {
        guard let shape = shapes[index] else {
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
        let kind = furniture(index, shape, isFirstLine: isFirstLine, afterPullQuote: wasAfterPullQuote)
        if kind == nil { seenParagraph = true }
        if kind == .pullQuote { afterPullQuote = true }
        return kind
    }

    private mutating func furniture(_ index: Int, _ shape: LineShape, isFirstLine: Bool,
                                    afterPullQuote: Bool) -> BoilerplateKind? {
        let text = shape.normalized
        let raw = bytes[lines[index].start..<lines[index].end]
        if let kind = phraseKind(text, shape) {
            if kind == .relatedHeadlines,
               FurniturePhrases.relatedBlockHeadings.contains(String(decoding: text, as: UTF8.self)) {
                inRelatedBlock = true
            }
            return kind
        }
        if inRelatedBlock {
            if !LinePatterns.looksLikeReporting(shape) { return .relatedHeadlines }
            inRelatedBlock = false
        }
        if captionMarked[index] || repeatsNearbyCaption(index, shape) { return .caption }
        if LinePatterns.isCounter(shape) { return .galleryCounter }
        if LinePatterns.isDateStamp(shape) { return .dateline }
        if !shape.hasLettersOrDigits { return .artifact }
        if !seenParagraph, let kind = header.kind(of: shape, isFirstLine: isFirstLine) { return kind }
        if LinePatterns.isCreditLine(shape) { return .caption }
        if shape.isAllCaps, shape.words <= 12 { return .section }
        if LinePatterns.isContactPromo(raw, shape) { return .promo }
        if afterPullQuote, shape.words <= 6, !shape.endsLikeSentence, shape.digits == 0 { return .pullQuote }
        return repeatKind(shape)
    }

    /// Whole-line phrases, phrases anywhere in the line, and prefixes of short lines.
    private func phraseKind(_ text: [UInt8], _ shape: LineShape) -> BoilerplateKind? {
        if shape.words <= FurniturePhrases.wholeLineWordLimit,
           let kind = FurniturePhrases.wholeLines[String(decoding: text, as: UTF8.self)] { return kind }
        if let hit = FurniturePhrases.anywhere.first(where: { LinePatterns.contains(text, $0.phrase) }) { return hit.kind }
        guard shape.words <= FurniturePhrases.prefixWordLimit else { return nil }
        return FurniturePhrases.prefixes.first { LinePatterns.startsWith(text, $0.phrase) }?.kind
    }

    /// A line repeating the text of a caption a few lines away (the alt text above a credited caption).
    private func repeatsNearbyCaption(_ index: Int, _ shape: LineShape) -> Bool {
        guard shape.normalized.count >= Self.minimumRepeatBytes, shape.words <= 60 else { return false }
        let low = max(0, index - Self.captionPairDistance)
        let high = min(lines.count - 1, index + Self.captionPairDistance)
        return (low...high).contains { other in
            other != index && captionMarked[other]
                && shapes[other].map { LinePatterns.contains($0.normalized, shape.normalized) } == true
        }
    }

    /// An exact copy of an earlier line, or an unfinished line whose text occurs elsewhere:
    /// short, it is a pull quote; long, a truncated copy.
    private mutating func repeatKind(_ shape: LineShape) -> BoilerplateKind? {
        let text = shape.normalized
        if shape.words >= 5, !earlierLines.insert(text).inserted { return .duplicate }
        guard !shape.endsLikeSentence, text.count >= Self.minimumRepeatBytes,
              repeats.occurrences(of: text) >= 2 else { return nil }
        return shape.words <= Self.pullQuoteWordLimit ? .pullQuote : .duplicate
    }
}
