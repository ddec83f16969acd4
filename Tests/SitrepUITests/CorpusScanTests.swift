import Testing
@testable import SitrepUI

/// The reader's corpus-wide search runs in slices: a key is answered at once, the scan goes on between
/// keys, and it lands on the match (or says there is none) when it gets there.
@Suite struct CorpusScanTests {
    static let model = LargeCorpusTests.model

    private func typing(_ text: String, into app: inout Application) {
        for character in text { app.handle(Key.character(character)) }
    }

    @Test func aFarMatchIsReachedInSlicesBetweenKeys() throws {
        var app = Application(model: Self.model, width: 120, height: 40)
        typing("3/article 9999,", into: &app)
        #expect(app.isSearching, "the scan from article 999 to 9999 should take more than one slice")
        let status = try #require(app.render().text.split(separator: "\n").last)
        #expect(status.contains("Search Reader: article 9999,"))
        #expect(app.state.message?.hasPrefix("Searching article 9999,: ") == true)

        var slices = 0
        while app.isSearching {
            let repaint = app.pollBackgroundWork()
            #expect(repaint)
            slices += 1
        }
        #expect(slices > 1)
        let screen = app.render()
        #expect(screen.text.contains("Reader · Outlet 39"))
        #expect(screen.styles(of: "article 9999,")?.allSatisfy { $0.role == .match } == true)
    }

    @Test func aQueryFoundNowhereEndsWithNoMatchAndTypingGoesOn() {
        var app = Application(model: Self.model, width: 120, height: 40)
        typing("3/qx", into: &app)
        #expect(app.isSearching)
        typing("z", into: &app) // typed while the scan for "qx" still runs: "qxz" starts over
        #expect(app.state.prompt?.text == "qxz")
        #expect(app.isSearching)
        app.finishBackgroundWork()
        #expect(app.state.message == "No match for qxz")
        #expect(app.state.prompt?.hit == nil)
    }

    @Test func escapeOrAKeyAfterAcceptingStopsTheScan() {
        var cancelled = Application(model: Self.model, width: 120, height: 40)
        typing("3/qx", into: &cancelled)
        cancelled.handle(Key.escape)
        #expect(!cancelled.isSearching)
        #expect(cancelled.state.prompt == nil)

        var accepted = Application(model: Self.model, width: 120, height: 40)
        typing("3/qx", into: &accepted)
        accepted.handle(Key.enter)
        #expect(accepted.isSearching, "Enter accepts the query and lets the scan go on")
        accepted.handle(Key.character("j"))
        #expect(!accepted.isSearching)
    }

    @Test func aSliceScansAboutItsBudget() {
        var scan = CorpusScan(query: "nowhere to be found", from: 0, paragraph: 0, offset: 0, forward: true,
                              includingStart: true)
        var slices = 0
        while case .paused = scan.scanSlice(Self.model.articles, budget: 100_000) { slices += 1 }
        let bytes = Self.model.articles.reduce(0) { $0 + $1.cleaned.paragraphs.reduce(0) { $0 + $1.text.utf8.count } }
        // Each slice stops at the first article boundary past its budget.
        #expect(slices >= bytes / 101_000 && slices <= bytes / 100_000 + 1)
    }
}
