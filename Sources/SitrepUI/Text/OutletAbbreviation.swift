/// Short forms of outlet names for narrow rows: the initials of a multi-word name (`Northwind News`
/// → `NN`), or the first four characters of a single word (`AsiaNews` → `Asia`).
enum OutletAbbreviation {
    static func of(_ outlet: String) -> String {
        let words = outlet.split(separator: " ").filter { $0.first?.isLetter == true }
        if words.count > 1 { return String(words.compactMap(\.first)).uppercased() }
        return String(outlet.prefix(4))
    }

    /// The outlet list as it fits `width`: full names, else abbreviations (`abbreviated`, the same
    /// outlets' short forms), else truncated.
    static func list(_ outlets: [String], abbreviated: [String], width: Int) -> String {
        let full = outlets.joined(separator: ", ")
        if DisplayWidth.of(full) <= width { return full }
        return abbreviated.joined(separator: ",").truncated(toWidth: width)
    }
}
