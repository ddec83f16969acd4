import SitrepCore

/// The reader pane: the open article wrapped to the pane, with entity and date mentions styled, the
/// cited sentence highlighted, search matches marked and, on request, the boilerplate cleaning removed.
struct ReaderPane {
    let state: AppState
    let catalog: Catalog

    func draw(into grid: inout Grid, layout: Layout) {
        let inner = layout.content(for: .reader)
        let reader = state.reader
        guard let index = reader.article else {
            drawFrame(&grid, layout: layout, title: "Reader", note: nil)
            let note = Placeholder.note("Select an event or an article and press Enter.", state: state)
            Placeholder.draw(note, into: &grid, in: inner)
            return
        }
        let article = catalog.model.articles[index]
        let document = reader.document.flatMap { $0.width == inner.width ? $0 : nil }
            ?? ReaderDocument(model: catalog.model, article: index, width: max(1, inner.width),
                              showBoilerplate: reader.showBoilerplate)
        let top = min(reader.top, max(0, document.lines.count - 1))
        let bottom = min(document.lines.count, top + inner.height)
        // Zoomed, the reader scrolls like a pager: nothing on screen may change with every line but the
        // text, so the note gives the length rather than the position.
        var note = layout.zoomed == .reader ? "\(document.lines.count) lines" : "\(bottom)/\(document.lines.count)"
        if reader.showBoilerplate { note = "+boilerplate " + note }
        var title = "Reader · \(article.outlet)"
        if let entry = reader.entry {
            let sources = catalog.model.timeline.sources(of: entry)
            if sources.count > 1 { title += " (\(reader.source + 1)/\(sources.count) outlets, o)" }
        }
        drawFrame(&grid, layout: layout, title: title, note: note)
        let query = (state.prompt?.pane == .reader ? state.prompt?.text : nil)
            ?? (state.search?.pane == .reader ? state.search?.query : nil)
        let search = query.flatMap(TextSearch.init)
        for line in top..<bottom {
            let y = inner.y + line - top
            switch document.lines[line] {
            case .blank: break
            case .heading(let text, let style): grid.write(text, x: inner.x, y: y, style: style)
            case .boilerplate(let text): grid.write(text, x: inner.x, y: y, style: .boilerplate)
            case .text(let paragraph, let range):
                drawText(article, paragraph: paragraph, range: range, search: search, into: &grid, x: inner.x, y: y)
            }
        }
    }

    /// The pane's frame; zoomed, only its top edge, so the text rows span the screen.
    private func drawFrame(_ grid: inout Grid, layout: Layout, title: String, note: String?) {
        if layout.zoomed == .reader {
            Box.drawTopRule(&grid, layout.rect(for: .reader), title: title, note: note)
        } else {
            Box.draw(&grid, layout.rect(for: .reader), title: title, note: note, focused: state.focus == .reader)
        }
    }

    private func drawText(_ article: AnalyzedArticle, paragraph: Int, range: Range<Int>, search: TextSearch?,
                          into grid: inout Grid, x: Int, y: Int) {
        let text = article.cleaned.paragraphs[paragraph].text
        let marks = marksOverlapping(paragraph: paragraph, range: range)
        let matches = search?.ranges(in: text).filter { $0.overlaps(range) } ?? []
        // Write runs of equally styled text, not single characters.
        var column = x
        var byte = range.lowerBound
        var run = ""
        var runStyle = Style.normal
        for character in ReaderDocument.slice(text, range) {
            let current = style(at: byte, paragraph: paragraph, marks: marks, matches: matches, article)
            if current != runStyle, !run.isEmpty {
                column = grid.write(run, x: column, y: y, style: runStyle)
                run = ""
            }
            runStyle = current
            run.append(character)
            byte += character.utf8.count
        }
        grid.write(run, x: column, y: y, style: runStyle)
    }

    /// Indices into the reader marks that touch a line, found by binary search on the sorted marks.
    private func marksOverlapping(paragraph: Int, range: Range<Int>) -> [Int] {
        let marks = state.reader.marks
        var low = 0, high = marks.count
        while low < high {
            let mid = (low + high) / 2
            if marks[mid].span.paragraph < paragraph { low = mid + 1 } else { high = mid }
        }
        var found: [Int] = []
        while low < marks.count, marks[low].span.paragraph == paragraph {
            if marks[low].span.start < range.upperBound, marks[low].span.end > range.lowerBound { found.append(low) }
            low += 1
        }
        return found
    }

    private func style(at byte: Int, paragraph: Int, marks: [Int], matches: [Range<Int>],
                       _ article: AnalyzedArticle) -> Style {
        let reader = state.reader
        let mark = marks.first { reader.marks[$0].span.start <= byte && byte < reader.marks[$0].span.end }
        if let mark, mark == reader.cursor {
            var style = markStyle(reader.marks[mark], article)
            style.attributes.insert(.reverse)
            return style
        }
        if matches.contains(where: { $0.contains(byte) }) { return .searchMatch }
        if let mark { return markStyle(reader.marks[mark], article) }
        if let highlight = reader.highlight, highlight.paragraph == paragraph,
           highlight.start <= byte, byte < highlight.end {
            return .sentence
        }
        return .normal
    }

    private func markStyle(_ mark: ReaderMark, _ article: AnalyzedArticle) -> Style {
        switch mark.kind {
        case .date: return .dateMention
        case .entity(let mention):
            let entity = article.entities[mention].entity
            guard entity < catalog.model.entities.count else { return .normal }
            return entity == state.filter ? .emphasis : .entity(catalog.model.entities[entity].kind)
        }
    }
}
