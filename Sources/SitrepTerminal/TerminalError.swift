/// Why the interactive browser cannot start on this terminal, worded for the user.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is a pipe or a file, not a terminal.
    case notATerminal(stream: String)
    /// ncurses has no terminfo entry for `TERM`.
    case unknownTerminal(name: String)
    /// The terminal cannot move its cursor (`TERM=dumb`), which a full-screen browser needs.
    case cannotMoveCursor(name: String)

    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return "sitrep: standard \(stream) is not a terminal, so the interactive browser cannot start.\n"
                + "Use the command-line subcommands instead: sitrep timeline, sitrep articles, "
                + "sitrep entities, sitrep annotations (see sitrep --help)."
        case .unknownTerminal(let name):
            let shown = name.isEmpty ? "(unset)" : "'\(name)'"
            return "sitrep: unknown terminal type \(shown) (TERM); set TERM to one your system knows, "
                + "e.g. TERM=xterm-256color, or use the command-line subcommands (sitrep timeline, ...)."
        case .cannotMoveCursor(let name):
            return "sitrep: the terminal type '\(name)' (TERM) cannot move the cursor, which the browser needs; "
                + "set TERM to your terminal's type, e.g. TERM=xterm-256color, or use the command-line "
                + "subcommands (sitrep timeline, ...)."
        }
    }
}
