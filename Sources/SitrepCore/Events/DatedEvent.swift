/// One dated sentence of one article, before clustering: a timeline entry with a single source,
/// plus what the clusterer compares (key words and entity ids).
public struct DatedEvent: Hashable, Sendable {
    public var date: TemporalValue { didSet { storedWidth = Int32(clamping: date.widthInDays) } }
    public var source: EventSource
    /// `date.widthInDays`, kept: clusters compare it often. 32 bits, in the source's tail padding.
    private var storedWidth: Int32
    /// Ids of the entities mentioned in the sentence, in order of first mention.
    public var entities: [Int]
    public var figures: [ReportedFigure]
    /// Lemmatised content words of the sentence, entity names excluded.
    public var keywords: KeywordSet

    /// `date.widthInDays`.
    public var widthInDays: Int { Int(storedWidth) }

    /// The one-line summary of the sentence (made on demand: only a cluster's lead needs it).
    public var summary: String { EventSummary.make(from: source.sentence) }

    public init(date: TemporalValue, source: EventSource, entities: [Int],
                figures: [ReportedFigure], keywords: KeywordSet) {
        self.date = date
        self.source = source
        storedWidth = Int32(clamping: date.widthInDays)
        self.entities = entities
        self.figures = figures
        self.keywords = keywords
    }

    /// What the figures count, by class (`FigureComparison.countedClass`), as sorted unique `KeywordSet`
    /// hashes of the class names. Worked out when asked (the clusterer asks once per event), not stored:
    /// ninety thousand events would each keep an array.
    public var figureClasses: [UInt64] {
        guard !figures.isEmpty else { return [] }
        return KeywordSet(hashes: figures.compactMap {
            FigureComparison.countedClass(of: $0.figure).map { KeywordSet.hash(Array($0.utf8)[...]) }
        }).hashes
    }
}

extension TemporalValue {
    /// Number of days the value covers, minus one: 0 for a single day.
    public var widthInDays: Int { lastDay.dayNumber - firstDay.dayNumber }
}
