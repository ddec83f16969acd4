import SitrepUI

/// The one table that gives each style role its look: colours at 256 and at 8 colours, and the
/// attributes that replace colour on a monochrome terminal. The grid's own attributes (bold for people,
/// reverse for the selection, ...) always apply on top, so colour never carries meaning alone.
struct Theme {
    /// Foreground and background colour numbers; -1 is the terminal's own colour.
    struct Colours: Equatable {
        var foreground: Int16
        var background: Int16

        init(_ foreground: Int16, _ background: Int16) {
            self.foreground = foreground
            self.background = background
        }
    }

    struct Entry {
        var rich: Colours
        var basic: Colours
        var monochrome: TextAttributes

        init(_ rich: Colours, _ basic: Colours, _ monochrome: TextAttributes) {
            self.rich = rich
            self.basic = basic
            self.monochrome = monochrome
        }
    }

    private static let red: Int16 = 1, green: Int16 = 2, yellow: Int16 = 3
    private static let blue: Int16 = 4, magenta: Int16 = 5, cyan: Int16 = 6, white: Int16 = 7

    /// The look of a role.
    static func entry(_ role: StyleRole) -> Entry {
        switch role {
        case .normal: Entry(.init(-1, -1), .init(-1, -1), [])
        case .dim: Entry(.init(245, -1), .init(-1, -1), .dim)
        case .paneTitle: Entry(.init(110, -1), .init(cyan, -1), [])
        case .paneTitleFocused: Entry(.init(117, -1), .init(cyan, -1), [])
        case .border: Entry(.init(240, -1), .init(-1, -1), [])
        case .borderFocused: Entry(.init(117, -1), .init(cyan, -1), [])
        case .statusBar: Entry(.init(252, 236), .init(white, blue), .reverse)
        case .statusKey: Entry(.init(222, 236), .init(yellow, blue), [.reverse, .bold])
        case .prompt: Entry(.init(231, 238), .init(white, blue), .reverse)
        case .helpOverlay: Entry(.init(253, 237), .init(white, blue), [])
        case .person: Entry(.init(215, -1), .init(yellow, -1), [])
        case .organisation: Entry(.init(114, -1), .init(green, -1), [])
        case .place: Entry(.init(81, -1), .init(cyan, -1), [])
        case .date: Entry(.init(183, -1), .init(magenta, -1), [])
        case .match: Entry(.init(220, -1), .init(yellow, -1), [])
        case .sentenceHighlight: Entry(.init(-1, 238), .init(-1, -1), [])
        case .conflict: Entry(.init(203, -1), .init(red, -1), .bold)
        case .boilerplate: Entry(.init(242, -1), .init(-1, -1), .dim)
        case .heatLow: Entry(.init(108, -1), .init(green, -1), [])
        case .heatMid: Entry(.init(179, -1), .init(yellow, -1), [])
        case .heatHigh: Entry(.init(203, -1), .init(red, -1), [])
        case .error: Entry(.init(203, -1), .init(red, -1), .bold)
        case .emphasis: Entry(.init(220, -1), .init(yellow, -1), [])
        }
    }

    /// The colours of a role at a depth, or nil when the depth uses attributes only.
    static func colours(_ role: StyleRole, depth: ColourDepth) -> Colours? {
        switch depth {
        case .monochrome: nil
        case .eight: entry(role).basic
        case .twoHundredFiftySix: entry(role).rich
        }
    }

    /// Attributes the role adds at a depth (monochrome replaces colour with them; 8 colours dims grey roles).
    static func extraAttributes(_ role: StyleRole, depth: ColourDepth) -> TextAttributes {
        switch depth {
        case .monochrome: entry(role).monochrome
        case .eight: entry(role).monochrome.intersection(.dim)
        case .twoHundredFiftySix: []
        }
    }
}
