/// The words around a number that make it a bound, an estimate, or not a figure at all.
enum FigureContext {
    /// Phrases right before a figure that make it approximate or a bound, longest first.
    static let qualifiers: [[TokenKey]] = [
        ["as", "many", "as"], ["no", "fewer", "than"], ["no", "more", "than"], ["in", "excess", "of"],
        ["up", "to"], ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"],
        ["close", "to"], ["upwards", "of"], ["an", "estimated"], ["just", "over"], ["just", "under"], ["well", "over"],
        ["nearly"], ["almost"], ["around"], ["about"], ["roughly"], ["approximately"], ["some"], ["over"], ["under"],
        ["estimated"], ["circa"], ["approx"],
    ]

    /// The qualifiers grouped by their last word, each group still longest first.
    static let qualifiersByLastWord = WordTable(Dictionary(grouping: qualifiers, by: { $0.last ?? TokenKey() }).map { ($0.key, $0.value) })

    /// Words after a number that make it a measure, a duration, money or a rate, not a count.
    static let units: WordSet = [
        "mile", "miles", "km", "kilometre", "kilometres", "kilometer", "kilometers", "metre", "metres", "meter",
        "meters", "feet", "foot", "ft", "yards", "yard", "square", "acres", "hectares", "kg", "kilograms", "kilos",
        "tonnes", "tons", "mph", "degrees", "inches", "cm", "mm",
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
        "months", "year", "years", "decade", "decades", "century", "centuries", "am", "pm", "gmt", "bst", "utc",
        "percent", "per", "pounds", "pound", "dollars", "dollar", "euros", "euro", "pence", "cents", "usd", "gbp",
        "st", "nd", "rd", "th",
    ]

    /// Prepositions before a four-digit number that make it a year ("in 2014", "since 2011").
    static let yearPrepositions: WordSet = [
        "in", "since", "of", "by", "until", "till", "from", "to", "before", "after", "during", "early", "late", "mid",
        "between", "and", "around", "summer", "winter", "spring", "autumn",
    ]

    static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Marks that, touching a number, make it part of a date, a time, a score or money.
    static let joiningMarks: Set<Unicode.Scalar> = ["/", ":", "%", "$", "£", "€", "#", "+"]

    /// Words that join two figures into a range: "1,500 to 2,000", "between 200 and 300", "2-3 thousand".
    static let rangeWords: WordSet = ["to", "-", "–", "—", "and", "or"]
}
