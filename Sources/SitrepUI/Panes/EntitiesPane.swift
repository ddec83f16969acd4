import SitrepCore

/// The entities pane: people, organisations and places with mention counts and aliases.
struct EntitiesPane {
    let state: AppState
    let catalog: Catalog

    func draw(into grid: inout Grid, layout: Layout) {
        let rect = layout.rect(for: .entities)
        let rows = state.rows.entities
        Box.draw(&grid, rect, title: "Entities", note: "\(catalog.model.entities.count)",
                 focused: state.focus == .entities)
        let inner = rect.inner
        if rows.isEmpty {
            Placeholder.draw(Placeholder.note("No entities found", state: state), into: &grid, in: inner)
            return
        }
        RowWriter.drawVisible(rows.count, cursor: state.entities, in: inner, focused: state.focus == .entities,
                              into: &grid) { index, writer, grid in
            switch rows[index] {
            case .kind(let kind, let count):
                writer.write(&grid, "\(Self.heading(kind)) (\(count))", Style(.paneTitle, .bold))
            case .entity(let entity):
                let item = catalog.model.entities[entity]
                writer.write(&grid, state.filter == entity ? "● " : "  ", Style(.emphasis, .bold))
                writer.write(&grid, item.name, Style.entity(item.kind))
                writer.write(&grid, " \(item.mentionCount)", Style(.dim))
                let aliases = item.aliases.filter { $0 != item.name }
                if !aliases.isEmpty {
                    writer.write(&grid, " " + aliases.joined(separator: ", ").truncated(toWidth: writer.remaining - 1),
                                 Style(.dim))
                }
            }
        }
    }

    static func heading(_ kind: EntityKind) -> String {
        switch kind {
        case .person: "People"
        case .organisation: "Organisations"
        case .place: "Places"
        }
    }
}
