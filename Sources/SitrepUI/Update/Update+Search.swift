import SitrepCore

/// `/`, `n` and `N`: incremental search in the focused pane, across the whole corpus in the reader.
extension AppState {
    mutating func startSearch() {
        prompt = Prompt(text: "", pane: focus, origin: currentPosition())
    }

    mutating func updatePrompt(_ action: Action, catalog: Catalog) {
        guard var prompt else { return }
        var start = prompt.origin
        switch action {
        case .promptInsert(let character):
            // A longer query matches at or after where the shorter one did, and nowhere if it did not
            // (unless that search was still running).
            guard prompt.text.isEmpty || prompt.hit != nil || scan != nil else {
                prompt.text.append(character)
                self.prompt = prompt
                message = "No match for \(prompt.text)"
                return
            }
            start = prompt.hit ?? prompt.origin
            prompt.text.append(character)
        case .promptBackspace:
            guard !prompt.text.isEmpty else { return }
            prompt.text.removeLast()
        case .promptAccept:
            search = prompt.text.isEmpty ? nil : SearchState(query: prompt.text, pane: prompt.pane)
            self.prompt = nil
            return
        case .promptCancel:
            scan = nil
            restore(prompt.origin, catalog: catalog)
            self.prompt = nil
            return
        default:
            return
        }
        search = nil
        scan = nil
        prompt.hit = nil
        self.prompt = prompt
        restore(prompt.origin, catalog: catalog)
        guard let query = TextSearch(prompt.text) else { return }
        find(prompt.text, query, from: start, forward: true, includingStart: true, catalog: catalog)
    }

    mutating func repeatSearch(forward: Bool, catalog: Catalog) {
        guard let search, let query = TextSearch(search.query) else {
            message = "No search yet: press / to search"
            return
        }
        find(search.query, query, from: currentPosition(), forward: forward, includingStart: false, catalog: catalog)
    }

    /// Searches a list pane's rows at once, or starts a corpus scan from a reader position.
    private mutating func find(_ text: String, _ query: TextSearch, from position: SearchPosition, forward: Bool,
                               includingStart: Bool, catalog: Catalog) {
        switch position {
        case .row(let start):
            if let row = findRow(query, from: start, forward: forward, includingStart: includingStart, catalog: catalog) {
                found(.row(row), catalog: catalog)
            } else {
                message = "No match for \(text)"
            }
        case .text(let article, let paragraph, let offset, _):
            scan = CorpusScan(query: text, from: article ?? 0, paragraph: paragraph, offset: offset,
                              forward: forward, includingStart: includingStart)
            continueScan(catalog: catalog)
        }
    }

    /// Runs one slice of the corpus scan: lands on a match, reports none, or shows how far it got.
    mutating func continueScan(catalog: Catalog) {
        guard var scan else { return }
        let outcome = scan.scanSlice(catalog.model.articles)
        switch outcome {
        case .found(let position):
            self.scan = nil
            found(position, catalog: catalog)
        case .exhausted:
            self.scan = nil
            message = "No match for \(scan.query)"
        case .paused:
            self.scan = scan
            message = "Searching \(scan.query): \(scan.percentDone(of: catalog.model.articles.count))% of the articles"
        }
    }

    private mutating func found(_ position: SearchPosition, catalog: Catalog) {
        if prompt != nil { prompt?.hit = position }
        land(on: position, catalog: catalog)
    }

    func currentPosition() -> SearchPosition {
        guard focus == .reader else { return .row(cursor(focus).selected) }
        if let match = reader.match {
            return .text(article: reader.article, paragraph: match.paragraph, offset: match.start, top: reader.top)
        }
        let anchor = reader.document?.anchor(ofLine: reader.top) ?? (0, 0)
        return .text(article: reader.article, paragraph: anchor.paragraph, offset: anchor.offset - 1, top: reader.top)
    }

    private mutating func restore(_ position: SearchPosition, catalog: Catalog) {
        switch position {
        case .row(let row):
            select(row: row, in: focus, catalog: catalog)
        case .text(let article, _, _, let top):
            reader.match = nil
            if let article, article != reader.article { openArticle(article, highlight: nil, catalog: catalog) }
            reader.top = top
        }
    }

    private mutating func land(on position: SearchPosition, catalog: Catalog) {
        switch position {
        case .row(let row):
            select(row: row, in: focus, catalog: catalog)
        case .text(let article, let paragraph, let offset, _):
            guard let article else { return }
            if article != reader.article {
                reader.entry = nil
                openArticle(article, highlight: nil, catalog: catalog)
            }
            let length = prompt?.text.utf8.count ?? search?.query.utf8.count ?? 0
            reader.match = TextSpan(paragraph: paragraph, start: offset, end: offset + length)
            let height = viewportHeight(.reader, catalog: catalog)
            if let line = reader.document?.line(paragraph: paragraph, offset: offset),
               line < reader.top || line >= reader.top + height {
                reader.top = max(0, line - height / 3)
            }
        }
    }

    private func findRow(_ query: TextSearch, from start: Int, forward: Bool, includingStart: Bool,
                         catalog: Catalog) -> Int? {
        let count = rows.count(focus)
        guard count > 0 else { return nil }
        // Outlets are few: each is matched once, then rows look their articles' outlets up.
        let outletMatches = catalog.outlets.map { query.matches($0.outlet) }
        for step in (includingStart ? 0 : 1)...count {
            let row = ((start + (forward ? step : -step)) % count + count) % count
            if rows.isSelectable(focus, row), rowMatches(row, query, outletMatches: outletMatches, catalog: catalog) {
                return row
            }
        }
        return nil
    }

    /// Whether a list row matches: its fields are tried one by one, so no text is built per row.
    /// `outletMatches` says for each of `catalog.outlets` whether its name matches.
    func rowMatches(_ row: Int, _ query: TextSearch, outletMatches: [Bool], catalog: Catalog) -> Bool {
        let model = catalog.model
        switch focus {
        case .timeline:
            guard case .entry(let index) = rows.timeline[row] else { return query.matches("Background") }
            return model.timeline.entries.withUnsafeBufferPointer { entries in
                query.matches(entries[index].summary)
                    || catalog.entryIndex.outlets(of: index).contains { outletMatches[Int($0)] }
                    || (query.couldMatchISODate && query.matches(entries[index].date.iso))
            }
        case .articles:
            guard case .article(let index) = rows.articles[row] else { return false }
            return query.matches(model.articles[index].title) || outletMatches[Int(catalog.outletOfArticle[index])]
        case .entities:
            guard case .entity(let index) = rows.entities[row] else { return false }
            return query.matches(model.entities[index].name) || model.entities[index].aliases.contains(where: query.matches)
        case .reader:
            return false
        }
    }
}
