import SitrepCore

/// The facade a front end drives: feed it keys, actions and sizes, ask it for a grid.
public struct Application: Sendable {
    public private(set) var catalog: Catalog
    public private(set) var state: AppState
    /// The analysis still running when the browser opened early; nil once its model is shown.
    private var analysis: BackgroundAnalysis?
    /// Keys pressed while the analysis ran, replayed on the corpus when it arrives (as a terminal's
    /// typeahead would be), so moving or searching before the corpus is ready is not lost.
    private var typeahead: [Key] = []
    /// At most this many keys are kept for the replay (a key held down through a long analysis).
    static let replayLimit = 1_000

    public var model: CorpusModel { catalog.model }
    /// True once the user asked to quit.
    public var wantsQuit: Bool { state.wantsQuit }
    /// True while the user has switched mouse support on.
    public var mouseEnabled: Bool { state.mouseEnabled }
    /// True after Ctrl-L: repaint every cell, then call `acknowledgeRedraw()`.
    public var needsFullRedraw: Bool { state.needsFullRedraw }

    public init(model: CorpusModel, width: Int = 80, height: Int = 24) {
        self.init(catalog: Catalog(model: model), width: width, height: height)
    }

    /// Opens on a model whose catalog is already built.
    public init(catalog: Catalog, width: Int = 80, height: Int = 24) {
        self.catalog = catalog
        state = AppState(catalog: catalog, width: width, height: height)
        // Start on the first selectable row of every list, with the first article open in the reader.
        for pane in [PaneID.entities, .timeline, .articles] {
            state.update(.focus(pane), catalog: catalog)
            state.update(.top, catalog: catalog)
        }
        if state.rows.articleCount > 0 { state.update(.open, catalog: catalog) }
        state.update(.focus(.timeline), catalog: catalog)
        state.readerOrigin = nil
        state.message = nil
    }

    /// Opens at once on a corpus still being analysed: the panes and the status bar show the progress
    /// until `pollBackgroundWork()` finds the model. Quitting, help and resizing work meanwhile.
    public init(loading analysis: BackgroundAnalysis, width: Int = 80, height: Int = 24) {
        self.init(model: analysis.placeholder, width: width, height: height)
        self.analysis = analysis
        state.progress = analysis.progress.snapshot.description
    }

    /// True while a background analysis or a corpus-wide search runs: the front end should call
    /// `pollBackgroundWork()` between keys (at once while `isSearching`, else every 100 ms or so).
    public var hasBackgroundWork: Bool { analysis != nil || isSearching }

    /// True while a corpus-wide search is scanning in slices.
    public var isSearching: Bool { state.scan != nil }

    /// Does a slice of background work; returns true when the screen changed: a search slice ran, the
    /// analysis's progress moved, or its model arrived (it replaces the placeholder at the same size,
    /// and the keys pressed meanwhile replay on it).
    public mutating func pollBackgroundWork() -> Bool {
        if isSearching {
            state.continueScan(catalog: catalog)
            return true
        }
        guard let analysis else { return false }
        guard let catalog = analysis.catalog else {
            let progress = analysis.progress.snapshot.description
            guard progress != state.progress else { return false }
            state.progress = progress
            return true
        }
        let keys = typeahead
        self = Application(catalog: catalog, width: state.width, height: state.height)
        keys.forEach { handle($0) }
        return true
    }

    /// Runs background work to its end: a search to its match, the analysis to its model (headless runs).
    public mutating func finishBackgroundWork() {
        analysis?.wait()
        while hasBackgroundWork { _ = pollBackgroundWork() }
    }

    /// Applies one key press through the key map (as prompt text while the prompt is open).
    public mutating func handle(_ key: Key) {
        if analysis != nil, typeahead.count < Self.replayLimit { typeahead.append(key) }
        let action = state.prompt != nil ? KeyMap.promptAction(for: key) : KeyMap.action(for: key)
        if let action {
            handle(action)
        } else if state.prompt == nil {
            state.message = "Unbound key \(KeyName.label(key)): ? shows keys"
        }
    }

    /// Applies one action.
    public mutating func handle(_ action: Action) {
        state.update(action, catalog: catalog)
    }

    /// Tells the UI the screen size changed; selections and the reader's place survive.
    public mutating func resize(width: Int, height: Int) {
        handle(.resize(width: width, height: height))
    }

    /// Clears the full-redraw request once the backend has repainted.
    public mutating func acknowledgeRedraw() { state.needsFullRedraw = false }

    /// Shows a message in the status bar until the next key (progress, errors from the backend).
    public mutating func showMessage(_ message: String) { state.message = message }

    /// Shows the progress of long work in the status bar until cleared with nil; keys keep working meanwhile.
    public mutating func setProgress(_ progress: String?) { state.progress = progress }

    /// Draws the whole screen at the size last given to `resize`.
    public func render() -> Grid { render(width: state.width, height: state.height) }

    /// Draws the whole screen at a size.
    public func render(width: Int, height: Int) -> Grid {
        Renderer.render(state, catalog: catalog, width: width, height: height)
    }
}
