/// The words of a sentence's scalars as `EventSummary` counts and matches them: split at spaces, with
/// quote marks, full stops and commas left out (a piece made only of those is no word) and ASCII capitals
/// lowered. Nothing is allocated to count words.
enum ScalarWords {
    /// Number of words in `text`.
    static func count(in text: some SummaryText) -> Int {
        var count = 0
        var inWord = false
        for scalar in text {
            if scalar == " " {
                inWord = false
            } else if !inWord && !isIgnored(scalar) {
                count += 1
                inWord = true
            }
        }
        return count
    }

    /// Whether one of the words of `text` is a reporting verb or "according" (`attributionWords`).
    static func containsAttributionWord<Text: SummaryText>(_ text: Text) -> Bool {
        var index = text.startIndex
        while index < text.endIndex {
            let end = text[index...].firstIndex(of: " ") ?? text.endIndex
            if isAttributionWord(text[index..<end]) { return true }
            index = end + 1
        }
        return false
    }

    /// Whether `piece`, without its ignored scalars and with ASCII capitals lowered, is an attribution word.
    /// Compared in place: no String per word.
    static func isAttributionWord(_ piece: some SummaryText) -> Bool {
        let length = piece.reduce(0) { isIgnored($1) ? $0 : $0 + 1 }
        return attributionWords.contains { word in
            guard word.utf8CodeUnitCount == length else { return false }
            var offset = 0
            for scalar in piece where !isIgnored(scalar) {
                guard asciiLowered(scalar).value == UInt32(word.utf8Start[offset]) else { return false }
                offset += 1
            }
            return true
        }
    }

    /// Quote marks, full stops and commas: dropped from words.
    static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "," || isQuoteMark(scalar)
    }

    static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{AB}", "\u{BB}": true
        default: false
        }
    }

    /// The scalar with an ASCII capital lowered; any other scalar unchanged.
    static func asciiLowered(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar
    }

    static let attributionWords: [StaticString] = [
        "said", "says", "told", "added", "according", "claimed", "reported", "stated", "explained", "insisted",
        "warned", "announced", "confirmed", "tweeted", "wrote",
    ]
}
