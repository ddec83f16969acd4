/// Calendar names and numbers: weekdays, months, day-month dates, years and numeric dates.
extension TemporalGrammar {
    /// "Sunday", "Tuesday morning", "last Friday", "Tuesday, March 12", "Monday evening (11 March)".
    /// An explicit date after the weekday gives the value.
    func weekday(_ weekday: Int, shift: Int?, start: Int, at index: Int) -> TemporalMatch? {
        if start == index, let previous = token(index - 1), previous.isCapitalized,
           TemporalLexicon.weekdayNameHeads.contains(previous.key) { return nil }
        if let next = token(index + 1), next.isCapitalized, TemporalLexicon.weekdayNameTails.contains(next.key) {
            return nil
        }
        var end = index + 1
        switch lexeme(end) {
        case .partOfDay?, .night?: end += 1
        default: break
        }
        var cursor = end
        let opensParenthesis = isPunctuation(cursor, "(")
        if opensParenthesis || isPunctuation(cursor, ",") { cursor += 1 }
        if let explicit = explicitDate(at: cursor) {
            if opensParenthesis {
                guard isPunctuation(explicit.end, ")") else { return TemporalMatch(start: start, end: end, reference: .weekday(weekday, shift: shift)) }
                return TemporalMatch(start: start, end: explicit.end + 1, reference: explicit.reference)
            }
            return TemporalMatch(start: start, end: explicit.end, reference: explicit.reference)
        }
        return TemporalMatch(start: start, end: end, reference: .weekday(weekday, shift: shift))
    }

    /// A day-month or month-day date at `index`: "11 March", "March 11th, 2019", "12th of March".
    func explicitDate(at index: Int) -> TemporalMatch? {
        guard let token = token(index) else { return nil }
        if token.kind == .number { return dayMonth(at: index) }
        guard case .month(let month, _)? = lexeme(index),
              let match = self.month(month, shift: nil, start: index, at: index, bareAllowed: false) else { return nil }
        switch match.reference {
        case .monthDay, .absolute(.day): return match
        default: return nil
        }
    }

    /// A capitalised month name, with an optional following day and year. A bare month (or
    /// "last December") needs `bareAllowed`, which ambiguous names ("May") only get from context.
    func month(_ month: Int, shift: Int?, start: Int, at index: Int, bareAllowed: Bool) -> TemporalMatch? {
        guard let name = token(index), name.isCapitalized else { return nil }
        var cursor = index + 1
        if abbreviationDot(after: index) { cursor += 1 } // "Dec. 12"
        if shift == nil, let day = dayNumber(at: cursor) {
            let afterDay = day.end
            if let year = yearAfter(afterDay), let date = CalendarDate(year: year.value, month: month, day: day.value) {
                return TemporalMatch(start: start, end: year.end, reference: .absolute(.day(date)))
            }
            guard CalendarDate(year: 2000, month: month, day: day.value) != nil else { return nil }
            return TemporalMatch(start: start, end: afterDay, reference: .monthDay(month: month, day: day.value))
        }
        if shift == nil, let year = yearAfter(cursor) {
            return TemporalMatch(start: start, end: year.end, reference: .absolute(.month(year: year.value, month: month)))
        }
        let isShortForm = name.length <= 4 && !TemporalLexicon.shortFullMonthNames.contains(name.key)
        guard bareAllowed, !isShortForm else { return nil } // "Jan Egeland" is not January
        return TemporalMatch(start: start, end: index + 1, reference: .month(month, shift: shift))
    }

    /// Whether a short month name ("Dec", "Sept") at `index` is followed by its full stop and a number.
    func abbreviationDot(after index: Int) -> Bool {
        guard let name = token(index), name.length <= 4, isPunctuation(index + 1, "."), adjacent(index, index + 1) else {
            return false
        }
        return token(index + 2)?.kind == .number
    }

    /// "11 March", "11th of March", "28 February 2019".
    func dayMonth(at index: Int) -> TemporalMatch? {
        guard let day = dayNumber(at: index) else { return nil }
        var cursor = day.end
        if case .of? = lexeme(cursor) { cursor += 1 }
        guard case .month(let month, _)? = lexeme(cursor), let name = token(cursor), name.isCapitalized else { return nil }
        var end = cursor + 1
        if abbreviationDot(after: cursor), yearAfter(end + 1) != nil { end += 1 }
        if let year = yearAfter(end), let date = CalendarDate(year: year.value, month: month, day: day.value) {
            return TemporalMatch(start: index, end: year.end, reference: .absolute(.day(date)))
        }
        guard CalendarDate(year: 2000, month: month, day: day.value) != nil else { return nil }
        return TemporalMatch(start: index, end: end, reference: .monthDay(month: month, day: day.value))
    }

    /// A day number 1...31 with an optional ordinal suffix ("11th"), not part of a larger number ("2,000").
    func dayNumber(at index: Int) -> (value: Int, end: Int)? {
        guard let token = token(index), token.kind == .number, token.length <= 2,
              (1...31).contains(token.number), !continuesNumber(after: index) else { return nil }
        if case .ordinalSuffix? = lexeme(index + 1), adjacent(index, index + 1) { return (token.number, index + 2) }
        return (token.number, index + 1)
    }

    /// A four-digit year after an optional comma or "of": ", 2019", "2019", "of 2018".
    func yearAfter(_ index: Int) -> (value: Int, end: Int)? {
        var cursor = index
        if isPunctuation(cursor, ",") { cursor += 1 } else if case .of? = lexeme(cursor) { cursor += 1 }
        guard let year = plausibleYear(at: cursor) else { return nil }
        return (year, cursor + 1)
    }

    /// A four-digit number 1900...2100 that is not a piece of a larger number or a time.
    func plausibleYear(at index: Int) -> Int? {
        guard let token = token(index), token.kind == .number, token.length == 4,
              (1900...2100).contains(token.number), !continuesNumber(after: index) else { return nil }
        if let previous = self.token(index - 1), previous.end == token.start,
           previous.isPunctuation(",") || previous.isPunctuation(".") || previous.isPunctuation(":") { return nil }
        return token.number
    }

    /// Whether a separator and more digits follow directly ("2,000", "10.19", "12:30").
    func continuesNumber(after index: Int) -> Bool {
        guard let mark = token(index + 1), adjacent(index, index + 1), adjacent(index + 1, index + 2),
              token(index + 2)?.kind == .number else { return false }
        return mark.isPunctuation(",") || mark.isPunctuation(".") || mark.isPunctuation(":")
    }

    /// Numbers: ISO and numeric dates, day-month dates, years with context, "36 hours ago".
    func numeric(at index: Int, hasContext: Bool) -> TemporalMatch? {
        if let date = numericDate(at: index) { return date }
        if let decade = decade(at: index) { return decade }
        guard let token = token(index) else { return nil }
        if let match = dayMonth(at: index) { return match }
        if hasContext, let year = plausibleYear(at: index) {
            return TemporalMatch(start: index, end: index + 1, reference: .absolute(.year(year)))
        }
        if token.length <= 4, token.number > 0, !continuesNumber(after: index) {
            return ago(token.number, start: index, at: index + 1)
        }
        return nil
    }

    /// "2019-03-12", "28/02/2019", "03/13/2019", "13.3.19": three adjacent numbers with one separator.
    /// Dates with the year last stay `numericDate` references until the article's order is known.
    func numericDate(at index: Int) -> TemporalMatch? {
        guard let separator = token(index + 1), separator.kind == .punctuation,
              separator.isPunctuation("/") || separator.isPunctuation("-") || separator.isPunctuation("."),
              isPunctuation(index + 3, Unicode.Scalar(separator.scalar)!),
              adjacent(index, index + 1), adjacent(index + 1, index + 2), adjacent(index + 2, index + 3),
              adjacent(index + 3, index + 4),
              let first = token(index), let second = token(index + 2), let third = token(index + 4),
              second.kind == .number, third.kind == .number, second.length <= 2 else { return nil }
        if let after = token(index + 5), after.start == third.end, after.kind == .punctuation,
           token(index + 6)?.kind == .number, adjacent(index + 5, index + 6) { return nil } // "1.2.3.4"
        if first.length == 4 {
            guard let date = CalendarDate(year: first.number, month: second.number, day: third.number),
                  (1900...2100).contains(date.year) else { return nil }
            return TemporalMatch(start: index, end: index + 5, reference: .absolute(.day(date)))
        }
        guard first.length <= 2 else { return nil }
        let year: Int
        switch third.length {
        case 4: year = third.number
        case 2 where separator.isPunctuation("/"): year = third.number < 70 ? 2000 + third.number : 1900 + third.number
        default: return nil
        }
        let readable = NumericDateOrder.dayFirst.date(first: first.number, second: second.number, year: year) != nil
            || NumericDateOrder.monthFirst.date(first: first.number, second: second.number, year: year) != nil
        guard readable, (1900...2100).contains(year) else { return nil }
        return TemporalMatch(start: index, end: index + 5,
                             reference: .numericDate(first: first.number, second: second.number, year: year))
    }

    /// "the 1990s", "the early 2000s": a decade as an interval of years.
    func decade(at index: Int) -> TemporalMatch? {
        guard let year = plausibleYear(at: index), year % 10 == 0, let suffix = token(index + 1),
              adjacent(index, index + 1), suffix.key == TemporalLexicon.decadeSuffix else { return nil }
        return TemporalMatch(start: index, end: index + 2, reference: .absolute(.interval(.year(year), .year(year + 9))))
    }

    /// Words that make a bare four-digit number a year: "in 2014", "of 2018", "early 2019",
    /// "the year 2014", "between 2013 and 2015".
    func hasYearContext(before index: Int) -> Bool {
        switch lexeme(index - 1) {
        case .yearContext?, .of?, .since?, .edge?, .unit(.year, _)?: return true
        default: break
        }
        guard let link = token(index - 1), link.kind == .word || link.isPunctuation("-") || link.scalar == 0x2013 else {
            return false
        }
        let isLink = link.kind == .punctuation || TemporalLexicon.yearLinks.contains(link.key)
        return isLink && plausibleYear(at: index - 2) != nil
    }

    /// Words that let an ambiguous month name ("May", "March") stand alone: "in May", "since March".
    func hasMonthContext(before index: Int) -> Bool {
        switch lexeme(index - 1) {
        case .yearContext?, .of?, .since?, .edge?, .shift?: return true
        default: return false
        }
    }
}
