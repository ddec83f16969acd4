import Foundation
import Testing

/// On a corpus that takes a while to analyse, the browser draws at once with its progress showing,
/// answers keys meanwhile, and then shows the corpus.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed (scripts/setup-debian.sh installs it)"),
       .timeLimit(.minutes(3)))
struct LargeCorpusOpeningTests {
    @Test func progressShowsFirstThenTheCorpus() throws {
        let corpus = try GeneratedCorpus.generate(articles: 2_000, seed: 11, name: "opening")
        defer { try? FileManager.default.removeItem(at: corpus) }
        let session = try TmuxSession(Browser.exec(shellQuoted(corpus.path)), width: 120, height: 30)
        defer { session.close() }

        let first = try session.waitFor(timeout: 30) { screen in Browser.titles.allSatisfy(screen.contains) }
        #expect(first.ok, "no first screen:\n\(first.screen)")
        #expect(Browser.isAnalysing(first.screen), "the first screen does not show the analysis running:\n\(first.screen)")
        // A key pressed while the analysis runs is answered (the help overlay) and kept afterwards.
        try session.send("?")
        #expect(try session.waitFor(timeout: 10) { $0.contains("Next pane") }.ok)

        let ready = try session.waitFor(timeout: 150) { !Browser.isAnalysing($0) && $0.contains("Next pane") }
        #expect(ready.ok, "the analysis never finished on screen:\n\(ready.screen)")
        try session.send("?")
        let corpusShown = try session.waitFor(timeout: 10) { screen in
            !screen.contains("Next pane") && screen.contains("People (")
        }
        #expect(corpusShown.ok, "the entities of the corpus are not listed:\n\(corpusShown.screen)")
        #expect(corpusShown.screen.contains("─ 2000 ─"), "the article list does not count 2000 articles:\n\(corpusShown.screen)")
    }
}
