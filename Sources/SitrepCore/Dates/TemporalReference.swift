/// What a temporal expression says, before it is anchored to a publication date. Only `since` nests a
/// reference, so only it is boxed: the other cases are stored inline, without an allocation per match.
enum TemporalReference: Hashable, Sendable {
    /// A value the text pins down by itself: "2014", "March 11th, 2019", "28/02/2019".
    case absolute(TemporalValue)
    /// Days from publication: today 0, yesterday -1, tomorrow +1, last night -1.
    case dayOffset(Int)
    /// A weekday (1 Monday ... 7 Sunday); `shift` is -1 for "last", +1 for "next", 0 for "this",
    /// nil when the tense decides.
    case weekday(Int, shift: Int?)
    /// A day of a month whose year the tense decides: "11 March", "March 11th".
    case monthDay(month: Int, day: Int)
    /// A month name without a year: "December", "last December", "next May".
    case month(Int, shift: Int?)
    /// "this month" 0, "last month" -1, "next year" +1, "last week" -1.
    case relative(TemporalUnit, shift: Int)
    /// "the weekend" (shift nil: the tense decides), "last weekend", "next weekend".
    case weekend(shift: Int?)
    /// "the past two weeks", "the last 24 hours": from `count` units before publication to publication.
    case pastSpan(count: Int, unit: TemporalUnit)
    /// "the next three days": from publication to `count` units after it.
    case nextSpan(count: Int, unit: TemporalUnit)
    /// "two weeks ago", "a year ago".
    case ago(count: Int, unit: TemporalUnit)
    /// A numeric date such as 03/13/2019 or 03/04/2019 whose day-month order may need the
    /// article's other numeric dates to decide (`NumericDateOrder`).
    case numericDate(first: Int, second: Int, year: Int)
    /// "since December": from the start of the inner reference to publication.
    indirect case since(TemporalReference)

    /// Whether resolving needs the tense of the clause.
    var dependsOnTense: Bool {
        switch self {
        case .weekday(_, let shift), .month(_, let shift): shift == nil
        case .weekend(let shift): shift == nil || shift == 0
        case .monthDay: true
        case .since(let inner): inner.dependsOnTense
        default: false
        }
    }

    /// Whether the expression itself points after publication ("tomorrow", "next week").
    var pointsToFuture: Bool {
        switch self {
        case .dayOffset(let offset): offset > 0
        case .weekday(_, let shift?), .month(_, let shift?), .relative(_, let shift), .weekend(let shift?): shift > 0
        case .nextSpan: true
        default: false
        }
    }
}
