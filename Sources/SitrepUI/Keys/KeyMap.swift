/// The one table of key bindings. Key lookup, the help overlay and the status-bar hints all read it.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding([.tab], .focusNext, .panes, "Next pane", hint: "pane", rank: 6),
        KeyBinding([.backTab], .focusPrevious, .panes, "Previous pane"),
        KeyBinding([.character("1")], .focus(.timeline), .panes, "Timeline"),
        KeyBinding([.character("2")], .focus(.articles), .panes, "Articles"),
        KeyBinding([.character("3")], .focus(.reader), .panes, "Reader"),
        KeyBinding([.character("4")], .focus(.entities), .panes, "Entities"),
        KeyBinding([.character("j"), .down], .moveDown, .movement, "Move down"),
        KeyBinding([.character("k"), .up], .moveUp, .movement, "Move up"),
        KeyBinding([.pageDown, .character(" ")], .pageDown, .movement, "Page down"),
        KeyBinding([.pageUp, .character("b")], .pageUp, .movement, "Page up"),
        KeyBinding([.control("d")], .halfPageDown, .movement, "Half page down"),
        KeyBinding([.control("u")], .halfPageUp, .movement, "Half page up"),
        KeyBinding([.character("g"), .home], .top, .movement, "Go to top"),
        KeyBinding([.character("G"), .end], .bottom, .movement, "Go to bottom"),
        KeyBinding([.enter], .open, .reading, "Open source/article/filter", hint: "open", rank: 7),
        KeyBinding([.escape], .back, .reading, "Back; clear search/filter", hint: "back", rank: 8),
        KeyBinding([.character("o")], .nextSource, .reading, "Next outlet of the event",
                   hint: "outlet", rank: 4, in: .reader),
        KeyBinding([.character("O")], .previousSource, .reading, "Previous outlet of event"),
        KeyBinding([.character("]")], .nextMention, .reading, "Next mention (reader)",
                   hint: "mention", rank: 2, in: .reader),
        KeyBinding([.character("[")], .previousMention, .reading, "Previous mention (reader)"),
        KeyBinding([.character("v")], .toggleBoilerplate, .reading, "Show/hide boilerplate",
                   hint: "boilerplate", rank: 3, in: .reader),
        KeyBinding([.character("/")], .search, .search, "Search pane (reader: all)", hint: "search", rank: 5),
        KeyBinding([.character("n")], .searchNext, .search, "Next match"),
        KeyBinding([.character("N")], .searchPrevious, .search, "Previous match"),
        KeyBinding([.character("?")], .toggleHelp, .other, "Show/hide this help", hint: "help", rank: 0),
        KeyBinding([.character("z")], .toggleZoom, .other, "Zoom focused pane / all"),
        KeyBinding([.character("m")], .toggleMouse, .other, "Mouse on/off"),
        KeyBinding([.control("l")], .redraw, .other, "Redraw the screen"),
        KeyBinding([.character("q")], .quit, .other, "Quit", hint: "quit", rank: 1),
    ]

    private static let table: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings {
            for key in binding.keys { table[key] = binding.action }
        }
        return table
    }()

    /// The action a key triggers while no prompt is open.
    public static func action(for key: Key) -> Action? {
        if case .mouse(let event) = key { return .mouse(event) }
        return table[key]
    }

    /// The action a key triggers while the prompt is open: printable characters are text.
    public static func promptAction(for key: Key) -> Action? {
        switch key {
        case .character(let character): .promptInsert(character)
        case .backspace, .delete: .promptBackspace
        case .enter: .promptAccept
        case .escape, .control("c"), .control("g"): .promptCancel
        default: nil
        }
    }

    /// `?:help q:quit ...`, the status-bar hints for a focused pane, from the bindings that have one,
    /// most important first.
    public static func hints(for pane: PaneID) -> [(key: String, label: String)] {
        bindings
            .filter { $0.hint != nil && ($0.hintPane == nil || $0.hintPane == pane) }
            .sorted { $0.hintRank < $1.hintRank }
            .map { (KeyName.label($0.keys[0]), $0.hint!) }
    }
}
