import SitrepCore

/// The model and the orderings the UI derives from it once per corpus. Immutable, shared by every state.
public final class Catalog: Sendable {
    /// The articles of one outlet, oldest first.
    struct OutletGroup: Sendable {
        let outlet: String
        let articles: [Int]
    }

    /// The entities of one kind, most mentioned first.
    struct KindGroup: Sendable {
        let kind: EntityKind
        let entities: [Int]
    }

    /// The groupings the lists are built from.
    struct Sections: Sendable {
        /// The days the day strip covers: the corpus window, or the span of the dated entries.
        let window: ClosedRange<CalendarDate>?
        let outlets: [OutletGroup]
        let kinds: [KindGroup]
        /// Timeline entries before the window, and the others, both in date order.
        let backgroundEntries: [Int]
        let foregroundEntries: [Int]
    }

    public let model: CorpusModel
    let sections: Sections
    /// The rows of every list with no filter, built once: most keys reuse them as they are.
    let unfilteredRows: PaneRows
    /// For each article, the index of its group in `outlets`.
    let outletOfArticle: [Int]
    /// The entries of each entity (for filters) and the outlets of each entry (for rows).
    let entryIndex: EntryIndex
    /// The short form of each of `outlets`, for narrow rows.
    let outletAbbreviations: [String]

    var window: ClosedRange<CalendarDate>? { sections.window }
    var outlets: [OutletGroup] { sections.outlets }
    var backgroundEntries: [Int] { sections.backgroundEntries }

    public init(model: CorpusModel) {
        self.model = model
        let entries = model.timeline.entries
        let foregroundEntries = entries.indices.filter { !entries[$0].isBackground }
        let window = model.window ?? Catalog.span(of: foregroundEntries.map { entries[$0] })

        var byOutlet: [String: [Int]] = [:]
        for (index, article) in model.articles.enumerated() { byOutlet[article.outlet, default: []].append(index) }
        let outlets = byOutlet.keys.sorted().map { outlet in
            let sorted = byOutlet[outlet]!.sorted { a, b in
                let da = model.articles[a].source.metadata.published, db = model.articles[b].source.metadata.published
                if da != db { return (da?.dayNumber ?? Int.min) < (db?.dayNumber ?? Int.min) }
                return a < b
            }
            return OutletGroup(outlet: outlet, articles: sorted)
        }

        let kinds = EntityKind.allCases.compactMap { kind in
            let members = model.entities.indices.filter { model.entities[$0].kind == kind }.sorted { a, b in
                let ea = model.entities[a], eb = model.entities[b]
                return ea.mentionCount != eb.mentionCount ? ea.mentionCount > eb.mentionCount : ea.name < eb.name
            }
            return members.isEmpty ? nil : KindGroup(kind: kind, entities: members)
        }
        sections = Sections(window: window, outlets: outlets, kinds: kinds,
                            backgroundEntries: model.timeline.backgroundEntries, foregroundEntries: foregroundEntries)
        unfilteredRows = PaneRows(model, sections: sections, filter: nil, showBackground: false)
        var outletOfArticle = [Int](repeating: 0, count: model.articles.count)
        for (group, outlet) in outlets.enumerated() {
            for article in outlet.articles { outletOfArticle[article] = group }
        }
        self.outletOfArticle = outletOfArticle
        entryIndex = EntryIndex(model, outletOfArticle: outletOfArticle)
        outletAbbreviations = outlets.map { OutletAbbreviation.of($0.outlet) }
    }

    /// Number of days in the strip.
    var dayCount: Int {
        guard let window else { return 0 }
        return window.upperBound.dayNumber - window.lowerBound.dayNumber + 1
    }

    private static func span(of entries: [TimelineEntry]) -> ClosedRange<CalendarDate>? {
        let days = entries.compactMap { entry -> CalendarDate? in
            if case .day(let date) = entry.date { return date }
            return nil
        }
        guard let first = days.min(), let last = days.max() else { return nil }
        // Keep a derived strip bounded, so a stray far date cannot make it years long.
        return first...min(last, first.adding(days: 366))
    }
}
