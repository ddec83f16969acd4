/// The search prompt while it is open: letters typed here are text, never commands.
public struct Prompt: Hashable, Sendable {
    public var text = ""
    /// The pane being searched.
    public var pane: PaneID
    /// Where the search started, restored when the prompt is cancelled.
    var origin: SearchPosition
    /// Where the text so far matched, or nil when it did not. Typing one more character can only
    /// move the match forward, so the next search starts here (or is skipped), keeping typing cheap
    /// on a large corpus.
    var hit: SearchPosition?
}

/// An accepted search, kept for `n`/`N` and for highlighting matches.
public struct SearchState: Hashable, Sendable {
    public var query: String
    public var pane: PaneID
}

/// A place a search starts from or lands on: a row in a list pane, or a byte in an article.
enum SearchPosition: Hashable, Sendable {
    case row(Int)
    case text(article: Int?, paragraph: Int, offset: Int, top: Int)
}
