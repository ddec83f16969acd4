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

    init(catalog: Catalog, filter: Int?, showBackground: Bool) {
        let model = catalog.model
        let articleSet = filter.map { Set(model.entities[$0].articles) }
        let involves: (Int) -> Bool = { index in
            guard let filter, let articleSet else { return true }
            let entry = model.timeline.entries[index]
            if entry.entities.contains(filter) { return true }
            return entry.kind == .publication && entry.sources.contains { articleSet.contains($0.article) }
        }

        let background = catalog.backgroundEntries.filter(involves)
        if !background.isEmpty {
            timeline.append(.background(count: background.count, expanded: showBackground))
            if showBackground { timeline += background.map(TimelineRow.entry) }
        }
        let foreground = catalog.foregroundEntries.filter(involves)
        timeline += foreground.map(TimelineRow.entry)

        dayCounts = Self.countsPerDay(foreground, of: model.timeline, in: catalog.window)

        for group in catalog.outlets {
            let members = articleSet.map { set in group.articles.filter(set.contains) } ?? group.articles
            guard !members.isEmpty else { continue }
            articles.append(.outlet(group.outlet, count: members.count))
            articles += members.map(ArticleRow.article)
            articleCount += members.count
        }

        for group in catalog.kinds {
            entities.append(.kind(group.kind, count: group.entities.count))
            entities += group.entities.map(EntityRow.entity)
        }
    }

    /// For each day of the window, how many of `entries` touch it. Like `Timeline.countsPerDay`, values
    /// longer than a week are left out ("since December" says nothing about any one day), but counted
    /// over the filtered entries only.
    static func countsPerDay(_ entries: [Int], of timeline: Timeline, in window: ClosedRange<CalendarDate>?) -> [Int] {
        guard let window else { return [] }
        let first = window.lowerBound.dayNumber, last = window.upperBound.dayNumber
        var counts = Array(repeating: 0, count: last - first + 1)
        for index in entries {
            let date = timeline.entries[index].date
            guard date.widthInDays <= EventClusterer.shortSpanDays else { continue }
            let from = max(first, date.firstDay.dayNumber), to = min(last, date.lastDay.dayNumber)
            guard from <= to else { continue }
            for day in from...to { counts[day - first] += 1 }
        }
        return counts
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
