/// Shortens a summary to `limit` characters: cut before the last one, back to the last space when that
/// keeps more than half, trailing spaces, punctuation and dashes dropped, then "…" added.
///
/// Characters are counted without grapheme walking when every scalar is a character of its own
/// (`isOwnCharacter`), which holds for Latin text with typographic quotes and dashes.
enum SummaryShortener {
    static func shorten(_ text: String, to limit: Int) -> String {
        guard text.unicodeScalars.count > limit else { return text }
        let characters = Array(text)
        guard characters.count > limit else { return text }
        let kept = keptCount(characters, limit: limit, isSpace: { $0 == " " },
                             isTrailing: { " ,;:-–—".contains($0) })
        return String(characters[..<kept]) + "…"
    }

    static func shorten<Text: SummaryText>(_ scalars: Text, to limit: Int) -> String {
        guard scalars.count > limit else { return scalars.string() }
        guard scalars.allSatisfy(isOwnCharacter) else { return shorten(scalars.string(), to: limit) }
        let kept = keptCount(scalars, limit: limit, isSpace: { $0 == " " }, isTrailing: isTrailing)
        return scalars.prefix(kept).string(appending: "…")
    }

    /// How many of `units` (more than `limit` characters) the shortened text keeps before the ellipsis.
    static func keptCount<Units: RandomAccessCollection>(
        _ units: Units, limit: Int, isSpace: (Units.Element) -> Bool, isTrailing: (Units.Element) -> Bool
    ) -> Int where Units.Index == Int {
        let start = units.startIndex
        var kept = limit - 1
        if let space = (0..<kept).last(where: { isSpace(units[start + $0]) }), space > limit / 2 { kept = space }
        while kept > 0, isTrailing(units[start + kept - 1]) { kept -= 1 }
        return kept
    }

    static func isTrailing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", ",", ";", ":", "-", "\u{2013}", "\u{2014}": true
        default: false
        }
    }

    /// Whether the scalar always makes a character by itself: no grapheme rule joins it to a neighbour.
    /// True below U+0300 (where combining marks start) except CR (CR LF is one character), and for the
    /// General Punctuation quotes, dashes and marks U+2010-U+2027 and U+2030-U+205E.
    static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x300 && value != 0x0D) || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
    }
}
