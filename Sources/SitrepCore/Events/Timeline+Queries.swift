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
        return entry.date.firstDay > window.upperBound
    }

    /// Entries that involve an entity (by id in `CorpusModel.entities`).
    public func entries(involving entity: Int) -> [Int] {
        entries.indices.filter { entities(of: $0).contains(entity) }
    }

    /// Entries one of whose sources is the article (by index in `CorpusModel.articles`).
    public func entries(forArticle article: Int) -> [Int] {
        entries.indices.filter { sources(of: $0).contains { $0.article == article } }
    }

    /// For each day of `days`, how many entries touch it. Values longer than a week are left out:
    /// "since December" says nothing about any one day.
    public func countsPerDay(in days: ClosedRange<CalendarDate>) -> [Int] {
        let first = days.lowerBound.dayNumber, last = days.upperBound.dayNumber
        var counts = Array(repeating: 0, count: last - first + 1)
        for entry in entries where entry.date.widthInDays <= EventClusterer.shortSpanDays {
            let from = max(first, entry.date.firstDay.dayNumber), to = min(last, entry.date.lastDay.dayNumber)
            guard from <= to else { continue }
            for day in from...to { counts[day - first] += 1 }
        }
        return counts
    }
}
