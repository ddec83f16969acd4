import Glibc

/// Decides that the terminal has gone away when SIGHUP never arrived (the parent ignored it, or the
/// pty closed under us): every read then fails at once, and without this the loop would spin.
struct HangupDetector {
    /// Consecutive immediate read errors that count as a hang-up on their own.
    static let errorRunLimit = 50
    private let parent = getppid()
    private var errorRun = 0

    /// A read returned a key: the terminal is alive.
    mutating func noteKey() { errorRun = 0 }

    /// A read returned ERR after `waited` seconds. Returns true when the terminal is gone.
    mutating func noteError(waited: Double, timeout: Double) -> Bool {
        if isatty(0) == 0 || getppid() != parent { return true }
        // An ERR that took the whole timeout is a quiet terminal, not an error.
        if waited >= timeout / 2 {
            errorRun = 0
            return false
        }
        errorRun += 1
        return errorRun >= Self.errorRunLimit
    }
}
