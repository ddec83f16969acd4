import CNcurses
import Glibc

/// The signals the browser reacts to. Handlers only record them (see `shim.h`); the run loop acts on
/// them between reads, where calling ncurses is safe.
enum SignalTrap {
    /// Signals that end the program after restoring the terminal.
    static let terminating: [Int32] = [SIGHUP, SIGINT, SIGTERM, SIGQUIT]

    /// Installs the recording handlers. Signals ignored on entry (nohup, background jobs) stay ignored,
    /// except SIGTERM, which always restores the terminal. SIGWINCH is left to ncurses.
    static func install() {
        // A parent may hand us a mask that blocks these (test runners and some daemons do); then
        // resize, Ctrl-Z and hang-up would never reach the loop.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for signal in terminating + [SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&wanted, signal) }
        sigprocmask(SIG_UNBLOCK, &wanted, nil)
        for signal in terminating { _ = sitrep_catch_signal(signal, signal == SIGTERM ? 0 : 1) }
        _ = sitrep_catch_signal(SIGTSTP, 1)
    }

    /// Puts the default dispositions back, once the terminal is restored.
    static func uninstall() {
        for signal in terminating + [SIGTSTP] { sitrep_default_signal(signal) }
    }

    /// The first terminating signal received since the last call, if any.
    static func takeTerminating() -> Int32? {
        terminating.first { sitrep_take_signal($0) != 0 }
    }

    /// True once when Ctrl-Z (SIGTSTP) arrived.
    static func takeSuspend() -> Bool { sitrep_take_signal(SIGTSTP) != 0 }

    /// Stops the process as the default SIGTSTP would, returning after `fg` (SIGCONT).
    static func stopUntilContinued() {
        sitrep_default_signal(SIGTSTP)
        var pending = sigset_t()
        sigemptyset(&pending)
        sigaddset(&pending, SIGTSTP)
        sigprocmask(SIG_UNBLOCK, &pending, nil)
        raise(SIGTSTP)
        _ = sitrep_catch_signal(SIGTSTP, 0)
    }
}
