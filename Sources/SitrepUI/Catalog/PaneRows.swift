import SitrepCore

/// A row of the timeline list.
enum TimelineRow: Hashable, Sendable {
    /// The toggle for events before the window.
    case background(count: Int, expanded: Bool)
    /// Index into `Timeline.entries`.
    case entry(Int)
}

/// A row of the article list.
enum ArticleRow: Hashable, Sendable {
    case outlet(String, count: Int)
    /// Index into `CorpusModel.articles`.
    case article(Int)
}

/// A row of the entity list.
enum EntityRow: Hashable, Sendable {
    case kind(EntityKind, count: Int)
    /// Index into `CorpusModel.entities`.
    case entity(Int)
}

/// The row lists of the three list panes and the day strip counts for one filter. Built once per
/// filter change, so drawing a frame only reads the visible slice.
struct PaneRows: Sendable {
    var timeline: [TimelineRow] = []
    var articles: [ArticleRow] = []
    /// Article rows, outlet headers not counted.
    var articleCount = 0
    var entities: [EntityRow] = []
    /// Entries per day of the catalog window.
    var dayCounts: [Int] = []

    /// The rows for a filter. Without one they are the catalog's prebuilt rows (so toggling the
    /// background section or clearing a filter costs no rebuild); with one, the lists are narrowed.
    init(catalog: Catalog, filter: Int?, showBackground: Bool) {
        guard let filter else {
            self = catalog.unfilteredRows
            if showBackground { expandBackground(catalog.backgroundEntries) }
            return
        }
        let articles = catalog.model.entities[filter].articles
        // Membership by index: one flag per article or entry is cheaper to build and test than a Set.
        var articleSet = [Bool](repeating: false, count: catalog.model.articles.count)
        for article in articles { articleSet[article] = true }
        self.init(catalog.model, sections: catalog.sections,
                  filter: Filter(entries: catalog.entryIndex.involvement(of: filter, articles: articles),
                                 articles: articleSet),
                  showBackground: showBackground)
        entities = catalog.unfilteredRows.entities
    }

    /// What an entity filter keeps: flags by entry index and by article index.
    struct Filter {
        let entries: [Bool]
        let articles: [Bool]
    }

    /// Builds every list from the catalog's sections; `Catalog` calls this once with no filter.
    init(_ model: CorpusModel, sections: Catalog.Sections, filter: Filter?, showBackground: Bool) {
        let articleSet = filter?.articles
        let involves: (Int) -> Bool = { filter?.entries[$0] ?? true }
        let background = sections.backgroundEntries.filter(involves)
        let foreground = sections.foregroundEntries.filter(involves)
        if !background.isEmpty {
            timeline.append(.background(count: background.count, expanded: false))
            if showBackground { expandBackground(background) }
        }
        timeline += foreground.map(TimelineRow.entry)

        // Over the filtered entries only.
        dayCounts = sections.window.map { model.timeline.countsPerDay(of: foreground, in: $0) } ?? []

        for group in sections.outlets {
            let members = articleSet.map { set in group.articles.filter { set[$0] } } ?? group.articles
            guard !members.isEmpty else { continue }
            articles.append(.outlet(group.outlet, count: members.count))
            articles += members.map(ArticleRow.article)
            articleCount += members.count
        }

        if filter == nil {
            for group in sections.kinds {
                entities.append(.kind(group.kind, count: group.entities.count))
                entities += group.entities.map(EntityRow.entity)
            }
        }
    }

    /// Opens the background toggle (the first timeline row) and lists `entries` under it.
    private mutating func expandBackground(_ entries: [Int]) {
        guard case .background(let count, _) = timeline.first else { return }
        timeline[0] = .background(count: count, expanded: true)
        timeline.insert(contentsOf: entries.map(TimelineRow.entry), at: 1)
    }

    /// Number of rows in a list pane (0 for the reader).
    func count(_ pane: PaneID) -> Int {
        switch pane {
        case .timeline: timeline.count
        case .articles: articles.count
        case .entities: entities.count
        case .reader: 0
        }
    }

    /// Whether a row can hold the selection: group headers cannot, the background toggle can.
    func isSelectable(_ pane: PaneID, _ row: Int) -> Bool {
        switch pane {
        case .articles: if case .outlet = articles[row] { return false }
        case .entities: if case .kind = entities[row] { return false }
        default: break
        }
        return true
    }
}
