/// Human names for keys, shared by the help overlay and the script parser (`<Enter>`, `<C-d>`).
public enum KeyName {
    private static let named: [(String, Key)] = [
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("S-Tab", .backTab), ("BS", .backspace),
        ("Del", .delete), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PgUp", .pageUp), ("PgDn", .pageDown), ("Home", .home), ("End", .end),
        ("Space", .character(" ")), ("Lt", .character("<")),
    ]

    private static let aliases: [String: Key] = [
        "Return": .enter, "CR": .enter, "Escape": .escape, "Backspace": .backspace, "Delete": .delete,
        "PageUp": .pageUp, "PageDown": .pageDown, "BackTab": .backTab,
    ]

    /// The short label shown in help and hints: `Enter`, `C-d`, `j`.
    public static func label(_ key: Key) -> String {
        if let pair = named.first(where: { $0.1 == key }), key != .character("<") { return pair.0 }
        switch key {
        case .character(let character): return String(character)
        case .control(let character): return "C-\(character)"
        case .function(let number): return "F\(number)"
        case .mouse(let event): return "Mouse \(event.kind) \(event.x),\(event.y)"
        default: return "\(key)"
        }
    }

    /// Parses the name inside `<...>` (without the brackets); nil when unknown.
    public static func parse(_ name: String) -> Key? {
        if let pair = named.first(where: { $0.0.lowercased() == name.lowercased() }) { return pair.1 }
        if let key = aliases.first(where: { $0.key.lowercased() == name.lowercased() })?.value { return key }
        let lower = name.lowercased()
        if lower.hasPrefix("c-"), name.count == 3, let letter = lower.last { return .control(letter) }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...24).contains(number) {
            return .function(number)
        }
        return nil
    }
}
