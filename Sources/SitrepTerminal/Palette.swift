import CNcurses
import SitrepUI

/// The colour pairs of the theme registered with ncurses, and the ncurses attributes for a style.
struct Palette {
    let depth: ColourDepth
    private var attributesByStyle: [Style: (attr_t, Int16)] = [:]

    /// Starts colours unless the terminal has none or `noColor` (the `NO_COLOR` variable) is set;
    /// pair `n + 1` belongs to the role with raw value `n`.
    init(noColor: String?) {
        let wanted = has_colors() && (noColor ?? "").isEmpty
        // COLORS is only known after start_color().
        let started = wanted && start_color() == OK
        depth = ColourDepth.choose(terminalHasColours: started, colours: Int(sitrep_colors()), noColor: noColor)
        guard depth != .monochrome else { return }
        let defaultsWork = use_default_colors() == OK
        for role in StyleRole.allCases {
            guard var colours = Theme.colours(role, depth: depth) else { continue }
            if !defaultsWork {
                if colours.foreground < 0 { colours.foreground = 7 }
                if colours.background < 0 { colours.background = 0 }
            }
            init_pair(Self.pair(role), colours.foreground, colours.background)
        }
    }

    private static func pair(_ role: StyleRole) -> Int16 { Int16(role.rawValue) + 1 }

    /// The ncurses attributes and colour pair that draw a style.
    mutating func curses(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        if let known = attributesByStyle[style] { return known }
        let wanted = style.attributes.union(Theme.extraAttributes(style.role, depth: depth))
        var attributes = sitrep_a_normal()
        if wanted.contains(.bold) { attributes |= sitrep_a_bold() }
        if wanted.contains(.underline) { attributes |= sitrep_a_underline() }
        if wanted.contains(.reverse) { attributes |= sitrep_a_reverse() }
        if wanted.contains(.dim) { attributes |= sitrep_a_dim() }
        let pair = depth == .monochrome ? 0 : Self.pair(style.role)
        attributesByStyle[style] = (attributes, pair)
        return (attributes, pair)
    }
}
