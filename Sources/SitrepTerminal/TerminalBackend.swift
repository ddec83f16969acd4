import CNcurses
import SitrepUI

/// The ncurses backend: the only code that talks to the terminal. (Skeleton: arrives with issue 4.)
public enum TerminalBackend {
    /// The ncurses version string, proving the C module links.
    public static var cursesVersion: String { String(cString: curses_version()) }
}
