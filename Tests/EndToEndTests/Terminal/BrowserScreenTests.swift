import Foundation
import Testing

/// The real binary in a real (tmux) terminal: what the user sees after typing keys.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed (scripts/setup-debian.sh installs it)"),
       .timeLimit(.minutes(1)))
struct BrowserScreenTests {
    @Test func firstScreenShowsTheFourPanesAndFocusesTheTimeline() throws {
        let session = try Browser.open()
        defer { session.close() }
        // The status bar may reach the terminal a moment after the panes: wait for it, not for a fixed time.
        let (screen, hasStatusBar) = try session.waitFor { $0.contains("?:help") }
        #expect(hasStatusBar, "no status bar:\n\(screen)")
        for title in Browser.titles { #expect(screen.contains("─ \(title)"), "missing pane \(title):\n\(screen)") }
        #expect(try session.styledScreen().focusedTitle(among: Browser.titles) == "Timeline")
    }

    @Test func tabShiftTabAndDigitsMoveTheFocus() throws {
        let session = try Browser.open()
        defer { session.close() }
        for (keys, expected) in [("Tab", "Articles"), ("Tab", "Reader"), ("Tab", "Entities"), ("Tab", "Timeline"),
                                 ("BTab", "Entities"), ("3", "Reader"), ("2", "Articles"), ("1", "Timeline")] {
            try session.send(keys)
            let focused = try waitForFocus(session, expected)
            #expect(focused == expected, "after \(keys)")
        }
    }

    @Test func enterOnAnEventOpensItsSourceInTheReaderAndEscGoesBack() throws {
        let session = try Browser.open()
        defer { session.close() }
        var highlighted = 0
        // The last event, and the second row (the first may be the "Background" toggle).
        for keys in [["G"], ["g", "j"]] {
            try session.send(["1"] + keys + ["Enter"])
            #expect(try waitForFocus(session, "Reader") == "Reader")
            let screen = try session.screen()
            let outlet = try #require(openArticleOutlet(screen), "no open article marked")
            #expect(screen.contains("─ Reader · \(outlet) "), "the reader does not show \(outlet)")
            // The cited sentence is highlighted (the theme's sentence background at 256 colours),
            // unless the event cites the headline.
            if try session.styledScreen().raw.contains("48;5;238") { highlighted += 1 }
            try session.send("Escape")
            #expect(try waitForFocus(session, "Timeline") == "Timeline")
        }
        #expect(highlighted > 0, "no opened event showed its cited sentence highlighted")
    }

    @Test func enterOnAnEntityFiltersAndShowsItsLabel() throws {
        let session = try Browser.open()
        defer { session.close() }
        try session.send("4", "g")
        _ = try waitForFocus(session, "Entities")
        // `g` selects the first entity row (group headings are skipped), so one Enter sets a filter.
        try session.send("Enter")
        let result = try session.waitFor("Filter:")
        #expect(result.ok, "no filter label:\n\(result.screen)")
        try session.send("Escape")
        let cleared = try session.waitFor { !$0.contains("(Esc clears)") }
        #expect(cleared.ok, "Esc did not clear the filter:\n\(cleared.screen)")
    }

    @Test func searchPromptTakesLettersAsText() throws {
        let session = try Browser.open()
        defer { session.close() }
        try session.send("3", "/")
        #expect(try session.waitFor("Search Reader:").ok)
        // q and j are text inside the prompt, not quit and move.
        try session.type("qjBaghouz")
        #expect(try session.waitFor("Search Reader: qjBaghouz").ok)
        try session.send("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
        try session.type("Baghouz")
        try session.send("Enter")
        let result = try session.waitFor("/Baghouz")
        #expect(result.ok, "no active search shown:\n\(result.screen)")
    }

    @Test func questionMarkShowsHelpAndHidesIt() throws {
        let session = try Browser.open()
        defer { session.close() }
        try session.type("?")
        let help = try session.waitFor { $0.contains("Next pane") && $0.contains("Quit") }
        #expect(help.ok, "no help overlay:\n\(help.screen)")
        try session.type("?")
        #expect(try session.waitFor { !$0.contains("Next pane") }.ok)
    }

    @Test func resizeBigTinyAndBackKeepsTheSelection() throws {
        let session = try Browser.open()
        defer { session.close() }
        try session.send("1", "j", "j")
        let counter = "3/"
        #expect(try session.waitFor(" \(counter)").ok, "the third row is not selected")
        let selected = try selectedRowPrefix(session)
        // Each wait ends on the status bar's counter: the bottom row, painted last in a frame.
        try session.resize(width: 120, height: 40)
        let wide = try session.waitFor { screen in
            screen.split(separator: "\n").first.map { $0.count >= 100 } == true && screen.contains(" \(counter)")
        }
        #expect(wide.ok, "no wide screen with the selection:\n\(wide.screen)")
        try session.resize(width: 30, height: 10)
        let tiny = try session.waitFor("too small")
        #expect(tiny.ok, "no too-small message:\n\(tiny.screen)")
        try session.resize(width: 80, height: 24)
        let back = try session.waitFor { screen in
            Browser.titles.allSatisfy(screen.contains) && screen.contains(" \(counter)")
        }
        #expect(back.ok, "did not recover with the selection:\n\(back.screen)")
        #expect(try selectedRowPrefix(session) == selected)
    }

    @Test func coloursFollowTheTerminalAndNoColor() throws {
        let colour = try Browser.open()
        defer { colour.close() }
        #expect(try colour.styledScreen().raw.contains("38;5;"), "no 256-colour foregrounds in a 256-colour tmux")
        let plain = try Browser.open(command: Browser.exec(environment: "LANG=C.UTF-8 NO_COLOR=1"))
        defer { plain.close() }
        let styled = try plain.styledScreen()
        #expect(!styled.raw.contains("38;5;") && !styled.raw.contains("48;5;"), "colours despite NO_COLOR")
        #expect(styled.focusedTitle(among: Browser.titles) == "Timeline", "focus must show without colour")
    }

    // MARK: Reading the screen

    private func waitForFocus(_ session: TmuxSession, _ title: String) throws -> String? {
        let deadline = Date().addingTimeInterval(10)
        var focused: String?
        repeat {
            focused = try session.styledScreen().focusedTitle(among: Browser.titles)
            if focused == title { return focused }
            usleep(20_000)
        } while Date() < deadline
        return focused
    }

    /// The first reversed row that is not a pane title: the focused pane's selection.
    private func selectedRowPrefix(_ session: TmuxSession) throws -> String? {
        try session.styledScreen().allReversed
            .first { run in !Browser.titles.contains { run.hasPrefix($0) } && run.count > 8 }
            .map { String($0.prefix(14)) }
    }

    /// The outlet heading above the article marked open (`▸`) in the Articles pane.
    private func openArticleOutlet(_ screen: String) -> String? {
        let lines = screen.split(separator: "\n").map { String($0.prefix(40)) }
        guard let title = lines.firstIndex(where: { $0.contains("─ Articles") }),
              let open = lines[title...].firstIndex(where: { $0.hasPrefix("│▸ ") }) else { return nil }
        let heading = lines[title + 1..<open].last { !$0.hasPrefix("│  ") }
        return heading?.dropFirst().split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
