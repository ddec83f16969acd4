import Foundation
import Testing

/// Starting, suspending and ending the browser: the terminal is always given back as it was, and
/// sitrep never outlives its terminal.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed (scripts/setup-debian.sh installs it)"),
       .timeLimit(.minutes(1)))
struct TerminalLifecycleTests {
    static let marker = "before-sitrep-7f3a"

    @Test func quitRestoresTheShellScreenAndExitsZero() throws {
        let session = try Browser.open(command: Browser.bracketed(marker: Self.marker))
        defer { session.close() }
        try session.send("q")
        let after = try session.waitFor("sitrep-exit=")
        #expect(after.screen.contains("sitrep-exit=0"), "\(after.screen)")
        #expect(after.screen.contains(Self.marker), "the shell's screen was not restored:\n\(after.screen)")
        #expect(!after.screen.contains("Timeline"))
    }

    @Test(arguments: [(SIGTERM, 143), (SIGINT, 130)])
    func terminatingSignalsRestoreTheScreen(signal: Int32, status: Int) throws {
        let session = try Browser.open(command: Browser.bracketed(marker: Self.marker))
        defer { session.close() }
        let pid = try #require(childPID(of: session.panePID()))
        #expect(kill(pid, signal) == 0)
        let after = try session.waitFor("sitrep-exit=")
        #expect(after.screen.contains("sitrep-exit=\(status)"), "\(after.screen)")
        #expect(after.screen.contains(Self.marker) && !after.screen.contains("Timeline"), "\(after.screen)")
    }

    @Test func closingThePtyEndsSitrepPromptly() throws {
        let session = try Browser.open()
        defer { session.close() }
        let pid = try session.panePID()
        let closing = Date()
        session.close()
        let seconds = Browser.waitForExit(pid, timeout: 5).map { $0 + Date().timeIntervalSince(closing) }
        #expect(seconds != nil, "sitrep \(pid) still runs after its pty closed")
        if let seconds { print("sitrep exited \(Int(seconds * 1000)) ms after its pty closed") }
    }

    @Test func closingThePtyEndsSitrepEvenWhenSIGHUPIsIgnored() throws {
        let session = try Browser.open(command: "trap '' HUP; " + Browser.exec())
        defer { session.close() }
        let pid = try session.panePID()
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let ignored = status.split(separator: "\n").first { $0.hasPrefix("SigIgn:") }
            .flatMap { UInt64($0.split(separator: "\t").last ?? "", radix: 16) } ?? 0
        #expect(ignored & 1 == 1, "SIGHUP should be ignored in this test")
        let closing = Date()
        session.close()
        let seconds = Browser.waitForExit(pid, timeout: 5).map { $0 + Date().timeIntervalSince(closing) }
        #expect(seconds != nil, "sitrep \(pid) spins on after its pty closed with SIGHUP ignored")
        if let seconds { print("sitrep (SIGHUP ignored) exited \(Int(seconds * 1000)) ms after its pty closed") }
    }

    @Test func ctrlZSuspendsAndFgRepaints() throws {
        let session = try TmuxSession("exec env LANG=C.UTF-8 PS1='prompt$ ' bash --norc --noprofile -i")
        defer { session.close() }
        #expect(try session.waitFor("prompt$").ok)
        try session.type("echo \(Self.marker); env LANG=C.UTF-8 \(Browser.binary)")
        try session.send("Enter")
        #expect(try session.waitFor(Browser.isReady).ok)
        try session.send("C-z")
        let stopped = try session.waitFor("Stopped")
        #expect(stopped.ok && stopped.screen.contains(Self.marker), "\(stopped.screen)")
        try session.type("fg")
        try session.send("Enter")
        let back = try session.waitFor { s in Browser.titles.allSatisfy(s.contains) && !s.contains("Stopped") }
        #expect(back.ok, "not repainted after fg:\n\(back.screen)")
        try session.send("q")
        try session.type("echo status=$?")
        try session.send("Enter")
        #expect(try session.waitFor("status=0").ok)
    }

    /// An unknown terminal type, and a known one that cannot move its cursor, end with a message and 2.
    @Test(arguments: [("nosuchterm", "sitrep: unknown terminal type 'nosuchterm' (TERM)"),
                      ("dumb", "sitrep: the terminal type 'dumb' (TERM) cannot move the cursor")])
    func aTerminalSitrepCannotDriveGivesAClearErrorAndExit2(term: String, message: String) throws {
        let session = try TmuxSession("env LANG=C.UTF-8 TERM=\(term) \(Browser.binary); echo \"sitrep-exit=$?\"; exec sleep 600")
        defer { session.close() }
        let after = try session.waitFor("sitrep-exit=")
        let text = after.screen.replacingOccurrences(of: "\n", with: "")
        #expect(text.contains(message), "\(after.screen)")
        #expect(after.screen.contains("sitrep-exit=2"))
    }

    @Test func stdinNotATerminalSuggestsTheSubcommands() throws {
        let result = try SitrepProcess.run([])
        #expect(result.status == 2)
        #expect(result.stderr.contains("standard input is not a terminal"))
        #expect(result.stderr.contains("sitrep timeline"))
    }

    /// The first child of a process (sitrep under the wrapper shell).
    private func childPID(of parent: Int32) -> Int32? {
        let deadline = Date().addingTimeInterval(5)
        repeat {
            let children = (try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8)) ?? ""
            if let first = children.split(separator: " ").first, let pid = Int32(first) { return pid }
            usleep(20_000)
        } while Date() < deadline
        return nil
    }
}
