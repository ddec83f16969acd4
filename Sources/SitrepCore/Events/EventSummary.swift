/// Makes a one-line summary from a reported sentence: drops a leading dateline, the surrounding
/// quotation marks and a short attribution clause ("..., he said."), then shortens it at a word boundary.
///
/// Works on unicode scalars (no grapheme walking, no Foundation), since it runs once per timeline entry.
public enum EventSummary {
    /// The longest summary, in characters, before it is shortened with an ellipsis.
    public static let maximumLength = 100

    public static func make(from sentence: String, maximumLength: Int = maximumLength) -> String {
        var text = Array(sentence.unicodeScalars)[...]
        text = trimmed(text)
        text = dropDateline(text)
        text = dropLeadingAttribution(text)
        text = dropReportingClause(text)
        text = dropTrailingAttribution(text)
        text = stripQuotes(text)
        text = softenShoutedFirstWord(text)
        while let last = text.last, ".;:,".unicodeScalars.contains(last) { text = trimmed(text.dropLast()) }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text)
        return shorten(String(result), to: maximumLength)
    }

    typealias Scalars = ArraySlice<Unicode.Scalar>

    /// "Damascus (AsiaNews / Agencies) - In the last ..." -> "In the last ...".
    static func dropDateline(_ text: Scalars) -> Scalars {
        let limit = min(text.endIndex - 3, text.startIndex + 60)
        var index = text.startIndex
        var sawParenthesis = false
        while index < limit {
            if text[index] == "(" { sawParenthesis = true }
            if sawParenthesis, text[index] == ")", text[index + 1] == " ", dashes.contains(text[index + 2]),
               text[index + 3] == " " {
                return trimmed(text[(index + 4)...])
            }
            index += 1
        }
        return text
    }

    /// "According to the SDF, 500 fighters ..." -> "500 fighters ...".
    static func dropLeadingAttribution(_ text: Scalars) -> Scalars {
        guard lowered(text.prefix(13)) == "according to ", let comma = text.firstIndex(of: ","),
              words(text[..<comma]).count <= 8 else { return text }
        let rest = trimmed(text[(comma + 1)...])
        return rest.isEmpty ? text : capitalisingFirst(rest)
    }

    static func capitalisingFirst(_ text: Scalars) -> Scalars {
        guard let first = text.first, first.properties.isLowercase,
              first.properties.uppercaseMapping.unicodeScalars.count == 1,
              let upper = first.properties.uppercaseMapping.unicodeScalars.first else { return text }
        return [upper] + text.dropFirst()
    }

    /// "SDF official Mustafa Bali said that 1,500 fighters surrendered" -> "1,500 fighters surrendered".
    /// Cut only when "said" comes early (within `reportingClauseWords`) and is followed by "that" or by a
    /// number or capital that starts the report; at least four words must remain.
    static func dropReportingClause(_ text: Scalars) -> Scalars {
        var index = text.startIndex
        var wordCount = 0
        while index < text.endIndex, wordCount <= reportingClauseWords {
            guard let space = text[index...].firstIndex(of: " ") else { return text }
            wordCount += 1
            let word = lowered(text[index..<space])
            index = space + 1
            guard word == "said" || word == "says" else { continue }
            var rest = text[index...]
            if lowered(rest.prefix(5)) == "that " { rest = rest.dropFirst(5) }
            guard let first = rest.first, rest.count > text.count / 4, words(rest).count >= 4,
                  rest.startIndex > index || first.properties.numericType != nil || first.properties.isUppercase
            else { return text }
            return capitalisingFirst(rest)
        }
        return text
    }

    /// "... surrendered today, according to the SDF." / "“...,” he said." -> the reported part.
    static func dropTrailingAttribution(_ text: Scalars) -> Scalars {
        guard let comma = text.lastIndex(of: ",") else { return text }
        let tail = words(text[(comma + 1)...])
        guard !tail.isEmpty, tail.count <= 8, tail.contains(where: attributionWords.contains) else { return text }
        let head = trimmed(text[..<comma])
        return words(head).count >= 3 ? head : text
    }

    /// Tabloid openings shout their first word ("THE crumbling caliphate"): "The crumbling caliphate".
    /// Only function words of three letters or more are softened, so a leading acronym keeps its
    /// capitals, including those spelt like a two-letter function word ("IS was created", "US troops").
    static func softenShoutedFirstWord(_ text: Scalars) -> Scalars {
        guard let space = text.firstIndex(of: " "), space - text.startIndex >= 3,
              text[text.startIndex..<space].allSatisfy({ $0.properties.isUppercase }),
              StopWords.contains(lowered(text[text.startIndex..<space])) else { return text }
        return text[text.startIndex...text.startIndex] + lowered(text[(text.startIndex + 1)..<space]).unicodeScalars
            + text[space...]
    }

    static func stripQuotes(_ text: Scalars) -> Scalars {
        var text = text
        while let first = text.first, quoteMarks.contains(first) { text = text.dropFirst() }
        while let last = text.last, quoteMarks.contains(last) || last == "," { text = text.dropLast() }
        return trimmed(text)
    }

    /// Cuts at the last space before `limit` characters and adds an ellipsis.
    static func shorten(_ text: String, to limit: Int) -> String {
        guard text.unicodeScalars.count > limit, text.count > limit else { return text }
        let cut = text.index(text.startIndex, offsetBy: limit - 1)
        var head = text[..<cut]
        if let space = head.lastIndex(of: " "), head.distance(from: head.startIndex, to: space) > limit / 2 {
            head = head[..<space]
        }
        while let last = head.last, " ,;:-–—".contains(last) { head = head.dropLast() }
        return head + "…"
    }

    /// Lower-cased words, split at spaces and stripped of quotes and full stops.
    static func words(_ text: Scalars) -> [String] {
        text.split { $0 == " " }.map { word in
            lowered(word.filter { !quoteMarks.contains($0) && $0 != "." && $0 != "," })
        }.filter { !$0.isEmpty }
    }

    static func lowered<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> String {
        var view = String.UnicodeScalarView()
        for scalar in scalars {
            view.append(scalar.isASCII && scalar.properties.isUppercase
                        ? Unicode.Scalar(scalar.value + 32)! : scalar)
        }
        return String(view)
    }

    static func trimmed(_ text: Scalars) -> Scalars {
        var text = text
        while let first = text.first, first.properties.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.properties.isWhitespace { text = text.dropLast() }
        return text
    }

    static let reportingClauseWords = 12
    private static let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}"]
    private static let quoteMarks: Set<Unicode.Scalar> = ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}",
                                                          "\u{AB}", "\u{BB}"]
    private static let attributionWords: Set<String> = [
        "said", "says", "told", "added", "according", "claimed", "reported", "stated", "explained", "insisted",
        "warned", "announced", "confirmed", "tweeted", "wrote",
    ]
}
