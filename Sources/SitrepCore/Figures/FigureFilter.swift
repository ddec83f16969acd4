/// Tells counts from the other numbers of a sentence, and finds the qualifier in front of a count.
enum FigureFilter {
    /// Years, dates, times, phone numbers, ordinals, money, rates, durations and measures.
    static func isExcluded(_ quantity: Quantity, in sentence: SentenceTokens) -> Bool {
        let tokens = sentence.tokens
        let previous = quantity.start > 0 ? tokens[quantity.start - 1] : nil
        let next = quantity.end < tokens.count ? tokens[quantity.end] : nil
        let isDigits = tokens[quantity.start].kind == .number
        if let next, next.kind == .word, FigureContext.units.contains(next.key) { return true }
        if let next, next.isPunctuation("-") || next.isPunctuation("–"),
           quantity.end + 1 < tokens.count, tokens[quantity.end + 1].kind == .word { return true }
        guard isDigits else { return false }
        if let previous, isJoiningMark(previous) { return true }
        if let next, isJoiningMark(next) { return true }
        if previous?.kind == .number || next?.kind == .number { return true }
        if isMonth(previous) || isMonth(next) { return true }
        return isYear(quantity, tokens[quantity.start], bytes: sentence.bytes, previous: previous, next: next)
    }

    private static func isJoiningMark(_ token: WordToken) -> Bool {
        token.kind == .punctuation && FigureContext.joiningMarks.contains(token.mark)
    }

    /// A four-digit number from 1800 to 2100 without a separator, unless it plainly counts something.
    private static func isYear(_ quantity: Quantity, _ token: WordToken, bytes: UnsafeBufferPointer<UInt8>,
                               previous: WordToken?,
                               next: WordToken?) -> Bool {
        guard quantity.end == quantity.start + 1, token.length == 4,
              bytes[token.start..<token.end].allSatisfy({ $0 &- 0x30 < 10 }) else { return false }
        let value = bytes[token.start..<token.end].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard (1800...2100).contains(value) else { return false }
        if let previous, FigureContext.yearPrepositions.contains(previous.key) { return true }
        guard let next, next.kind == .word else { return true }
        return next.isCapitalised || next.classes.contains(.stopWord)
    }

    private static func isMonth(_ token: WordToken?) -> Bool {
        guard let token, token.kind == .word, token.isCapitalised else { return false }
        return FigureContext.months.contains(token.key)
    }

    private static func isOpeningQuote(_ token: WordToken) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch token.mark {
        case "“", "\"", "‘": return true
        default: return false
        }
    }

    /// Where the figure's text starts once a qualifier in front is included, and whether there was one.
    static func qualifier(before start: Int, in tokens: UnsafeBufferPointer<WordToken>) -> (start: Int, found: Bool) {
        var end = start
        if end > 0, isOpeningQuote(tokens[end - 1]) { end -= 1 }
        guard end > 0, tokens[end - 1].kind == .word,
              let phrases = FigureContext.qualifiersByLastWord[tokens[end - 1].key] else { return (start, false) }
        for phrase in phrases where phrase.count <= end {
            let first = end - phrase.count
            if zip(tokens[first..<end], phrase).allSatisfy({ $0.kind == .word && $0.key == $1 }) {
                return (first, true)
            }
        }
        return (start, false)
    }
}
