/// One dated sentence of one article, before clustering: a timeline entry with a single source,
/// plus what the clusterer compares (key words and entity ids).
public struct DatedEvent: Hashable, Sendable {
    public var date: TemporalValue
    public var summary: String
    public var source: EventSource
    /// Ids of the entities mentioned in the sentence, in order of first mention.
    public var entities: [Int]
    public var figures: [ReportedFigure]
    /// Lemmatised content words of the sentence, entity names excluded.
    public var keywords: Set<String>

    public init(date: TemporalValue, summary: String, source: EventSource, entities: [Int],
                figures: [ReportedFigure], keywords: Set<String>) {
        self.date = date
        self.summary = summary
        self.source = source
        self.entities = entities
        self.figures = figures
        self.keywords = keywords
    }
}

extension TemporalValue {
    /// Number of days the value covers, minus one: 0 for a single day.
    public var widthInDays: Int { lastDay.dayNumber - firstDay.dayNumber }
}
