/// A resolved calendar value, printed as ISO 8601: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `start/end`.
public indirect enum TemporalValue: Hashable, Sendable {
    case day(CalendarDate)
    case month(year: Int, month: Int)
    case year(Int)
    case interval(TemporalValue, TemporalValue)

    /// How finely the value pins down time.
    public enum Precision: String, Sendable { case day, month, year, interval }

    public var precision: Precision {
        switch self {
        case .day: .day
        case .month: .month
        case .year: .year
        case .interval: .interval
        }
    }

    /// The ISO 8601 form.
    public var iso: String {
        switch self {
        case .day(let date): date.iso
        case .month(let y, let m): "\(CalendarDate.pad(y, 4))-\(CalendarDate.pad(m, 2))"
        case .year(let y): CalendarDate.pad(y, 4)
        case .interval(let a, let b): "\(a.iso)/\(b.iso)"
        }
    }

    /// The first day the value covers.
    public var firstDay: CalendarDate {
        switch self {
        case .day(let date): date
        case .month(let y, let m): CalendarDate(year: y, month: m, day: 1)!
        case .year(let y): CalendarDate(year: y, month: 1, day: 1)!
        case .interval(let a, _): a.firstDay
        }
    }

    /// The last day the value covers.
    public var lastDay: CalendarDate {
        switch self {
        case .day(let date): date
        case .month(let y, let m): CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y))!
        case .year(let y): CalendarDate(year: y, month: 12, day: 31)!
        case .interval(_, let b): b.lastDay
        }
    }

    /// Whether the two values share at least one day.
    public func overlaps(_ other: TemporalValue) -> Bool {
        firstDay <= other.lastDay && other.firstDay <= lastDay
    }

    /// Parses any of the ISO forms produced by `iso`.
    public init?(iso: String) {
        if let slash = iso.firstIndex(of: "/") {
            guard let a = TemporalValue(iso: String(iso[..<slash])),
                  let b = TemporalValue(iso: String(iso[iso.index(after: slash)...])) else { return nil }
            self = .interval(a, b)
            return
        }
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard parts[0].count == 4, let y = Int(parts[0]) else { return nil }
            self = .year(y)
        case 2:
            guard parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
                  (1...12).contains(m) else { return nil }
            self = .month(year: y, month: m)
        default:
            guard let date = CalendarDate(iso: iso) else { return nil }
            self = .day(date)
        }
    }
}
