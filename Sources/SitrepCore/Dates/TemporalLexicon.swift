/// Units of time a span or an offset counts in.
enum TemporalUnit: Sendable { case hour, day, week, month, year }

/// The role a word can play in a temporal expression.
enum Lexeme: Hashable, Sendable {
    /// 1 is Monday ... 7 is Sunday.
    case weekday(Int)
    /// 1 is January; `isAmbiguous` for names that are also ordinary words or short forms
    /// ("May", "March", "August", "Mar"), which need date context to count.
    case month(Int, isAmbiguous: Bool)
    /// today 0, yesterday -1, tomorrow +1.
    case dayOffset(Int)
    case tonight, overnight, night
    /// morning, afternoon, evening.
    case partOfDay
    case unit(TemporalUnit, count: Int)
    case weekend
    /// last/past/previous -1, this/current 0, next/coming +1.
    case shift(Int)
    /// early, mid, late, earlier, later: narrows a period without changing its value.
    case edge
    case since, ago, the, of
    /// Number words: one ... twelve, a, an, couple.
    case count(Int)
    /// st, nd, rd, th after a day number.
    case ordinalSuffix
    /// Prepositions that make a bare four-digit number a year: "in 2014", "until 2020".
    case yearContext
}

/// The keyword table, built once.
enum TemporalLexicon {
    static let table: [UInt64: Lexeme] = {
        var table: [UInt64: Lexeme] = [:]
        func add(_ words: [String], _ lexeme: Lexeme) {
            for word in words { table[WordKey.make(word)] = lexeme }
        }
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (index, name) in weekdays.enumerated() { add([name], .weekday(index + 1)) }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"]
        let shortMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        for (index, name) in months.enumerated() {
            add([name], .month(index + 1, isAmbiguous: name == "may" || name == "march" || name == "august"))
        }
        for (index, name) in shortMonths.enumerated() where name != "may" {
            add([name], .month(index + 1, isAmbiguous: true))
        }
        add(["sept"], .month(9, isAmbiguous: true))
        add(["today"], .dayOffset(0))
        add(["yesterday"], .dayOffset(-1))
        add(["tomorrow"], .dayOffset(1))
        add(["tonight"], .tonight)
        add(["overnight"], .overnight)
        add(["night"], .night)
        add(["morning", "afternoon", "evening"], .partOfDay)
        add(["hour", "hours"], .unit(.hour, count: 1))
        add(["day", "days"], .unit(.day, count: 1))
        add(["week", "weeks"], .unit(.week, count: 1))
        add(["fortnight", "fortnights"], .unit(.week, count: 2))
        add(["month", "months"], .unit(.month, count: 1))
        add(["year", "years"], .unit(.year, count: 1))
        add(["weekend"], .weekend)
        add(["last", "past", "previous"], .shift(-1))
        add(["this", "current"], .shift(0))
        add(["next", "coming"], .shift(1))
        add(["early", "mid", "late", "earlier", "later"], .edge)
        add(["since"], .since)
        add(["ago"], .ago)
        add(["the"], .the)
        add(["of"], .of)
        let numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twelve"]
        for (index, word) in numbers.enumerated() { add([word], .count(index + 1)) }
        add(["a", "an"], .count(1))
        add(["couple"], .count(2))
        add(["st", "nd", "rd", "th"], .ordinalSuffix)
        add(["in", "by", "until", "till", "from", "during", "before", "after", "between", "around",
             "throughout", "circa", "summer", "winter", "spring", "autumn"], .yearContext)
        return table
    }()

    /// Words every expression without a year or a numeric date contains (a weekday, month, day
    /// word, unit, weekend, night or part of day), by `LetterRun` fingerprint.
    static let anchorFilter = KeywordFilter(table.compactMap { key, lexeme in
        switch lexeme {
        case .weekday, .month, .dayOffset, .tonight, .overnight, .night, .partOfDay, .unit, .weekend:
            LetterRun.fingerprint(ofWordKey: key)
        default: nil
        }
    })

    /// Words an expression can start with; at a token that is neither one of these nor a number,
    /// `TemporalGrammar.match` finds nothing.
    static let starterFilter = KeywordFilter(table.compactMap { key, lexeme in
        switch lexeme {
        case .weekday, .month, .dayOffset, .tonight, .overnight, .shift, .edge, .the, .count, .since: key
        default: nil
        }
    })

    /// Whether `bytes[range]` may hold an expression, in one pass without tokenizing: an anchor word,
    /// a run of exactly four digits (a year, or the year of a numeric date) or a slash (the
    /// separator of a numeric date with a two-digit year). Every other expression needs an anchor:
    /// a day and month its month name, "36 hours ago" and "the past 24 hours" their unit.
    static func mayContainExpression(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool {
        let filter = anchorFilter
        var digits = 0
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                if digits == 4 { return true }
                digits = 0
                let (wordEnd, fingerprint) = LetterRun.scanFingerprint(bytes, from: index, end: end)
                if filter.mayContain(fingerprint) { return true }
                index = wordEnd
                continue
            }
            index += 1
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                continue
            }
            if digits == 4 || byte == UInt8(ascii: "/") { return true }
            digits = 0
        }
        return digits == 4
    }

    /// `table` for lookups by token.
    static let lookup = KeywordTable(table)

    /// The key of "since", the one lexeme that opens an expression around another.
    static let sinceKey = WordKey.make("since")

    /// Capitalised words after a weekday that make it part of a name: "Sunday Times", "Sunday Mirror".
    static let weekdayNameTails = WordKeySet([
        "times", "telegraph", "mirror", "express", "people", "post", "herald", "independent", "mail",
        "sport", "world", "star", "tribune", "school", "service", "league", "night", "live", "best",
        "observer", "record", "sun", "business", "review", "magazine",
    ])

    /// Capitalised words before a weekday that make it a named day: "Bloody Sunday", "Super Tuesday".
    static let weekdayNameHeads = WordKeySet([
        "bloody", "black", "good", "super", "ash", "palm", "easter", "cyber", "holy", "maundy", "whit", "man", "girl",
    ])

    /// Full month names of four letters or fewer; other names that short are abbreviations ("Dec").
    static let shortFullMonthNames = WordKeySet(["may", "june", "july"])

    /// The "s" of "1990s".
    static let decadeSuffix = WordKey.make("s")

    /// Words joining two years: "between 2013 and 2015", "2014 to 2017".
    static let yearLinks = WordKeySet(["and", "to", "or"])

    /// Words after a capitalised "Today" that make it a programme's name: "the Today programme".
    static let todayNameTails = WordKeySet(["programme", "program", "show"])
}
