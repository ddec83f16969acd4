/// The first and last day a `TemporalValue` covers, as day numbers (days since 1970-01-01) in 32 bits
/// each. Kept beside a value that many passes read, so they need not open the value's box.
public struct DaySpan: Hashable, Sendable {
    private let storedFirst: Int32
    private let storedLast: Int32

    public init(_ value: TemporalValue) {
        storedFirst = Int32(clamping: value.firstDay.dayNumber)
        storedLast = Int32(clamping: value.lastDay.dayNumber)
    }

    /// The first day's number.
    public var first: Int { Int(storedFirst) }
    /// The last day's number.
    public var last: Int { Int(storedLast) }
    /// Days from the first to the last (0 for a single day).
    public var width: Int { last - first }
}
