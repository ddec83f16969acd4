/// The articles pane: articles grouped under their outlet with counts, each row a date and headline.
struct ArticlesPane {
    let state: AppState
    let catalog: Catalog

    func draw(into grid: inout Grid, layout: Layout) {
        let rect = layout.rect(for: .articles)
        let rows = state.rows.articles
        var title = "Articles"
        if let filter = state.filter { title += " · \(catalog.model.entities[filter].name)" }
        Box.draw(&grid, rect, title: title, note: "\(state.rows.articleCount)", focused: state.focus == .articles)
        let inner = rect.inner
        if rows.isEmpty { Placeholder.draw(Placeholder.note("No articles", state: state), into: &grid, in: inner) }
        let year = catalog.window?.lowerBound.year
        RowWriter.drawVisible(rows.count, cursor: state.articles, in: inner, focused: state.focus == .articles,
                              into: &grid) { index, writer, grid in
            switch rows[index] {
            case .outlet(let name, let count):
                writer.write(&grid, "\(name) (\(count))", Style(.paneTitle, .bold))
            case .article(let article):
                let item = catalog.model.articles[article]
                let open = state.reader.article == article
                writer.write(&grid, open ? "▸ " : "  ", Style(.dim))
                writer.write(&grid, DateText.short(item.source.metadata.published, year: year), Style(.date))
                writer.write(&grid, item.title.truncated(toWidth: writer.remaining))
            }
        }
    }
}
