import CNcurses
import SitrepUI

/// The colour depth of the terminal and the SGR parameters that draw each style at that depth.
struct Palette {
    let depth: ColourDepth

    /// Asks curses how many colours the terminal has, unless `noColor` (the `NO_COLOR` variable) is set.
    init(noColor: String?) {
        let wanted = has_colors() && (noColor ?? "").isEmpty
        // COLORS is only known after start_color().
        let started = wanted && start_color() == OK
        depth = ColourDepth.choose(terminalHasColours: started, colours: Int(sitrep_colors()), noColor: noColor)
    }

    /// The SGR parameters of a style ("1;4;38;5;81"); empty for plain text. Colours -1 are the terminal's own.
    func parameters(_ style: Style) -> String {
        let wanted = style.attributes.union(Theme.extraAttributes(style.role, depth: depth))
        var parts: [String] = []
        if wanted.contains(.bold) { parts.append("1") }
        if wanted.contains(.dim) { parts.append("2") }
        if wanted.contains(.underline) { parts.append("4") }
        if wanted.contains(.reverse) { parts.append("7") }
        if let colours = Theme.colours(style.role, depth: depth) {
            if colours.foreground >= 0 { parts.append(Self.colour(colours.foreground, base: 30)) }
            if colours.background >= 0 { parts.append(Self.colour(colours.background, base: 40)) }
        }
        return parts.joined(separator: ";")
    }

    /// A colour number as SGR: 30-37 or 40-47 for the eight, 90-97 or 100-107 for the bright ones,
    /// else the 256-colour form.
    private static func colour(_ number: Int16, base: Int) -> String {
        switch number {
        case 0..<8: "\(base + Int(number))"
        case 8..<16: "\(base + 60 + Int(number) - 8)"
        default: "\(base + 8);5;\(number)"
        }
    }
}
