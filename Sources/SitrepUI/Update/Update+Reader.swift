import SitrepCore

/// The reader's own actions: mention cursor, boilerplate toggle and rewrapping.
extension AppState {
    /// Moves the cursor to the next or previous entity or date mention and scrolls it into view.
    mutating func stepMention(by step: Int, catalog: Catalog) {
        guard reader.article != nil, let document = reader.document, !reader.marks.isEmpty else {
            message = "No entity or date mentions here"
            return
        }
        let height = viewportHeight(.reader, catalog: catalog)
        let next: Int
        // A cursor scrolled out of view restarts from the visible text rather than jumping back to it.
        if let cursor = reader.cursor, let line = document.line(paragraph: reader.marks[cursor].span.paragraph,
                                                                offset: reader.marks[cursor].span.start),
           line >= reader.top, line < reader.top + height {
            next = cursor + step
        } else {
            let top = document.anchor(ofLine: reader.top) ?? (0, 0)
            let first = reader.marks.firstIndex { ($0.span.paragraph, $0.span.start) >= (top.paragraph, top.offset) }
            next = step > 0 ? (first ?? reader.marks.count - 1) : max(0, (first ?? reader.marks.count) - 1)
        }
        guard next >= 0, next < reader.marks.count else {
            message = step > 0 ? "Last mention" : "First mention"
            return
        }
        reader.cursor = next
        let span = reader.marks[next].span
        if let line = document.line(paragraph: span.paragraph, offset: span.start),
           line < reader.top || line >= reader.top + height {
            reader.top = max(0, line - height / 3)
        }
    }

    mutating func toggleBoilerplate(catalog: Catalog) {
        reader.showBoilerplate.toggle()
        rewrapReader(catalog: catalog)
        message = reader.showBoilerplate ? "Showing removed boilerplate (v hides)" : "Boilerplate hidden"
    }

    /// Rewraps the open article when the pane width (resize, zoom) or the boilerplate toggle changed,
    /// keeping the top line's place.
    mutating func rewrapReader(catalog: Catalog) {
        guard let article = reader.article else { return }
        let width = layout.content(for: .reader).width
        if let document = reader.document, document.article == article, document.width == width,
           document.showBoilerplate == reader.showBoilerplate { return }
        let anchor = reader.document?.anchor(ofLine: reader.top)
        let document = ReaderDocument(model: catalog.model, article: article, width: max(1, width),
                                      showBoilerplate: reader.showBoilerplate)
        reader.document = document
        if let anchor, let line = document.line(paragraph: anchor.paragraph, offset: anchor.offset) {
            reader.top = reader.top == 0 ? 0 : line
        }
    }
}
