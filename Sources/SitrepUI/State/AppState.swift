import SitrepCore

/// The whole UI state: indices into the model, never copies of it. Changed only by `update`.
public struct AppState: Sendable {
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var focus: PaneID = .timeline
    public internal(set) var timeline = ListCursor()
    public internal(set) var articles = ListCursor()
    public internal(set) var entities = ListCursor()
    public internal(set) var reader = ReaderState()
    /// The entity (index into `CorpusModel.entities`) the timeline and articles are narrowed to.
    public internal(set) var filter: Int?
    public internal(set) var showBackground = false
    public internal(set) var prompt: Prompt?
    public internal(set) var search: SearchState?
    /// A corpus-wide search still under way, continued in slices between keys.
    var scan: CorpusScan?
    public internal(set) var helpVisible = false
    public internal(set) var helpScroll = 0
    public internal(set) var mouseEnabled = false
    /// True while the focused pane fills the screen (`z`).
    public internal(set) var zoomed = false
    public internal(set) var wantsQuit = false
    /// Set by Ctrl-L: the backend repaints every cell, then acknowledges.
    public internal(set) var needsFullRedraw = false
    /// A one-shot message for the status bar, cleared by the next key.
    public internal(set) var message: String?
    /// Long work in progress ("Loading 3,000 of 10,000 articles"), shown until the front end clears it.
    public internal(set) var progress: String?
    /// The pane that opened the reader, where Esc goes back to.
    var readerOrigin: PaneID?
    /// Row lists for the current filter, rebuilt only when the filter changes.
    var rows: PaneRows

    init(catalog: Catalog, width: Int, height: Int) {
        self.width = width
        self.height = height
        rows = PaneRows(catalog: catalog, filter: nil, showBackground: false)
    }

}
