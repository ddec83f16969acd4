import CNcurses
import Glibc
import SitrepUI

/// The read-update-paint loop: one blocking read, then every key already waiting, then one paint.
struct BrowserLoop {
    /// Keys applied before one paint, so a held key or a paste does not paint once per key.
    static let typeaheadLimit = 64
    /// How often progress is repainted while a background analysis runs (a search runs without pause).
    static let backgroundPollMilliseconds: Int32 = 100
    let screen: TerminalScreen
    private var hangup = HangupDetector()

    init(screen: TerminalScreen) { self.screen = screen }

    mutating func run(_ app: inout Application) -> TerminalBackend.Ending {
        app.resize(width: screen.width, height: screen.height)
        screen.paint(app.render(), full: true)
        while true {
            if let signal = SignalTrap.takeTerminating() { return .signal(signal) }
            if SignalTrap.takeSuspend() {
                screen.suspend()
                repaintAfterResize(&app, full: true)
                continue
            }
            if app.wantsQuit { return .quit }
            screen.setMouse(app.mouseEnabled)
            let wait = app.isSearching ? 0
                : app.hasBackgroundWork ? Self.backgroundPollMilliseconds : TerminalScreen.readTimeoutMilliseconds
            let started = monotonicSeconds()
            let input = screen.read(waiting: wait)
            if input.status == ERR {
                if hangup.noteError(waited: monotonicSeconds() - started, timeout: Double(wait) / 1000) { return .hangUp }
                if app.pollBackgroundWork() { screen.paint(app.render(), full: false) }
                continue
            }
            hangup.noteKey()
            var resized = apply(input, to: &app)
            var applied = 1
            while applied < Self.typeaheadLimit, !app.wantsQuit {
                let next = screen.read(waiting: 0)
                guard next.status != ERR else { break }
                resized = apply(next, to: &app) || resized
                applied += 1
            }
            if app.wantsQuit { return .quit }
            if !app.isSearching { _ = app.pollBackgroundWork() } // the analysis may have finished meanwhile
            if resized {
                repaintAfterResize(&app, full: false)
            } else {
                screen.paint(app.render(), full: app.needsFullRedraw)
                if app.needsFullRedraw { app.acknowledgeRedraw() }
            }
        }
    }

    /// Applies one read; returns true for a resize (the caller lays out once after draining them all).
    private func apply(_ input: (status: Int32, code: UInt32), to app: inout Application) -> Bool {
        if input.status == KEY_CODE_YES {
            let code = Int32(bitPattern: input.code)
            if code == KEY_RESIZE { return true }
            if code == KEY_MOUSE {
                if let key = KeyDecoder.mouse() { app.handle(key) }
                return false
            }
            if let key = KeyDecoder.functionKey(code) { app.handle(key) }
        } else if let key = KeyDecoder.character(input.code) {
            app.handle(key)
        }
        return false
    }

    /// Lays out at the terminal's current size and paints once.
    private func repaintAfterResize(_ app: inout Application, full: Bool) {
        app.resize(width: screen.width, height: screen.height)
        screen.paint(app.render(), full: full)
    }

    private func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
