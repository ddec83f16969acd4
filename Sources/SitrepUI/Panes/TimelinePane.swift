import SitrepCore

/// The timeline pane: the day strip, then the event list with dates, summaries, outlets and conflict marks.
struct TimelinePane {
    let state: AppState
    let catalog: Catalog

    func draw(into grid: inout Grid, layout: Layout) {
        let rect = layout.rect(for: .timeline)
        let rows = state.rows.timeline
        Box.draw(&grid, rect, title: title, note: rows.isEmpty ? nil : "\(state.timeline.selected + 1)/\(rows.count)",
                 focused: state.focus == .timeline)
        let inner = rect.inner
        let strip = state.stripHeight(catalog: catalog, layout: layout)
        if strip > 0 { drawStrip(into: &grid, inner: inner, rows: strip - 1) }
        let list = Rect(x: inner.x, y: inner.y + strip, width: inner.width, height: inner.height - strip)
        if rows.isEmpty {
            let empty = "No events" + (state.filter == nil ? "" : " for this filter (Esc clears)")
            Placeholder.draw(Placeholder.note(empty, state: state), into: &grid, in: list)
            return
        }
        RowWriter.drawVisible(rows.count, cursor: state.timeline, in: list, focused: state.focus == .timeline,
                              into: &grid) { index, writer, grid in
            draw(rows[index], &writer, &grid)
        }
    }

    private var title: String {
        guard let filter = state.filter else { return "Timeline" }
        return "Timeline · \(catalog.model.entities[filter].name)"
    }

    private func draw(_ row: TimelineRow, _ writer: inout RowWriter, _ grid: inout Grid) {
        switch row {
        case .background(let count, let expanded):
            writer.write(&grid, expanded ? "▾ " : "▸ ", Style(.dim))
            writer.write(&grid, "Background (\(count))", Style(.paneTitle, .bold))
            writer.write(&grid, expanded ? "" : "  Enter shows events before the window", Style(.dim))
        case .entry(let index):
            let entry = catalog.model.timeline.entries[index]
            writer.write(&grid, DateText.short(entry.date, year: catalog.window?.lowerBound.year), Style(.date))
            writer.write(&grid, entry.conflict ? "! " : "  ", entry.conflict ? Style(.conflict, .bold) : .normal)
            // Outlets get a fixed share of the row, so each outlet looks the same on every row.
            let groups = catalog.entryIndex.outlets(of: index)
            let outlets = OutletAbbreviation.list(groups.map { catalog.outlets[Int($0)].outlet },
                                                  abbreviated: groups.map { catalog.outletAbbreviations[Int($0)] },
                                                  width: writer.remaining / 4)
            let outletWidth = DisplayWidth.of(outlets)
            let summaryWidth = writer.remaining - (outletWidth > 0 ? outletWidth + 1 : 0)
            let summaryStyle = entry.kind == .publication ? Style(.dim) : Style.normal
            writer.write(&grid, entry.summary.truncated(toWidth: summaryWidth), summaryStyle)
            if outletWidth > 0 { writer.writeRight(&grid, outlets, Style(.dim)) }
        }
    }

    /// Month rows of the strip, scrolled so the selected day's row shows.
    private func drawStrip(into grid: inout Grid, inner: Rect, rows visible: Int) {
        let strip = DayStrip(window: catalog.window, width: inner.width)
        let selectedDay = self.selectedDay
        let selectedRow = selectedDay.flatMap(strip.row(ofDay:)) ?? 0
        let first = max(0, min(selectedRow - visible + 1, strip.rows.count - visible))
        for offset in 0..<visible where first + offset < strip.rows.count {
            let y = inner.y + offset
            var x = inner.x
            for month in strip.rows[first + offset] {
                x = grid.write(month.label + " ", x: x, y: y, style: Style(.paneTitle), maxX: inner.x + inner.width)
                for day in month.firstDay..<(month.firstDay + month.days) {
                    var (text, style) = DayStrip.cell(count: state.rows.dayCounts[day])
                    if day == selectedDay { style.attributes.insert(.reverse) }
                    x = grid.write(text, x: x, y: y, style: style, maxX: inner.x + inner.width)
                }
                x += 1
            }
        }
        let rule = String(repeating: "─", count: inner.width)
        grid.write(rule, x: inner.x, y: inner.y + visible, style: Style(.border))
    }

    /// The strip day of the selected entry, when it falls inside the window.
    private var selectedDay: Int? {
        guard let window = catalog.window, state.timeline.selected < state.rows.timeline.count,
              case .entry(let index) = state.rows.timeline[state.timeline.selected],
              case .day(let date) = catalog.model.timeline.entries[index].date, window.contains(date) else {
            return nil
        }
        return date.dayNumber - window.lowerBound.dayNumber
    }
}
