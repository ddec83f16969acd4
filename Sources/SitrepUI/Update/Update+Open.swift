import SitrepCore

/// Enter and Esc: opening events, articles and entity filters, and going back.
extension AppState {
    mutating func open(catalog: Catalog) {
        switch focus {
        case .timeline:
            guard timeline.selected < rows.timeline.count else { return }
            switch rows.timeline[timeline.selected] {
            case .background:
                showBackground.toggle()
                rebuildRows(catalog: catalog)
            case .entry(let index):
                openEntry(index, source: 0, catalog: catalog)
            }
        case .articles:
            guard articles.selected < rows.articles.count,
                  case .article(let index) = rows.articles[articles.selected] else { return }
            reader.entry = nil
            openArticle(index, highlight: nil, catalog: catalog)
        case .entities:
            guard entities.selected < rows.entities.count,
                  case .entity(let index) = rows.entities[entities.selected] else { return }
            applyFilter(index, catalog: catalog)
        case .reader:
            openMentionUnderCursor(catalog: catalog)
        }
    }

    mutating func back(catalog: Catalog) {
        if search != nil {
            search = nil
            reader.match = nil
            message = "Search cleared"
        } else if focus == .reader, let origin = readerOrigin {
            focus = origin
            readerOrigin = nil
        } else if filter != nil {
            applyFilter(nil, catalog: catalog)
            message = "Filter cleared"
        }
    }

    /// Narrows the timeline and article list to one entity, or clears the filter with nil.
    mutating func applyFilter(_ entity: Int?, catalog: Catalog) {
        filter = entity
        rebuildRows(catalog: catalog)
        timeline = ListCursor()
        articles = ListCursor()
        let height = viewportHeight(.articles, catalog: catalog)
        let rows = self.rows
        articles.move(by: 0, count: rows.articles.count, height: height) { rows.isSelectable(.articles, $0) }
        if let entity {
            let item = catalog.model.entities[entity]
            message = "Filter: \(item.name): \(rows.timeline.count) timeline rows, \(item.articles.count) articles"
        }
    }

    /// Opens a timeline entry's source in the reader at the cited sentence.
    mutating func openEntry(_ index: Int, source: Int, catalog: Catalog) {
        let sources = catalog.model.timeline.sources(of: index)
        guard !sources.isEmpty else { return }
        let source = (source % sources.count + sources.count) % sources.count
        let cited = sources[sources.startIndex + source]
        reader.entry = index
        reader.source = source
        openArticle(cited.article, highlight: cited.span.length > 0 ? cited.span : nil, catalog: catalog)
        if sources.count > 1 {
            let outlet = cited.outlet(in: catalog.model.articles)
            message = "Source \(source + 1)/\(sources.count): \(outlet) (o/O: other outlets)"
        }
    }

    /// Shows an article in the reader and focuses it, remembering where to go back to.
    mutating func openArticle(_ index: Int, highlight: TextSpan?, catalog: Catalog) {
        if reader.article != index {
            reader.article = index
            reader.marks = ReaderMark.marks(of: catalog.model.articles[index])
            reader.cursor = nil
            reader.document = nil
        }
        reader.highlight = highlight
        rewrapReader(catalog: catalog)
        reader.top = 0
        if let highlight, let line = reader.document?.line(paragraph: highlight.paragraph, offset: highlight.start) {
            reader.top = max(0, line - viewportHeight(.reader, catalog: catalog) / 3)
        }
        if focus != .reader { readerOrigin = focus }
        focus = .reader
        if let row = rows.articles.firstIndex(of: .article(index)) { select(row: row, in: .articles, catalog: catalog) }
    }

    mutating func stepSource(by step: Int, catalog: Catalog) {
        guard let entry = reader.entry else {
            message = "Open an event from the Timeline to step through its outlets"
            return
        }
        let origin = readerOrigin
        openEntry(entry, source: reader.source + step, catalog: catalog)
        readerOrigin = origin ?? readerOrigin
        if catalog.model.timeline.sources(of: entry).count < 2 { message = "Only one outlet reports this" }
    }

    /// Enter in the reader: an entity mention filters by it; a date mention finds its day on the timeline.
    private mutating func openMentionUnderCursor(catalog: Catalog) {
        guard let cursor = reader.cursor, let index = reader.article, cursor < reader.marks.count else { return }
        let article = catalog.model.articles[index]
        switch reader.marks[cursor].kind {
        case .entity(let mention):
            let entity = article.entities[mention].entity
            if catalog.model.entities.indices.contains(entity) { applyFilter(entity, catalog: catalog) }
        case .date(let mention):
            guard let value = article.dates[mention].value else { return }
            let entries = catalog.model.timeline.entries
            if let row = rows.timeline.firstIndex(where: { row in
                if case .entry(let entry) = row { return entries[entry].date.lastDay >= value.firstDay }
                return false
            }) {
                select(row: row, in: .timeline, catalog: catalog)
                focus = .timeline
            }
        }
    }
}
