import Foundation
import Testing

/// The browser on the far side of a real SSH connection (Debian's sshd on 127.0.0.1), as a user
/// would run it: it draws, takes keys, quits cleanly, and dies with the connection.
@Suite(.enabled(if: TmuxSession.isAvailable && SSHServer.isAvailable, "tmux or OpenSSH (sshd, ssh) is not installed"),
       .timeLimit(.minutes(1)))
struct OverSSHTests {
    @Test func browseQuitThenDropTheConnection() throws {
        let server = try SSHServer()
        defer { server.stop() }

        // 1. Browse and quit: keys travel over SSH, q ends the session with status 0.
        let remote = "env LANG=C.UTF-8 \(Browser.binary)"
        let browsing = try Browser.open(
            command: "\(server.sshCommand(remote)); echo \"ssh-exit=$?\"; exec sleep 600")
        defer { browsing.close() }
        try browsing.send("Tab")
        let focused = try browsing.waitFor(timeout: 10) { _ in
            (try? browsing.styledScreen().focusedTitle(among: Browser.titles)) == "Articles"
        }
        #expect(focused.ok, "Tab over SSH did not move the focus:\n\(focused.screen)")
        try browsing.send("q")
        let quit = try browsing.waitFor("ssh-exit=")
        #expect(quit.screen.contains("ssh-exit=0"), "\(quit.screen)")
        browsing.close()

        // 2. Kill the ssh client: the sitrep on the server side must notice and exit.
        let pidFile = server.path("remote.pid")
        let dropped = try Browser.open(command: "exec " + server.sshCommand("echo $$ > \(pidFile); exec \(remote)"))
        defer { dropped.close() }
        let text = try String(contentsOfFile: pidFile, encoding: .utf8)
        let remotePID = try #require(Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(!Browser.hasExited(remotePID))
        #expect(kill(try dropped.panePID(), SIGKILL) == 0)
        let seconds = Browser.waitForExit(remotePID, timeout: 10)
        #expect(seconds != nil, "sitrep \(remotePID) still runs on the server after the ssh client died")
        if let seconds { print("server-side sitrep exited \(Int(seconds * 1000)) ms after the ssh client was killed") }
    }
}
