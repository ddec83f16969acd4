/// A paragraph of reporting kept by cleaning: an exact substring of one line of the original file,
/// sharing the article's text rather than copying it. Stored in 32 bytes, not 48 (`TextSlice`, and line
/// and column in 32 bits each): a corpus holds about thirty paragraphs per article.
public struct Paragraph: Hashable, Sendable {
    private var storage: TextSlice
    /// 1-based line in the original file.
    @Int32Stored public var line: Int
    /// UTF-8 offset in that original line where `text` starts.
    @Int32Stored public var column: Int

    /// The paragraph's text, a slice of the article's.
    public var text: Substring {
        get { storage.text }
        set { storage = TextSlice(newValue) }
    }

    /// Number of UTF-8 bytes of `text`.
    public var utf8Count: Int { storage.utf8Count }

    /// Runs `body` over the paragraph's UTF-8 bytes, or those of the part `span` covers (its `paragraph`
    /// field is not read), read in place.
    public func withUTF8<Result>(_ span: TextSpan? = nil,
                                 _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try storage.withUTF8(span.map { $0.start..<$0.end }, body)
    }

    /// The text a span of this paragraph covers (its `paragraph` field is not read), sharing the storage.
    public func slice(_ span: TextSpan) -> Substring {
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: span.start)
        return Substring(utf8[from..<utf8.index(from, offsetBy: span.length)])
    }

    public init(text: Substring, line: Int, column: Int = 0) {
        storage = TextSlice(text)
        self.line = line
        self.column = column
    }

    public init(text: String, line: Int, column: Int = 0) {
        self.init(text: Substring(text), line: line, column: column)
    }

    /// The UTF-8 bytes `bytes` of `text` (on scalar boundaries), without building a `Substring` first.
    init(in text: String, bytes: Range<Int>, line: Int, column: Int) {
        storage = TextSlice(text, bytes: bytes)
        self.line = line
        self.column = column
    }
}

/// Why a piece of page text is furniture rather than reporting.
public enum BoilerplateKind: String, CaseIterable, Hashable, Sendable {
    case headline, caption, galleryCounter, pullQuote, promo, commentForm, navigation
    case sourceLink, shareTools, subscription, archiveFooter, relatedHeadlines, dateline, byline, section
    /// The outlet's name as a page header; a later copy of a paragraph; a line of symbols or
    /// placeholder marks; a closing motto or signature in another language; an advertisement slot.
    case masthead, duplicate, artifact, signature, advertisement
}

/// A piece of page text that cleaning set aside, kept so a user can ask to see it. Stored like a
/// paragraph (40 bytes, not 56).
public struct BoilerplateBlock: Hashable, Sendable {
    private var slice: TextSlice
    /// 1-based line in the original file.
    @Int32Stored public var line: Int
    /// UTF-8 offset in that line where `text` starts.
    @Int32Stored public var column: Int
    public var kind: BoilerplateKind

    /// A slice of the article's text, like a paragraph's.
    public var text: Substring {
        get { slice.text }
        set { slice = TextSlice(newValue) }
    }

    public init(kind: BoilerplateKind, text: Substring, line: Int, column: Int = 0) {
        slice = TextSlice(text)
        self.line = line
        self.column = column
        self.kind = kind
    }

    public init(kind: BoilerplateKind, text: String, line: Int, column: Int = 0) {
        self.init(kind: kind, text: Substring(text), line: line, column: column)
    }

    /// The UTF-8 bytes `bytes` of `text` (on scalar boundaries), like `Paragraph.init(in:bytes:line:column:)`.
    init(kind: BoilerplateKind, in text: String, bytes: Range<Int>, line: Int, column: Int) {
        slice = TextSlice(text, bytes: bytes)
        self.line = line
        self.column = column
        self.kind = kind
    }
}

/// An article's text after cleaning: reporting paragraphs and the classified furniture, both mapped to lines.
public struct CleanedArticle: Hashable, Sendable {
    public var paragraphs: [Paragraph]
    public var boilerplate: [BoilerplateBlock]

    public init(paragraphs: [Paragraph], boilerplate: [BoilerplateBlock]) {
        self.paragraphs = paragraphs
        self.boilerplate = boilerplate
    }
}
