import Foundation

/// Makes a one-line summary from a reported sentence: drops a leading dateline, the surrounding
/// quotation marks and a short attribution clause ("..., he said."), then shortens it at a word boundary.
public enum EventSummary {
    /// The longest summary, in characters, before it is shortened with an ellipsis.
    public static let maximumLength = 100

    public static func make(from sentence: String, maximumLength: Int = maximumLength) -> String {
        var text = Substring(sentence).trimmingSpaces
        text = dropDateline(text)
        text = dropLeadingAttribution(text)
        text = dropTrailingAttribution(text)
        text = stripQuotes(text)
        while let last = text.last, ".;:,".contains(last) { text = text.dropLast().trimmingSpaces }
        return shorten(String(text), to: maximumLength)
    }

    /// "Damascus (AsiaNews / Agencies) - In the last ..." -> "In the last ...".
    static func dropDateline(_ text: Substring) -> Substring {
        guard let dash = text.range(of: ") - ") ?? text.range(of: ") – ") ?? text.range(of: ") — "),
              text.distance(from: text.startIndex, to: dash.lowerBound) < 60,
              text[..<dash.lowerBound].contains("(") else { return text }
        return text[dash.upperBound...].trimmingSpaces
    }

    /// "According to the SDF, 500 fighters ..." -> "500 fighters ...".
    static func dropLeadingAttribution(_ text: Substring) -> Substring {
        guard text.lowercased().hasPrefix("according to "), let comma = text.firstIndex(of: ","),
              text[..<comma].split(separator: " ").count <= 8 else { return text }
        let rest = text[text.index(after: comma)...].trimmingSpaces
        return rest.isEmpty ? text : capitalisingFirst(rest)
    }

    /// "... surrendered today, according to the SDF." / "“...,” he said." -> the reported part.
    static func dropTrailingAttribution(_ text: Substring) -> Substring {
        guard let comma = text.lastIndex(where: { $0 == "," }) else { return text }
        let tail = text[text.index(after: comma)...]
        let words = tail.split(whereSeparator: { $0 == " " || $0 == "\u{201D}" || $0 == "\"" || $0 == "." })
        guard !words.isEmpty, words.count <= 8,
              words.contains(where: { attributionWords.contains($0.lowercased()) }) else { return text }
        let head = text[..<comma].trimmingSpaces
        return head.split(separator: " ").count >= 3 ? head : text
    }

    static func stripQuotes(_ text: Substring) -> Substring {
        var text = text
        while let first = text.first, quoteMarks.contains(first) { text = text.dropFirst() }
        while let last = text.last, quoteMarks.contains(last) || last == "," { text = text.dropLast() }
        return text.trimmingSpaces
    }

    /// Cuts at the last space before `limit` characters and adds an ellipsis.
    static func shorten(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.index(text.startIndex, offsetBy: limit - 1)
        var head = text[..<cut]
        if let space = head.lastIndex(of: " "), head.distance(from: head.startIndex, to: space) > limit / 2 {
            head = head[..<space]
        }
        while let last = head.last, " ,;:-–—".contains(last) { head = head.dropLast() }
        return head + "…"
    }

    private static func capitalisingFirst(_ text: Substring) -> Substring {
        guard let first = text.first, first.isLowercase else { return text }
        return Substring(first.uppercased() + text.dropFirst())
    }

    private static let quoteMarks: Set<Character> = ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "«", "»"]
    private static let attributionWords: Set<String> = [
        "said", "says", "told", "added", "according", "claimed", "reported", "stated", "explained", "insisted",
        "warned", "announced", "confirmed", "tweeted", "wrote",
    ]
}

extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return text
    }
}
