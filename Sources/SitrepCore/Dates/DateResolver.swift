/// Anchors temporal references to a publication date, HeidelTime-style.
///
/// Choices, applied consistently:
/// - A weekday in a past (or undetermined) clause is the most recent such day on or before
///   publication, so a weekday equal to the publication weekday is the publication day itself; in a
///   future clause it is the next such day on or after publication. "last Tuesday" is strictly
///   before publication, "next Tuesday" strictly after.
/// - A month name without a year is the most recent such month (up to the publication month) in a
///   past or undetermined clause, the next one (from the publication month) in a future clause.
/// - A day and month without a year takes the year that puts it on the tense's side of publication;
///   with no tense marker, the year that puts it closest to publication.
/// - "overnight" and "tonight" are the publication day; "last night" is the day before.
/// - Spans ("the past two weeks", "the last 36 hours") are day intervals ending at publication;
///   hours round up to whole days.
/// - Weeks are Monday-Sunday intervals; the weekend is Saturday-Sunday.
/// Without a publication date only absolute references resolve.
enum DateResolver {
    static func resolve(_ reference: TemporalReference, published: CalendarDate?, tense: Tense?,
                        order: NumericDateOrder = .default) -> TemporalValue? {
        switch reference {
        case .absolute(let value): return value
        case .numericDate(let first, let second, let year):
            return (order.date(first: first, second: second, year: year)
                ?? order.opposite.date(first: first, second: second, year: year)).map(TemporalValue.day)
        default: break
        }
        guard let published else { return nil }
        let isFuture = tense == .future
        switch reference {
        case .absolute(let value):
            return value
        case .numericDate:
            return nil // handled above
        case .dayOffset(let offset):
            return .day(published.adding(days: offset))
        case .weekday(let weekday, let shift):
            return .day(self.weekday(weekday, shift: shift ?? (isFuture ? 0 : nil), future: isFuture, from: published))
        case .monthDay(let month, let day):
            return monthDay(month: month, day: day, tense: tense, published: published)
        case .month(let month, let shift):
            let year: Int
            switch shift {
            case .some(-1): year = month < published.month ? published.year : published.year - 1
            case .some(1): year = month > published.month ? published.year : published.year + 1
            case .some(0): year = published.year
            default:
                if isFuture {
                    year = month >= published.month ? published.year : published.year + 1
                } else {
                    year = month <= published.month ? published.year : published.year - 1
                }
            }
            return .month(year: year, month: month)
        case .relative(let unit, let shift):
            return relative(unit, shift: shift, published: published)
        case .weekend(let shift):
            let saturday = self.saturday(shift: shift, future: isFuture, from: published)
            return .interval(.day(saturday), .day(saturday.adding(days: 1)))
        case .pastSpan(let count, let unit):
            return .interval(.day(moved(published, by: -count, unit)), .day(published))
        case .nextSpan(let count, let unit):
            return .interval(.day(published), .day(moved(published, by: count, unit)))
        case .ago(let count, let unit):
            let date = moved(published, by: -count, unit)
            switch unit {
            case .hour, .day, .week: return .day(date)
            case .month: return .month(year: date.year, month: date.month)
            case .year: return .year(date.year)
            }
        case .since(let inner):
            guard let start = resolve(inner, published: published, tense: .past, order: order),
                  start.firstDay <= published else { return nil }
            return .interval(start.lowerBoundValue, .day(published))
        }
    }

    /// The weekday relative to `published`. Shift nil/0 in the past: on or before; 0 in the future:
    /// on or after; -1: strictly before; +1: strictly after.
    static func weekday(_ weekday: Int, shift: Int?, future: Bool, from published: CalendarDate) -> CalendarDate {
        let back = (published.weekday - weekday + 7) % 7
        let ahead = (weekday - published.weekday + 7) % 7
        switch shift {
        case .some(-1): return published.adding(days: back == 0 ? -7 : -back)
        case .some(1): return published.adding(days: ahead == 0 ? 7 : ahead)
        case .some(0) where future: return published.adding(days: ahead)
        default: return published.adding(days: -back)
        }
    }

    static func monthDay(month: Int, day: Int, tense: Tense?, published: CalendarDate) -> TemporalValue? {
        let candidates = [published.year - 1, published.year, published.year + 1]
            .compactMap { CalendarDate(year: $0, month: month, day: day) }
        let chosen: CalendarDate?
        switch tense {
        case .past?: chosen = candidates.last { $0 <= published }
        case .future?: chosen = candidates.first { $0 >= published }
        default: chosen = candidates.min { abs($0.dayNumber - published.dayNumber) < abs($1.dayNumber - published.dayNumber) }
        }
        return chosen.map(TemporalValue.day)
    }

    static func relative(_ unit: TemporalUnit, shift: Int, published: CalendarDate) -> TemporalValue {
        switch unit {
        case .hour, .day:
            return .day(published.adding(days: shift))
        case .week:
            let monday = published.adding(days: 1 - published.weekday + 7 * shift)
            return .interval(.day(monday), .day(monday.adding(days: 6)))
        case .month:
            let date = moved(CalendarDate(year: published.year, month: published.month, day: 1)!, by: shift, .month)
            return .month(year: date.year, month: date.month)
        case .year:
            return .year(published.year + shift)
        }
    }

    /// The Saturday of the weekend meant. Past or undetermined (shift nil or 0): the latest Saturday on
    /// or before publication; future: the first on or after; -1: the latest whose Sunday is before
    /// publication; +1: the first strictly after.
    static func saturday(shift: Int?, future: Bool, from published: CalendarDate) -> CalendarDate {
        let back = (published.weekday - 6 + 7) % 7
        let ahead = (6 - published.weekday + 7) % 7
        switch shift {
        case .some(-1): return published.adding(days: back <= 1 ? -back - 7 : -back)
        case .some(1): return published.adding(days: ahead == 0 ? 7 : ahead)
        default: return future ? published.adding(days: ahead) : published.adding(days: -back)
        }
    }

    /// `date` moved by `count` units; hours round away from the date to whole days, months clamp the day.
    static func moved(_ date: CalendarDate, by count: Int, _ unit: TemporalUnit) -> CalendarDate {
        switch unit {
        case .hour:
            let days = (abs(count) + 23) / 24
            return date.adding(days: count < 0 ? -days : days)
        case .day: return date.adding(days: count)
        case .week: return date.adding(days: 7 * count)
        case .month, .year:
            let months = date.year * 12 + (date.month - 1) + (unit == .year ? 12 * count : count)
            let year = months >= 0 ? months / 12 : (months - 11) / 12
            let month = months - year * 12 + 1
            let day = min(date.day, CalendarDate.daysIn(month: month, year: year))
            return CalendarDate(year: year, month: month, day: day)!
        }
    }
}

extension TemporalValue {
    /// The start of the value as a value of the same precision: an interval gives its start.
    var lowerBoundValue: TemporalValue {
        if case .interval(let start, _) = self { return start.lowerBoundValue }
        return self
    }
}
