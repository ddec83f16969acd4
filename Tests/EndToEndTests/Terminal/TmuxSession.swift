import Foundation

/// A private tmux server (its own socket) running one command in a detached window of a fixed size:
/// send keys, read the screen, wait on conditions with a bounded poll. `close()` kills the server.
final class TmuxSession {
    static let executable = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static var isAvailable: Bool { executable != nil }

    let socket = "sitrep-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (run by /bin/sh) in a `width`x`height` window. To read the screen after a
    /// program exits, end the command with `; exec sleep 600` (tmux 3.3a's remain-on-exit scrolls the
    /// first line away when the pane dies).
    init(_ command: String, width: Int = 80, height: Int = 24) throws {
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", command],
                 startsServer: true)
    }

    deinit { close() }

    /// Kills the server and everything in it; safe to call twice.
    func close() {
        _ = try? tmux(["kill-server"])
        // tmux 3.3a leaves the socket file behind.
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(folder)/tmux-\(getuid())/\(socket)")
    }

    /// Types keys as `tmux send-keys` names them (`Tab`, `Enter`, `Escape`, `BTab`, plain text with `-l`).
    func send(_ keys: String...) throws { try send(keys) }

    func send(_ keys: [String]) throws { try tmux(["send-keys"] + keys) }

    /// Types text literally, one key per character.
    func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }

    /// The visible screen as plain text.
    func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

    /// The visible screen with SGR escape sequences, to see what is reversed (focus, selection).
    func styledScreen() throws -> StyledScreen { StyledScreen(try tmux(["capture-pane", "-p", "-e"])) }

    /// The pid of the pane's first process (the command, or what it `exec`ed).
    func panePID() throws -> Int32 {
        Int32(try tmux(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `condition` holds, for at most `timeout` seconds; returns the last screen
    /// and whether the condition held.
    @discardableResult
    func waitFor(timeout: Double = 10, _ condition: (String) -> Bool) throws -> (screen: String, ok: Bool) {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            last = try screen()
            if condition(last) { return (last, true) }
            usleep(20_000)
        } while Date() < deadline
        return (last, false)
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> (screen: String, ok: Bool) {
        try waitFor(timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    /// Runs one tmux command and returns its output. The command that starts the server is spawned
    /// clean (see `CleanSpawn`).
    private func tmux(_ arguments: [String], startsServer: Bool = false) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        environment.removeValue(forKey: "NO_COLOR")
        // CI runners may have no TERM at all; give the tmux client a common one.
        environment["TERM"] = "xterm-256color"
        let command = [Self.executable ?? "tmux", "-L", socket] + arguments
        if startsServer {
            try CleanSpawn.run(command, environment: environment)
            return ""
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Quotes a string for /bin/sh.
func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
