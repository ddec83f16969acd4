/// The order of day and month in numeric dates such as 03/04/2019.
///
/// A date whose first number exceeds 12 (28/02/2019) shows day first; one whose second does
/// (03/13/2019) shows month first. Ambiguous dates follow the order an article's unambiguous dates
/// show when they agree, and otherwise the day-first default (the usage of most of the world's
/// English-language outlets outside the United States).
enum NumericDateOrder: Sendable {
    case dayFirst, monthFirst

    static let `default` = NumericDateOrder.dayFirst

    /// The order `first/second` forces, or nil when both numbers could be a month.
    static func forced(first: Int, second: Int) -> NumericDateOrder? {
        if first > 12 && second <= 12 { return .dayFirst }
        if second > 12 && first <= 12 { return .monthFirst }
        return nil
    }

    /// The order shown by an article's unambiguous numeric dates, when they all agree.
    static func inferred(from references: some Sequence<TemporalReference>) -> NumericDateOrder {
        var dayFirst = 0
        var monthFirst = 0
        for case .numericDate(let first, let second, _) in references {
            switch forced(first: first, second: second) {
            case .dayFirst?: dayFirst += 1
            case .monthFirst?: monthFirst += 1
            case nil: break
            }
        }
        return monthFirst > 0 && dayFirst == 0 ? .monthFirst : .default
    }

    var opposite: NumericDateOrder { self == .dayFirst ? .monthFirst : .dayFirst }

    /// The calendar day of `first/second/year` read in this order (or the order the numbers force).
    func date(first: Int, second: Int, year: Int) -> CalendarDate? {
        switch NumericDateOrder.forced(first: first, second: second) ?? self {
        case .dayFirst: CalendarDate(year: year, month: second, day: first)
        case .monthFirst: CalendarDate(year: year, month: first, day: second)
        }
    }
}
