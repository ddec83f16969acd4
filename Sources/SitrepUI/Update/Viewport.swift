/// The sizes update and render agree on: how many rows each pane shows at the current size.
extension AppState {
    var layout: Layout { Layout(width: width, height: height, zoomed: zoomedPane) }

    /// The pane shown alone while zoomed: always the focused one.
    var zoomedPane: PaneID? { zoomed ? focus : nil }

    /// Rows the day strip takes at the top of the timeline, separator included.
    func stripHeight(catalog: Catalog, layout: Layout) -> Int {
        let inner = layout.rect(for: .timeline).inner
        let strip = DayStrip(window: catalog.window, width: inner.width)
        guard !strip.rows.isEmpty else { return 0 }
        return min(strip.rows.count, max(1, (inner.height - 2) / 3)) + 1
    }

    /// Rows of content a pane shows: list rows, or reader lines.
    func viewportHeight(_ pane: PaneID, catalog: Catalog, layout: Layout) -> Int {
        let inner = layout.content(for: pane).height
        return max(1, pane == .timeline ? inner - stripHeight(catalog: catalog, layout: layout) : inner)
    }

    func viewportHeight(_ pane: PaneID, catalog: Catalog) -> Int {
        viewportHeight(pane, catalog: catalog, layout: layout)
    }

    /// Clamps every cursor and the reader scroll after a change, keeping selections visible.
    mutating func normalize(catalog: Catalog) {
        timeline.clamp(count: rows.timeline.count, height: viewportHeight(.timeline, catalog: catalog))
        articles.clamp(count: rows.articles.count, height: viewportHeight(.articles, catalog: catalog))
        entities.clamp(count: rows.entities.count, height: viewportHeight(.entities, catalog: catalog))
        rewrapReader(catalog: catalog)
        let lines = reader.document?.lines.count ?? 0
        reader.top = max(0, min(reader.top, lines - viewportHeight(.reader, catalog: catalog)))
    }

    func cursor(_ pane: PaneID) -> ListCursor {
        switch pane {
        case .timeline: timeline
        case .articles: articles
        case .entities: entities
        case .reader: ListCursor(selected: reader.top, scroll: reader.top)
        }
    }

    mutating func setCursor(_ pane: PaneID, _ cursor: ListCursor) {
        switch pane {
        case .timeline: timeline = cursor
        case .articles: articles = cursor
        case .entities: entities = cursor
        case .reader: reader.top = cursor.selected
        }
    }
}
