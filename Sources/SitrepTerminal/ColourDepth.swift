/// How many colours the browser uses, decided once per terminal.
enum ColourDepth: Equatable {
    /// Attributes only: the terminal has no colours, or the user set `NO_COLOR`.
    case monochrome
    case eight
    case twoHundredFiftySix

    /// The depth for a terminal reporting `colours`, honouring `NO_COLOR` (https://no-color.org).
    static func choose(terminalHasColours: Bool, colours: Int, noColor: String?) -> ColourDepth {
        if let noColor, !noColor.isEmpty { return .monochrome }
        guard terminalHasColours, colours >= 8 else { return .monochrome }
        return colours >= 256 ? .twoHundredFiftySix : .eight
    }
}
