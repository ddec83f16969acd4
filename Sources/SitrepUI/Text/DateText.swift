import SitrepCore

/// Short date labels for list rows, all `width` columns wide so rows stay aligned.
enum DateText {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let width = 8

    /// `Mar 23` for a day of `year`; `Mar` for a month of it; `Jun '14` for another year's day or month;
    /// `2014` for a year; an interval shows its start and an arrow (`Feb 18→`). The exact ISO value is
    /// shown in the status bar.
    static func short(_ value: TemporalValue, year: Int?) -> String {
        let label: String
        switch value {
        case .day(let date) where date.year == year:
            label = "\(monthNames[date.month - 1]) \(date.day < 10 ? " " : "")\(date.day)"
        case .day(let date):
            label = monthYear(date.month, date.year)
        case .month(let y, let m):
            label = y == year ? monthNames[m - 1] : monthYear(m, y)
        case .year(let y):
            label = String(y)
        case .interval(let start, _):
            label = short(start, year: year).replacingTrailingSpaces() + "→"
        }
        return label + String(repeating: " ", count: max(0, width - DisplayWidth.of(label)))
    }

    static func short(_ date: CalendarDate?, year: Int?) -> String {
        guard let date else { return "?" + String(repeating: " ", count: width - 1) }
        return short(.day(date), year: year)
    }

    private static func monthYear(_ month: Int, _ year: Int) -> String {
        let twoDigits = ((year % 100) + 100) % 100
        return "\(monthNames[month - 1]) '\(twoDigits < 10 ? "0" : "")\(twoDigits)"
    }
}
