/// Moving the selection or the reader's scroll position, and the mouse.
extension AppState {
    mutating func move(by delta: Int, catalog: Catalog) {
        if focus == .reader {
            reader.top += delta
            return
        }
        var cursor = self.cursor(focus)
        let rows = self.rows
        let pane = focus
        cursor.move(by: delta, count: rows.count(pane), height: viewportHeight(pane, catalog: catalog)) {
            rows.isSelectable(pane, $0)
        }
        setCursor(pane, cursor)
    }

    mutating func move(to row: Int, catalog: Catalog) {
        if focus == .reader {
            reader.top = row
            return
        }
        var cursor = self.cursor(focus)
        cursor.selected = min(row, max(0, rows.count(focus) - 1))
        setCursor(focus, cursor)
        move(by: 0, catalog: catalog)
    }

    /// Selects a row in a list pane and keeps it visible.
    mutating func select(row: Int, in pane: PaneID, catalog: Catalog) {
        var cursor = self.cursor(pane)
        cursor.selected = row
        cursor.clamp(count: rows.count(pane), height: viewportHeight(pane, catalog: catalog))
        setCursor(pane, cursor)
    }

    mutating func handleMouse(_ event: MouseEvent, catalog: Catalog) {
        let layout = self.layout
        guard !layout.isTooSmall, let pane = layout.pane(atX: event.x, y: event.y) else { return }
        focus = pane
        switch event.kind {
        case .wheelUp: move(by: -3, catalog: catalog)
        case .wheelDown: move(by: 3, catalog: catalog)
        case .press:
            guard pane != .reader else { return }
            let inner = layout.rect(for: pane).inner
            let top = inner.y + (pane == .timeline ? stripHeight(catalog: catalog, layout: layout) : 0)
            let row = cursor(pane).scroll + event.y - top
            if event.y >= top, row >= 0, row < rows.count(pane), rows.isSelectable(pane, row) {
                select(row: row, in: pane, catalog: catalog)
            }
        }
    }
}
