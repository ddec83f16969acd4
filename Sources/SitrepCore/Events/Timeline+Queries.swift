/// What the browser and the CLI ask of a timeline. Every answer is a list of indices into `entries`,
/// in timeline order.
extension Timeline {
    /// Entries that end before the window (empty without a window).
    public var backgroundEntries: [Int] { entries.indices.filter { entries[$0].isBackground } }

    /// Entries that touch the window, or every entry when there is no window.
    public var entriesInWindow: [Int] {
        entries.indices.filter { !entries[$0].isBackground && !isAfterWindow(entries[$0]) }
    }

    /// Entries that start after the window ends (reported plans or later events).
    public var entriesAfterWindow: [Int] { entries.indices.filter { isAfterWindow(entries[$0]) } }

    /// Whether an entry starts after the window.
    public func isAfterWindow(_ entry: TimelineEntry) -> Bool {
        guard let window else { return false }
        return entry.days.first > window.upperBound.dayNumber
    }

    /// Entries that involve an entity (by id in `CorpusModel.entities`).
    public func entries(involving entity: Int) -> [Int] {
        entries.indices.filter { entities(of: $0).contains(entity) }
    }

    /// Entries one of whose sources is the article (by index in `CorpusModel.articles`).
    public func entries(forArticle article: Int) -> [Int] {
        entries.indices.filter { sources(of: $0).contains { $0.article == article } }
    }

    /// For each day of `days`, how many of the entries `indices` touch it. Values longer than a week are
    /// left out: "since December" says nothing about any one day.
    public func countsPerDay(of indices: [Int], in days: ClosedRange<CalendarDate>) -> [Int] {
        let first = days.lowerBound.dayNumber, last = days.upperBound.dayNumber
        var counts = Array(repeating: 0, count: last - first + 1)
        for index in indices {
            // The day numbers kept beside the date: many entries, and each date is a box to open.
            let span = entries[index].days
            guard span.width <= EventClusterer.shortSpanDays else { continue }
            let from = max(first, span.first), to = min(last, span.last)
            guard from <= to else { continue }
            for day in from...to { counts[day - first] += 1 }
        }
        return counts
    }
}
