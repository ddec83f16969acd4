import SitrepCore

/// The facade a front end drives: feed it keys, actions and sizes, ask it for a grid.
public struct Application: Sendable {
    public let catalog: Catalog
    public private(set) var state: AppState

    public var model: CorpusModel { catalog.model }
    /// True once the user asked to quit.
    public var wantsQuit: Bool { state.wantsQuit }
    /// True while the user has switched mouse support on.
    public var mouseEnabled: Bool { state.mouseEnabled }
    /// True after Ctrl-L: repaint every cell, then call `acknowledgeRedraw()`.
    public var needsFullRedraw: Bool { state.needsFullRedraw }

    public init(model: CorpusModel, width: Int = 80, height: Int = 24) {
        catalog = Catalog(model: model)
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

    /// Applies one key press through the key map (as prompt text while the prompt is open).
    public mutating func handle(_ key: Key) {
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
