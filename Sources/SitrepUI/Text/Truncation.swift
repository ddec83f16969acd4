extension String {
    /// The string cut to `width` display columns, ending in `…` when something was cut.
    func truncated(toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(self) <= width { return self }
        var out = ""
        var used = 0
        for character in self {
            let columns = DisplayWidth.of(character)
            if used + columns > width - 1 { break }
            out.append(character)
            used += columns
        }
        return out + "…"
    }
}
