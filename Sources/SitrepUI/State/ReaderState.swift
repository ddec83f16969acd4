import SitrepCore

/// What the reader shows: an article, where it is scrolled to, the mention under the cursor and the
/// sentence an event cited. The wrapped document is cached here per width so scrolling is cheap.
public struct ReaderState: Sendable {
    /// Index into `CorpusModel.articles`.
    public var article: Int?
    /// First visible line of `document`.
    public var top = 0
    /// Index into `marks`: the entity or date mention the cursor is on.
    public var cursor: Int?
    /// The cited sentence of the event being read.
    public var highlight: TextSpan?
    /// The timeline entry whose sources `o`/`O` step through, and which source is shown.
    public var entry: Int?
    public var source = 0
    public var showBoilerplate = false
    /// The search match the reader landed on.
    public var match: TextSpan?
    /// Entity and date mentions of the article, in text order.
    var marks: [ReaderMark] = []
    var document: ReaderDocument?

    public init() {}
}
