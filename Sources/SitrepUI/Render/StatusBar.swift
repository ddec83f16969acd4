import SitrepCore

/// The bottom line: the prompt while searching; otherwise the message, the zoom, the active filter and
/// search, what the reader cursor is on (a date's resolved value), and key hints from the key table.
struct StatusBar {
    let state: AppState
    let catalog: Catalog

    func draw(into grid: inout Grid, layout: Layout) {
        let rect = layout.statusBar
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: Style(.statusBar))
        if let prompt = state.prompt {
            var x = grid.write("Search \(prompt.pane.title): ", x: 0, y: rect.y, style: Style(.statusBar, .bold))
            x = grid.write(prompt.text, x: x, y: rect.y, style: Style(.prompt))
            grid.write(" ", x: x, y: rect.y, style: Style(.prompt, .reverse))
            let note = state.message ?? "Enter accepts · Esc cancels"
            grid.write(note, x: max(x + 2, rect.width - DisplayWidth.of(note)), y: rect.y,
                       style: Style(.statusBar, .dim))
            return
        }
        let left = segments.joined(separator: " │ ")
        let hints = self.hints(maxWidth: min(rect.width / 2, max(6, rect.width - DisplayWidth.of(left) - 2)))
        let hintsX = rect.width - DisplayWidth.of(hints)
        grid.write(left.truncated(toWidth: hintsX - 1), x: 0, y: rect.y, style: Style(.statusBar))
        grid.write(hints, x: hintsX, y: rect.y, style: Style(.statusKey))
    }

    var segments: [String] {
        var parts: [String] = []
        if let progress = state.progress { parts.append(progress) }
        if let message = state.message { parts.append(message) }
        // Said for as long as it lasts (not as a message the next key clears), like a pager's mode line.
        if state.zoomed { parts.append("zoomed (z: all panes)") }
        if let filter = state.filter {
            parts.append("Filter: \(catalog.model.entities[filter].name) (Esc clears)")
        }
        if let search = state.search { parts.append("/\(search.query) (n/N)") }
        if state.focus == .reader, let cursor = cursorDescription { parts.append(cursor) }
        if state.focus == .timeline, let entry = selectedEntryDescription { parts.append(entry) }
        if state.mouseEnabled { parts.append("mouse on") }
        if parts.isEmpty { parts.append(catalog.model.title) }
        return parts
    }

    /// What the reader cursor is on: a date with its resolved value, or an entity with its kind.
    var cursorDescription: String? {
        let reader = state.reader
        guard let cursor = reader.cursor, let index = reader.article, cursor < reader.marks.count else { return nil }
        let article = catalog.model.articles[index]
        switch reader.marks[cursor].kind {
        case .date(let mention):
            let date = article.dates[mention]
            return "“\(date.text)” = \(date.value?.iso ?? "unresolved")"
        case .entity(let mention):
            let index = article.entities[mention].entity
            guard catalog.model.entities.indices.contains(index) else { return nil }
            let entity = catalog.model.entities[index]
            return "\(entity.name) (\(entity.kind.rawValue), \(entity.mentionCount) mentions)"
        }
    }

    /// The selected event's exact date and its outlets, which the list row may abbreviate.
    var selectedEntryDescription: String? {
        guard state.timeline.selected < state.rows.timeline.count,
              case .entry(let index) = state.rows.timeline[state.timeline.selected] else { return nil }
        let entry = catalog.model.timeline.entries[index]
        let outlets = catalog.model.timeline.outlets(of: index, in: catalog.model.articles)
        var text = "\(entry.date.iso) · \(outlets.joined(separator: ", "))"
        if entry.conflict { text += " · figures disagree" }
        return text
    }

    private func hints(maxWidth: Int) -> String {
        var text = ""
        for hint in KeyMap.hints(for: state.focus) {
            let item = "\(hint.key):\(hint.label)"
            if DisplayWidth.of(text) + DisplayWidth.of(item) + 1 > maxWidth { break }
            text += (text.isEmpty ? "" : " ") + item
        }
        return text
    }
}
