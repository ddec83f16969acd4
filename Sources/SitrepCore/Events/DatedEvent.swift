/// One dated sentence of one article, before clustering: when, and where it is reported (40 bytes).
/// What the clusterer compares (key words, entities, figures) is kept beside it in `EventTable`.
public struct DatedEvent: Hashable, Sendable {
    public let date: TemporalValue
    public let source: EventSource
    /// `date.widthInDays`, kept: clusters compare it often.
    private let storedWidth: Int32

    public init(date: TemporalValue, source: EventSource) {
        self.date = date
        self.source = source
        storedWidth = Int32(clamping: date.widthInDays)
    }

    /// `date.widthInDays`.
    public var widthInDays: Int { Int(storedWidth) }
}

extension TemporalValue {
    /// Number of days the value covers, minus one: 0 for a single day.
    public var widthInDays: Int { lastDay.dayNumber - firstDay.dayNumber }
}
