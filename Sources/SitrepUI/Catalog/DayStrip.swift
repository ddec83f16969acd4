import SitrepCore

/// The months of the day strip packed into rows that fit a width: `Feb ` and one cell per day.
struct DayStrip: Hashable, Sendable {
    /// One month's run of days: its label and its first day as an index into the window.
    struct Month: Hashable, Sendable {
        let label: String
        let firstDay: Int
        let days: Int
        var columns: Int { 4 + days }
    }

    /// Months per row.
    let rows: [[Month]]

    init(window: ClosedRange<CalendarDate>?, width: Int) {
        guard let window else {
            rows = []
            return
        }
        var months: [Month] = []
        var day = window.lowerBound
        while day <= window.upperBound {
            let last = min(window.upperBound, CalendarDate(year: day.year, month: day.month,
                                                           day: CalendarDate.daysIn(month: day.month, year: day.year))!)
            months.append(Month(label: DateText.monthNames[day.month - 1],
                                firstDay: day.dayNumber - window.lowerBound.dayNumber,
                                days: last.dayNumber - day.dayNumber + 1))
            day = last.adding(days: 1)
        }
        var rows: [[Month]] = []
        var used = 0
        for month in months {
            if let _ = rows.last, used + 1 + month.columns <= width {
                rows[rows.count - 1].append(month)
                used += 1 + month.columns
            } else {
                rows.append([month])
                used = month.columns
            }
        }
        self.rows = rows
    }

    /// The row holding a day index.
    func row(ofDay day: Int) -> Int? {
        rows.firstIndex { $0.contains { day >= $0.firstDay && day < $0.firstDay + $0.days } }
    }

    /// The character and style for a day with `count` entries: the shape carries the meaning, the role adds colour.
    static func cell(count: Int) -> (String, Style) {
        switch count {
        case 0: ("·", Style(.dim))
        case 1...9: (String(count), Style(count <= 2 ? .heatLow : count <= 5 ? .heatMid : .heatHigh, .bold))
        default: ("+", Style(.heatHigh, .bold))
        }
    }
}
