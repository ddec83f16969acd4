import Foundation

/// Hands out one shared copy of each resolved day, month and year. `TemporalValue` is an indirect enum, so
/// every value is a heap box of its own; a corpus resolves about ten expressions per article to a few
/// hundred distinct values (c1k: 9,460 values, 489 distinct). The table lives as long as the process: it is
/// bounded by the distinct days, months and years of years 0...9999, and in practice holds a few hundred.
/// Shared by every thread that tags articles; the values it holds are few and small.
final class TemporalValueInterner: @unchecked Sendable {
    static let shared = TemporalValueInterner()

    private let lock = NSLock()
    private var values: [UInt64: TemporalValue] = [:]

    /// Values equal to `values`, the same box for every equal day, month or year (intervals as they are):
    /// an article's values, under one lock.
    func intern(_ values: [TemporalValue?]) -> [TemporalValue?] {
        lock.lock()
        defer { lock.unlock() }
        return values.map { $0.map(internLocked) }
    }

    private func internLocked(_ value: TemporalValue) -> TemporalValue {
        guard let key = Self.key(of: value) else { return value }
        if let shared = values[key] { return shared }
        values[key] = value
        return value
    }

    /// The value's kind and fields packed into one integer; nil for intervals and years outside 0...9999.
    static func key(of value: TemporalValue) -> UInt64? {
        let (kind, year, month, day): (UInt64, Int, Int, Int)
        switch value {
        case .day(let date): (kind, year, month, day) = (1, date.year, date.month, date.day)
        case .month(let y, let m): (kind, year, month, day) = (2, y, m, 0)
        case .year(let y): (kind, year, month, day) = (3, y, 0, 0)
        case .interval: return nil
        }
        guard (0...9999).contains(year), (0...255).contains(month), (0...255).contains(day) else { return nil }
        return kind << 32 | UInt64(year) << 16 | UInt64(month) << 8 | UInt64(day)
    }
}
