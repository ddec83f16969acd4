/// What may be sent to the terminal for one cell: the backend's last line of defence against
/// control characters, escape sequences and bidirectional overrides, and the ASCII fallback for
/// terminals whose locale is not UTF-8.
public enum CellText {
    /// The text to send for a cell's grapheme; always printable, one or two columns as the grid measured.
    public static func printable(_ text: String, ascii: Bool) -> String {
        if text.unicodeScalars.contains(where: isUnsafe) { return "?" }
        return ascii ? approximation(text) : text
    }

    /// Whether every terminal gives the text the width the grid gave it: ASCII, Latin, Greek, Cyrillic,
    /// punctuation, arrows and box drawing are one column everywhere; emoji and East Asian text vary.
    static func hasSureWidth(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x1100 || (0x2000..<0x2600).contains($0.value) }
    }

    /// Scalars that move the cursor, switch modes or reorder text when written to a terminal.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// An ASCII stand-in of the same width: quotes, dashes and box lines keep their shape, letters
    /// lose their accents, anything else becomes `?` (or `??` for a wide character).
    static func approximation(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        if first.isASCII { return String(Character(first)) }
        if DisplayWidth.of(first) == 2 { return "??" }
        switch first.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x2010...0x2015, 0x2212: return "-"
        case 0x00A0, 0x2000...0x200A, 0x202F: return " "
        case 0x2026, 0x00B7, 0x2022, 0x25CF: return first.value == 0x2022 || first.value == 0x25CF ? "*" : "."
        case 0x25B8, 0x25B6, 0x25BA: return ">"
        case 0x25BE, 0x25BC: return "v"
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x2550, 0x254C, 0x254D: return "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x2551, 0x254E, 0x254F: return "|"
        case 0x2500...0x257F: return "+"
        default: return baseLetter(first) ?? "?"
        }
    }

    /// The ASCII letter a Latin letter with a diacritic is built on, from its Unicode name
    /// ("LATIN SMALL LETTER E WITH ACUTE" -> e).
    private static func baseLetter(_ scalar: Unicode.Scalar) -> String? {
        guard let name = scalar.properties.name, name.hasPrefix("LATIN ") else { return nil }
        let words = name.split(separator: " ")
        guard let index = words.firstIndex(of: "LETTER"), index + 1 < words.count, words[index + 1].count == 1
        else { return nil }
        let letter = String(words[index + 1])
        return words.contains("SMALL") ? letter.lowercased() : letter
    }
}
