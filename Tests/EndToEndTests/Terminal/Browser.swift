import Foundation

/// Shell commands that start the built `sitrep` the way the terminal tests need it.
enum Browser {
    static let titles = ["Timeline", "Articles", "Reader", "Entities"]
    static var binary: String { shellQuoted(SitrepProcess.binary.path) }

    /// `sitrep` replacing the shell, so the pane's pid is sitrep's.
    static func exec(_ arguments: String = "", environment: String = "LANG=C.UTF-8") -> String {
        "exec env \(environment) \(binary) \(arguments)"
    }

    /// Prints a marker, runs `sitrep`, then prints its exit status: for restore-on-exit checks.
    static func bracketed(marker: String, environment: String = "LANG=C.UTF-8") -> String {
        "printf '%s\\n' \(marker); env \(environment) \(binary); echo \"sitrep-exit=$?\"; exec sleep 600"
    }

    /// Starts the browser in a fresh tmux window and waits until the corpus is on screen.
    static func open(width: Int = 80, height: Int = 24, command: String = exec()) throws -> TmuxSession {
        let session = try TmuxSession(command, width: width, height: height)
        try session.waitFor(isReady)
        return session
    }

    /// The four panes are drawn and no analysis is still running.
    static func isReady(_ screen: String) -> Bool {
        titles.allSatisfy(screen.contains) && !isAnalysing(screen)
    }

    /// The analysis's progress is on screen (`AnalysisProgress.Snapshot.description`, one per step).
    static func isAnalysing(_ screen: String) -> Bool {
        ["Analysing articles", "Merging entities", "Building the timeline"].contains(where: screen.contains)
    }

    /// True when the process has exited (gone, or a zombie its parent has not reaped yet).
    static func hasExited(_ pid: Int32) -> Bool {
        if kill(pid, 0) != 0 { return true }
        let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        // The state letter follows the parenthesised command name.
        guard let close = state.lastIndex(of: ")") else { return true }
        return state[state.index(close, offsetBy: 2)...].hasPrefix("Z")
    }

    /// Waits up to `timeout` seconds for a process to exit; returns the seconds it took, or nil.
    static func waitForExit(_ pid: Int32, timeout: Double = 5) -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < timeout {
            if hasExited(pid) { return Date().timeIntervalSince(start) }
            usleep(2_000)
        }
        return nil
    }
}
