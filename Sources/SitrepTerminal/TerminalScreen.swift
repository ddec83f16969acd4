import CNcurses
import Glibc
import SitrepUI

/// One curses session on the process's own terminal: opening checks the streams and `TERM`, sets
/// the modes a full-screen browser needs, and closing puts the terminal back as it was.
final class TerminalScreen {
    /// How long one blocking read waits before the loop looks at signals and the terminal again.
    static let readTimeoutMilliseconds: Int32 = 1000
    private let screen: OpaquePointer
    private let input: UnsafeMutablePointer<WINDOW>?
    private var painter: GridPainter
    private var mouseOn = false
    private var isOpen = true

    /// Opens curses on stdin/stdout. Throws a `TerminalError` the user can act on.
    init() throws(TerminalError) {
        setlocale(LC_ALL, "")
        guard isatty(0) != 0 else { throw .notATerminal(stream: "input") }
        guard isatty(1) != 0 else { throw .notATerminal(stream: "output") }
        let utf8 = String(cString: nl_langinfo(nl_item(CODESET))).uppercased().replacingDash() == "UTF8"
        // Installed before newterm so ncurses keeps ours instead of adding its own for INT/TERM/TSTP.
        SignalTrap.install()
        guard let screen = newterm(nil, sitrep_stdout(), sitrep_stdin()) else {
            SignalTrap.uninstall()
            throw .unknownTerminal(name: getenv("TERM").map { String(cString: $0) } ?? "")
        }
        // The painter addresses the cursor; a terminal that cannot (TERM=dumb) cannot show the browser.
        guard let move = tigetstr("cup"), Int(bitPattern: move) != -1 else {
            endwin()
            delscreen(screen)
            SignalTrap.uninstall()
            throw .cannotMoveCursor(name: getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        cbreak()
        noecho()
        nonl()
        // Keys are read from a one-cell pad: reading from a pad never makes curses paint the screen,
        // which the painter alone writes.
        input = newpad(1, 1)
        intrflush(input, false)
        keypad(input, true)
        wtimeout(input, Self.readTimeoutMilliseconds)
        curs_set(0)
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        mouseinterval(0)
        KeyDecoder.defineAlternatives()
        let palette = Palette(noColor: getenv("NO_COLOR").map { String(cString: $0) })
        // Sends what newterm prepared (alternate screen, modes) before the painter's first bytes.
        doupdate()
        painter = GridPainter(palette: palette, ascii: !utf8)
    }

    deinit { close() }

    var width: Int { Int(sitrep_cols()) }
    var height: Int { Int(sitrep_lines()) }

    /// Captures the mouse only while the UI asks for it, so copying text works otherwise.
    func setMouse(_ enabled: Bool) {
        guard enabled != mouseOn else { return }
        mouseOn = enabled
        mousemask(enabled ? sitrep_mouse_events() : 0, nil)
    }

    func paint(_ grid: Grid, full: Bool = false) { painter.paint(grid, full: full) }

    /// Reads one key: `(status, code)` as `wget_wch` returns them, waiting at most `milliseconds`.
    func read(waiting milliseconds: Int32) -> (status: Int32, code: UInt32) {
        if milliseconds != Self.readTimeoutMilliseconds { wtimeout(input, milliseconds) }
        defer { if milliseconds != Self.readTimeoutMilliseconds { wtimeout(input, Self.readTimeoutMilliseconds) } }
        var code: wint_t = 0
        let status = wget_wch(input, &code)
        return (status, UInt32(code))
    }

    /// Ctrl-Z: gives the terminal back, stops, and on `fg` repaints everything.
    func suspend() {
        painter.release()
        endwin()
        SignalTrap.stopUntilContinued()
        doupdate() // curses takes the terminal back: program modes, alternate screen
    }

    /// Restores the terminal (shell mode, normal screen) and releases curses.
    func close() {
        guard isOpen else { return }
        isOpen = false
        if mouseOn { mousemask(0, nil) }
        painter.release()
        endwin()
        delwin(input)
        delscreen(screen)
        SignalTrap.uninstall()
    }
}

extension String {
    fileprivate func replacingDash() -> String { filter { $0 != "-" && $0 != "_" } }
}
