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
    let outletOfArticle: [Int32]
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
        let window = model.window ?? Catalog.span(of: foregroundEntries, in: entries)

        let outlets = Catalog.outletGroups(of: model.articles)
        let kinds = Catalog.kindGroups(of: model.entities)
        sections = Sections(window: window, outlets: outlets, kinds: kinds,
                            backgroundEntries: model.timeline.backgroundEntries, foregroundEntries: foregroundEntries)
        unfilteredRows = PaneRows(model, sections: sections, filter: nil, showBackground: false)
        var outletOfArticle = [Int32](repeating: 0, count: model.articles.count)
        for (group, outlet) in outlets.enumerated() {
            for article in outlet.articles { outletOfArticle[article] = Int32(group) }
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

    /// The articles grouped by outlet (outlets in name order), each group oldest first.
    private static func outletGroups(of articles: [AnalyzedArticle]) -> [OutletGroup] {
        // Sort keys read once: a comparator reaching into the articles would touch two of them per comparison.
        let days = articles.map { $0.source.metadata.published?.dayNumber ?? Int.min }
        var byOutlet: [String: [Int]] = [:]
        for (index, article) in articles.enumerated() { byOutlet[article.outlet, default: []].append(index) }
        return byOutlet.keys.sorted().map { outlet in
            let sorted = byOutlet[outlet]!.sorted { a, b in days[a] != days[b] ? days[a] < days[b] : a < b }
            return OutletGroup(outlet: outlet, articles: sorted)
        }
    }

    /// The entities grouped by kind, each group most mentioned first, then by name.
    private static func kindGroups(of entities: [Entity]) -> [KindGroup] {
        let counts = entities.map(\.mentionCount)
        return EntityKind.allCases.compactMap { kind in
            let members = entities.indices.filter { entities[$0].kind == kind }.sorted { a, b in
                counts[a] != counts[b] ? counts[a] > counts[b] : entities[a].name < entities[b].name
            }
            return members.isEmpty ? nil : KindGroup(kind: kind, entities: members)
        }
    }

    /// The day strip's window for a corpus that names none: from the first to the last day that an entry
    /// of `indices` is dated to exactly.
    private static func span(of indices: [Int], in entries: [TimelineEntry]) -> ClosedRange<CalendarDate>? {
        // Day numbers, not dates: reading an entry's date would open its box (and copying it, its summary).
        let days = indices.lazy.map { entries[$0].days }.filter { $0.width == 0 }.map(\.first)
        guard let firstDay = days.min(), let lastDay = days.max() else { return nil }
        let first = CalendarDate(dayNumber: firstDay), last = CalendarDate(dayNumber: lastDay)
        // Keep a derived strip bounded, so a stray far date cannot make it years long.
        return first...min(last, first.adding(days: 366))
    }
}
