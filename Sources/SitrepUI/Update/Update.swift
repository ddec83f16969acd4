/// `update(state, action)`: the only place the state changes.
extension AppState {
    mutating func update(_ action: Action, catalog: Catalog) {
        message = nil
        switch action {
        case .resize(let width, let height):
            resize(width: width, height: height, catalog: catalog)
        case .redraw:
            needsFullRedraw = true
        default:
            if prompt != nil {
                updatePrompt(action, catalog: catalog)
            } else if helpVisible {
                updateHelp(action)
            } else {
                scan = nil // a key after the search was accepted stops it where it got to
                apply(action, catalog: catalog)
            }
        }
        normalize(catalog: catalog)
    }

    private mutating func apply(_ action: Action, catalog: Catalog) {
        let page = viewportHeight(focus, catalog: catalog)
        switch action {
        case .focusNext: focus = focus.cycled(by: 1)
        case .focusPrevious: focus = focus.cycled(by: -1)
        case .focus(let pane): focus = pane
        case .moveDown: move(by: 1, catalog: catalog)
        case .moveUp: move(by: -1, catalog: catalog)
        case .pageDown: move(by: page, catalog: catalog)
        case .pageUp: move(by: -page, catalog: catalog)
        case .halfPageDown: move(by: max(1, page / 2), catalog: catalog)
        case .halfPageUp: move(by: -max(1, page / 2), catalog: catalog)
        case .top: move(to: 0, catalog: catalog)
        case .bottom: move(to: Int.max / 2, catalog: catalog)
        case .open: open(catalog: catalog)
        case .back: back(catalog: catalog)
        case .search: startSearch()
        case .searchNext: repeatSearch(forward: true, catalog: catalog)
        case .searchPrevious: repeatSearch(forward: false, catalog: catalog)
        case .nextMention: stepMention(by: 1, catalog: catalog)
        case .previousMention: stepMention(by: -1, catalog: catalog)
        case .nextSource: stepSource(by: 1, catalog: catalog)
        case .previousSource: stepSource(by: -1, catalog: catalog)
        case .toggleBoilerplate: toggleBoilerplate(catalog: catalog)
        case .toggleHelp:
            helpVisible = true
            helpScroll = 0
        case .toggleZoom:
            zoomed.toggle()
        case .toggleMouse:
            mouseEnabled.toggle()
            message = mouseEnabled ? "Mouse on (m turns it off to copy text)" : "Mouse off"
        case .quit: wantsQuit = true
        case .mouse(let event): if mouseEnabled { handleMouse(event, catalog: catalog) }
        case .resize, .redraw, .promptInsert, .promptBackspace, .promptAccept, .promptCancel: break
        }
    }

    private mutating func updateHelp(_ action: Action) {
        switch action {
        case .toggleHelp, .back, .quit: helpVisible = false
        case .moveDown: helpScroll += 1
        case .moveUp: helpScroll = max(0, helpScroll - 1)
        case .pageDown, .halfPageDown: helpScroll += max(1, height / 2)
        case .pageUp, .halfPageUp: helpScroll = max(0, helpScroll - max(1, height / 2))
        case .top: helpScroll = 0
        case .bottom: helpScroll = Int.max / 2
        default: break
        }
        helpScroll = min(helpScroll, HelpOverlay.maxScroll(width: width, height: height))
    }

    private mutating func resize(width: Int, height: Int, catalog: Catalog) {
        self.width = max(0, width)
        self.height = max(0, height)
        rewrapReader(catalog: catalog)
    }

    /// Rebuilds the rows after the filter or background toggle changed.
    mutating func rebuildRows(catalog: Catalog) {
        rows = PaneRows(catalog: catalog, filter: filter, showBackground: showBackground)
    }
}
