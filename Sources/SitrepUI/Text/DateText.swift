import SitrepCore

/// Short date labels for list rows.
enum DateText {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Mar 23` for a day of `year`, otherwise the ISO form.
    static func short(_ value: TemporalValue, year: Int?) -> String {
        if case .day(let date) = value, date.year == year {
            let day = date.day < 10 ? " \(date.day)" : "\(date.day)"
            return "\(monthNames[date.month - 1]) \(day)"
        }
        return value.iso
    }

    static func short(_ date: CalendarDate?, year: Int?) -> String {
        guard let date else { return "  ?   " }
        return short(.day(date), year: year)
    }
}
