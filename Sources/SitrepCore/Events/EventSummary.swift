/// Makes a one-line summary from a reported sentence: drops a leading dateline, the surrounding
/// quotation marks and a short attribution clause ("..., he said."), then shortens it at a word boundary.
///
/// Works on the sentence's scalars (`SummaryText`), sliced but never copied per step: its bytes when it is
/// all ASCII (`ASCIIScalars`), else an array of decoded scalars, with ASCII fast paths for the character
/// properties it asks about (no grapheme walking unless a long summary holds combining marks).
public enum EventSummary {
    /// The longest summary, in characters, before it is shortened with an ellipsis.
    public static let maximumLength = 100

    public static func make(from sentence: some StringProtocol, maximumLength: Int = maximumLength) -> String {
        sentence.utf8.withContiguousStorageIfAvailable { make(fromUTF8: $0, maximumLength: maximumLength) }
            ?? make(Array(sentence.unicodeScalars)[...], maximumLength: maximumLength)
    }

    /// The summary of a sentence given as UTF-8 bytes (valid, as a Swift string's).
    static func make(fromUTF8 sentence: UnsafeBufferPointer<UInt8>, maximumLength: Int = maximumLength) -> String {
        AlphanumericLanes.isASCII(sentence)
            ? make(ASCIIScalars(sentence), maximumLength: maximumLength)
            : make(UTF8Scalar.scalars(of: sentence)[...], maximumLength: maximumLength)
    }

    static func make<Text: SummaryText>(_ scalars: Text, maximumLength: Int) -> String {
        var text = trimmed(scalars)
        text = dropDateline(text)
        text = dropLeadingAttribution(text)
        text = dropReportingClause(text)
        text = dropTrailingAttribution(text)
        text = stripQuotes(text)
        text = softenShoutedFirstWord(text)
        while let last = text.last, last == "." || last == ";" || last == ":" || last == "," {
            text = trimmed(text.dropLast())
        }
        return SummaryShortener.shorten(text, to: maximumLength)
    }

    /// Cuts `text` at the last space before `limit` characters and adds an ellipsis.
    static func shorten(_ text: String, to limit: Int) -> String { SummaryShortener.shorten(text, to: limit) }

    /// "Damascus (AsiaNews / Agencies) - In the last ..." -> "In the last ...".
    static func dropDateline<Text: SummaryText>(_ text: Text) -> Text {
        let limit = min(text.endIndex - 3, text.startIndex + 60)
        var index = text.startIndex
        var sawParenthesis = false
        while index < limit {
            if text[index] == "(" { sawParenthesis = true }
            if sawParenthesis, text[index] == ")", text[index + 1] == " ", isDash(text[index + 2]),
               text[index + 3] == " " {
                return trimmed(text[(index + 4)...])
            }
            index += 1
        }
        return text
    }

    /// "According to the SDF, 500 fighters ..." -> "500 fighters ...".
    static func dropLeadingAttribution<Text: SummaryText>(_ text: Text) -> Text {
        guard startsLowered(text, with: "according to "), let comma = text.firstIndex(of: ","),
              ScalarWords.count(in: text[..<comma]) <= 8 else { return text }
        let rest = trimmed(text[(comma + 1)...])
        return rest.isEmpty ? text : capitalisingFirst(rest)
    }

    static func capitalisingFirst<Text: SummaryText>(_ text: Text) -> Text {
        guard let first = text.first else { return text }
        let upper: Unicode.Scalar
        if first.isASCII {
            guard first.value >= 0x61, first.value <= 0x7A else { return text }
            upper = Unicode.Scalar(UInt8(first.value - 32))
        } else {
            guard first.properties.isLowercase, first.properties.uppercaseMapping.unicodeScalars.count == 1,
                  let mapped = first.properties.uppercaseMapping.unicodeScalars.first else { return text }
            upper = mapped
        }
        var text = text
        text.replace(at: text.startIndex, with: upper)
        return text
    }

    /// "SDF official Mustafa Bali said that 1,500 fighters surrendered" -> "1,500 fighters surrendered".
    /// Cut only when "said" comes early (within `reportingClauseWords`) and is followed by "that" or by a
    /// number or capital that starts the report; at least four words must remain.
    static func dropReportingClause<Text: SummaryText>(_ text: Text) -> Text {
        var index = text.startIndex
        var wordCount = 0
        while index < text.endIndex, wordCount <= reportingClauseWords {
            guard let space = text[index...].firstIndex(of: " ") else { return text }
            wordCount += 1
            let word = text[index..<space]
            index = space + 1
            guard word.count == 4, startsLowered(word, with: "said") || startsLowered(word, with: "says") else { continue }
            var rest = text[index...]
            if startsLowered(rest, with: "that ") { rest = rest.dropFirst(5) }
            guard let first = rest.first, rest.count > text.count / 4, ScalarWords.count(in: rest) >= 4,
                  rest.startIndex > index || isNumeric(first) || isUppercase(first)
            else { return text }
            return capitalisingFirst(rest)
        }
        return text
    }

    /// "... surrendered today, according to the SDF." / "“...,” he said." -> the reported part.
    static func dropTrailingAttribution<Text: SummaryText>(_ text: Text) -> Text {
        guard let comma = text.lastIndex(of: ",") else { return text }
        let tail = text[(comma + 1)...]
        let tailWords = ScalarWords.count(in: tail)
        guard tailWords > 0, tailWords <= 8, ScalarWords.containsAttributionWord(tail) else { return text }
        let head = trimmed(text[..<comma])
        return ScalarWords.count(in: head) >= 3 ? head : text
    }

    /// Tabloid openings shout their first word ("THE crumbling caliphate"): "The crumbling caliphate".
    /// Only function words of three letters or more are softened, so a leading acronym keeps its
    /// capitals, including those spelt like a two-letter function word ("IS was created", "US troops").
    static func softenShoutedFirstWord<Text: SummaryText>(_ text: Text) -> Text {
        guard let space = text.firstIndex(of: " "), space - text.startIndex >= 3,
              text[text.startIndex..<space].allSatisfy(isUppercase) else { return text }
        var word = String.UnicodeScalarView()
        for scalar in text[text.startIndex..<space] { word.append(ScalarWords.asciiLowered(scalar)) }
        guard StopWords.contains(String(word)) else { return text }
        var text = text
        for index in (text.startIndex + 1)..<space { text.replace(at: index, with: ScalarWords.asciiLowered(text[index])) }
        return text
    }

    static func stripQuotes<Text: SummaryText>(_ text: Text) -> Text {
        var text = text
        while let first = text.first, ScalarWords.isQuoteMark(first) { text = text.dropFirst() }
        while let last = text.last, ScalarWords.isQuoteMark(last) || last == "," { text = text.dropLast() }
        return trimmed(text)
    }

    static func trimmed<Text: SummaryText>(_ text: Text) -> Text {
        var text = text
        while let first = text.first, isWhitespace(first) { text = text.dropFirst() }
        while let last = text.last, isWhitespace(last) { text = text.dropLast() }
        return text
    }

    /// Whether `text` starts with `prefix` (lower-case ASCII) once its ASCII capitals are lowered.
    static func startsLowered<Text: SummaryText>(_ text: Text, with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard text.count >= count else { return false }
        var index = text.startIndex
        for offset in 0..<count {
            guard ScalarWords.asciiLowered(text[index]).value == UInt32(prefix.utf8Start[offset]) else { return false }
            index += 1
        }
        return true
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) : scalar.properties.isWhitespace
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 0x41 && scalar.value <= 0x5A : scalar.properties.isUppercase
    }

    static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 0x30 && scalar.value <= 0x39 : scalar.properties.numericType != nil
    }

    static func isDash(_ scalar: Unicode.Scalar) -> Bool { scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}" }

    static let reportingClauseWords = 12
}
