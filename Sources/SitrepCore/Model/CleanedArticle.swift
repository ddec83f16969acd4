/// A paragraph of reporting kept by cleaning: an exact substring of one line of the original file,
/// sharing the article's text rather than copying it. Stored in 32 bytes, not 48 (`TextSlice`, and line
/// and column in 32 bits each): a corpus holds about thirty paragraphs per article.
public struct Paragraph: Hashable, Sendable {
    private var slice: TextSlice
    private var storedLine: Int32
    private var storedColumn: Int32

    /// 1-based line in the original file.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    /// UTF-8 offset in that original line where `text` starts.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    /// The paragraph's text, a slice of the article's.
    public var text: Substring {
        get { slice.text }
        set { slice = TextSlice(newValue) }
    }

    public init(text: Substring, line: Int, column: Int = 0) {
        slice = TextSlice(text)
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public static func == (a: Paragraph, b: Paragraph) -> Bool {
        a.text == b.text && a.line == b.line && a.column == b.column
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(line)
        hasher.combine(column)
    }

    public init(text: String, line: Int, column: Int = 0) {
        self.init(text: Substring(text), line: line, column: column)
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
    private var storedLine: Int32
    private var storedColumn: Int32
    public var kind: BoilerplateKind

    /// A slice of the article's text, like a paragraph's.
    public var text: Substring {
        get { slice.text }
        set { slice = TextSlice(newValue) }
    }

    /// 1-based line in the original file.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    /// UTF-8 offset in that line where `text` starts.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(kind: BoilerplateKind, text: Substring, line: Int, column: Int = 0) {
        slice = TextSlice(text)
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
        self.kind = kind
    }

    public static func == (a: BoilerplateBlock, b: BoilerplateBlock) -> Bool {
        a.kind == b.kind && a.text == b.text && a.line == b.line && a.column == b.column
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(text)
        hasher.combine(line)
        hasher.combine(column)
    }

    public init(kind: BoilerplateKind, text: String, line: Int, column: Int = 0) {
        self.init(kind: kind, text: Substring(text), line: line, column: column)
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
