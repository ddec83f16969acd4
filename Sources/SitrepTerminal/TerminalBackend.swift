import CNcurses
import Glibc
import SitrepUI

/// The ncurses backend: the only code that talks to the terminal. It feeds keys and sizes to an
/// `Application`, paints the grids it renders, and handles resize, signals and hang-up.
public enum TerminalBackend {
    /// How the browser ended; `exitStatus` is what the process should exit with.
    public enum Ending: Equatable, Sendable {
        case quit
        /// A terminating signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT).
        case signal(Int32)
        /// The terminal went away without a SIGHUP reaching us (reads kept failing).
        case hangUp

        public var exitStatus: Int32 {
            switch self {
            case .quit: 0
            case .signal(let number): 128 + number
            case .hangUp: 128 + SIGHUP
            }
        }
    }

    /// The ncurses version string.
    public static var cursesVersion: String { String(cString: curses_version()) }

    /// Runs the browser on the process's terminal until the user quits or the terminal goes away.
    /// The terminal is restored before this returns. Throws when there is no usable terminal.
    public static func run(_ application: inout Application) throws(TerminalError) -> Ending {
        let screen = try TerminalScreen()
        defer { screen.close() }
        var loop = BrowserLoop(screen: screen)
        return loop.run(&application)
    }
}
