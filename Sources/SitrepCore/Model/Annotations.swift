/// A range of UTF-8 offsets inside one cleaned paragraph. Stored in 32 bits each (12 bytes, not 24):
/// a corpus holds about a million spans, and no paragraph comes near 2 GB.
public struct TextSpan: Hashable, Comparable, Sendable {
    @Int32Stored public var paragraph: Int
    @Int32Stored public var start: Int
    @Int32Stored public var end: Int

    public init(paragraph: Int, start: Int, end: Int) {
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        (a.paragraph, a.start, a.end) < (b.paragraph, b.start, b.end)
    }

    public func contains(_ other: TextSpan) -> Bool {
        paragraph == other.paragraph && start <= other.start && other.end <= end
    }
}

/// A sentence of a cleaned article.
public struct Sentence: Hashable, Sendable {
    public var span: TextSpan
    public init(span: TextSpan) { self.span = span }
}

/// Grammatical time of the clause around an expression, used to pick past or future readings.
public enum Tense: String, Hashable, Sendable { case past, present, future }

/// A temporal expression found in the text and, where possible, its resolved value.
public struct DateMention: Hashable, Sendable {
    public var span: TextSpan
    /// Set for expressions inside direct speech about the future ("Tomorrow, God willing, ..."):
    /// tagged, but never a timeline event. (Stored next to the span, in its padding.)
    public var isQuotedFuture: Bool
    /// The exact text of the expression.
    public var text: String
    /// Index into the article's `sentences`.
    public var sentence: Int
    /// Nil when the expression needs a publication date the article does not have.
    public var value: TemporalValue?

    public init(span: TextSpan, text: String, sentence: Int, value: TemporalValue?, isQuotedFuture: Bool = false) {
        self.span = span
        self.text = text
        self.sentence = sentence
        self.value = value
        self.isQuotedFuture = isQuotedFuture
    }
}

/// A name found in one article, before corpus-wide merging: its canonical key and kind.
public struct EntityCandidate: Hashable, Sendable {
    public var span: TextSpan
    /// (Stored next to the span, in its padding: 48 bytes, not 56, for about fifty candidates per article.)
    public var kind: EntityKind
    public var text: String
    /// The canonical name within this article (after alias and surname linking).
    public var canonicalName: String

    public init(span: TextSpan, text: String, canonicalName: String, kind: EntityKind) {
        self.span = span
        self.text = text
        self.canonicalName = canonicalName
        self.kind = kind
    }
}

/// A mention of a corpus-wide entity. Its text is the article's (`AnalyzedArticle.text(of:)`), not a copy:
/// a corpus holds about fifty mentions per article, so a mention is kept to 16 bytes.
public struct EntityMention: Hashable, Sendable {
    public var span: TextSpan
    /// Index into `CorpusModel.entities`.
    @Int32Stored public var entity: Int

    public init(span: TextSpan, entity: Int) {
        self.span = span
        self.entity = entity
    }
}

/// A number with what it counts: "2,000 ISIS fighters", "1,500 to 2,000", "a few hundred".
public struct FigureMention: Hashable, Sendable {
    public var span: TextSpan
    /// "up to", "more than", "around", "a few": the figure is a bound or an estimate.
    /// (Stored next to the span, in its padding.)
    public var isApproximate: Bool
    public var text: String
    /// Lowest and highest value meant; equal for an exact figure.
    public var low: Int
    public var high: Int
    /// The counted noun phrase ("ISIS fighters", "people"); empty when none follows.
    public var counted: String

    public init(span: TextSpan, text: String, low: Int, high: Int, counted: String, isApproximate: Bool) {
        self.span = span
        self.text = text
        self.low = low
        self.high = high
        self.counted = counted
        self.isApproximate = isApproximate
    }
}
