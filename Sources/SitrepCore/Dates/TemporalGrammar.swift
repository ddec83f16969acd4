/// A temporal expression found in a sentence's tokens: `start..<end` are token indices.
struct TemporalMatch: Hashable, Sendable {
    var start: Int
    var end: Int
    var reference: TemporalReference
}

/// Recognises temporal expressions over one sentence's tokens, left to right, longest match first.
///
/// Expression texts leave out locating prepositions ("on Sunday" is tagged "Sunday", "over the
/// weekend" is "the weekend", "in the past two weeks" is "the past two weeks") but keep words that
/// change the value: "since December", "last month", "later today", "Monday evening (11 March)".
struct TemporalGrammar {
    /// The sentence's tokens, in memory that outlives the grammar (the tagger's token buffer).
    let tokens: UnsafeBufferPointer<TextToken>
    /// `TemporalLexicon.lookup`, read once rather than through its global accessor on every lookup.
    private let lexicon = TemporalLexicon.lookup
    private let starters = TemporalLexicon.starterFilter

    init(tokens: UnsafeBufferPointer<TextToken>) {
        self.tokens = tokens
    }

    /// The temporal role of the word at `index`, looked up when asked: most tokens are asked once.
    func lexeme(_ index: Int) -> Lexeme? {
        guard index >= 0 && index < tokens.count, tokens[index].kind == .word else { return nil }
        return lexicon[tokens[index].key]
    }

    func token(_ index: Int) -> TextToken? {
        index >= 0 && index < tokens.count ? tokens[index] : nil
    }

    func isPunctuation(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
        token(index)?.isPunctuation(mark) ?? false
    }

    /// Whether tokens `a` and `b` touch, with no space between them.
    func adjacent(_ a: Int, _ b: Int) -> Bool {
        guard let left = token(a), let right = token(b) else { return false }
        return left.end == right.start
    }

    /// Whether an expression may start at token `index`: a number, or a word that can open one (a filter
    /// test, so `match` runs at few of a sentence's tokens).
    func mayStartMatch(at index: Int) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .number: return true
        case .word: return token.key != 0 && starters.mayContain(token.key)
        case .punctuation: return false
        }
    }

    /// The expression starting at token `index`, if any.
    func match(at index: Int) -> TemporalMatch? {
        if tokens[index].key == TemporalLexicon.sinceKey, let inner = point(at: index + 1, hasContext: true) {
            return TemporalMatch(start: index, end: inner.end, reference: .since(inner.reference))
        }
        return point(at: index, hasContext: false)
    }

    private func point(at index: Int, hasContext: Bool) -> TemporalMatch? {
        guard let token = token(index) else { return nil }
        if token.kind == .number { return numeric(at: index, hasContext: hasContext || hasYearContext(before: index)) }
        guard let lexeme = lexeme(index) else { return nil }
        switch lexeme {
        case .weekday(let weekday):
            return self.weekday(weekday, shift: nil, start: index, at: index)
        case .month(let month, let ambiguous):
            let allowed = !ambiguous || hasContext || hasMonthContext(before: index)
            return self.month(month, shift: nil, start: index, at: index, bareAllowed: allowed)
        case .dayOffset(let offset):
            if offset == 0, token.isCapitalized, let next = self.token(index + 1),
               TemporalLexicon.todayNameTails.contains(next.key) { return nil }
            return dayOffset(offset, start: index, at: index)
        case .tonight, .overnight:
            return TemporalMatch(start: index, end: index + 1, reference: .dayOffset(0))
        case .shift(let shift):
            return shifted(shift, start: index, at: index + 1)
        case .edge:
            return edged(start: index)
        case .the:
            return definite(start: index)
        case .count(let count):
            return ago(count, start: index, at: index + 1)
        default:
            return nil
        }
    }

    /// "today", "yesterday morning", "tomorrow night".
    private func dayOffset(_ offset: Int, start: Int, at index: Int) -> TemporalMatch {
        var end = index + 1
        switch lexeme(end) {
        case .partOfDay?, .night?: end += 1
        default: break
        }
        return TemporalMatch(start: start, end: end, reference: .dayOffset(offset))
    }

    /// After "last", "this", "next": a weekday, month, unit, weekend, "night", a part of day, or a counted span.
    private func shifted(_ shift: Int, start: Int, at index: Int) -> TemporalMatch? {
        switch lexeme(index) {
        case .weekday(let weekday)?:
            return self.weekday(weekday, shift: shift, start: start, at: index)
        case .month(let month, _)?:
            return self.month(month, shift: shift, start: start, at: index, bareAllowed: true)
        case .unit(let unit, _)? where (unit == .week || unit == .month || unit == .year) && !isPlural(index):
            return TemporalMatch(start: start, end: index + 1, reference: .relative(unit, shift: shift))
        case .weekend?:
            return TemporalMatch(start: start, end: index + 1, reference: .weekend(shift: shift))
        case .night? where shift == -1:
            return TemporalMatch(start: start, end: index + 1, reference: .dayOffset(-1))
        case .partOfDay? where shift == 0:
            return TemporalMatch(start: start, end: index + 1, reference: .dayOffset(0))
        default:
            return shift != 0 ? span(shift, start: start, at: index, requireCount: true) : nil
        }
    }

    /// "later today", "earlier this month", "early December", "mid-March".
    private func edged(start: Int) -> TemporalMatch? {
        var index = start + 1
        if isPunctuation(index, "-"), adjacent(start, index) { index += 1 }
        switch lexeme(index) {
        case .dayOffset(let offset)?: return dayOffset(offset, start: start, at: index)
        case .month(let month, _)?: return self.month(month, shift: nil, start: start, at: index, bareAllowed: true)
        case .shift(let shift)?:
            guard let inner = shifted(shift, start: start, at: index + 1),
                  case .relative = inner.reference else { return nil }
            return inner
        default: return nil
        }
    }

    /// "the weekend", "the past two weeks", "the 11th of March".
    private func definite(start: Int) -> TemporalMatch? {
        let index = start + 1
        switch lexeme(index) {
        case .weekend?: return TemporalMatch(start: start, end: index + 1, reference: .weekend(shift: nil))
        case .shift(let shift)? where shift != 0: return span(shift, start: start, at: index + 1, requireCount: false)
        default:
            guard token(index)?.kind == .number, let inner = dayMonth(at: index) else { return nil }
            return TemporalMatch(start: start, end: inner.end, reference: inner.reference)
        }
    }

    /// "[the] past two weeks", "last 24 hours", "the next three days", "the past week".
    private func span(_ shift: Int, start: Int, at index: Int, requireCount: Bool) -> TemporalMatch? {
        var cursor = index
        var count = 1
        var counted = false
        if case .count(let value)? = lexeme(cursor) {
            count = value
            counted = true
            cursor += 1
        } else if let number = token(cursor), number.kind == .number, number.number > 0, number.length <= 4 {
            count = number.number
            counted = true
            cursor += 1
        }
        if counted, case .of? = lexeme(cursor) { cursor += 1 }
        guard counted || !requireCount, case .unit(let unit, let multiple)? = lexeme(cursor) else { return nil }
        if !counted && (unit == .day || unit == .hour) { return nil } // "the next day" is narrative, not anchored
        if !counted && isPlural(cursor) { return nil }                  // "the previous weeks" is vague
        if case .of? = lexeme(cursor + 1) { return nil }             // "the last week of February"
        let total = count * multiple
        let reference: TemporalReference = shift < 0 ? .pastSpan(count: total, unit: unit) : .nextSpan(count: total, unit: unit)
        return TemporalMatch(start: start, end: cursor + 1, reference: reference)
    }

    /// Whether the word ends in "s" ("weeks", "months").
    func isPlural(_ index: Int) -> Bool {
        guard let token = token(index) else { return false }
        return token.key & 0x1F == 19
    }

    /// "two weeks ago", "a year ago", "36 hours ago".
    func ago(_ count: Int, start: Int, at index: Int) -> TemporalMatch? {
        guard case .unit(let unit, let multiple)? = lexeme(index), case .ago? = lexeme(index + 1) else { return nil }
        return TemporalMatch(start: start, end: index + 2, reference: .ago(count: count * multiple, unit: unit))
    }
}
