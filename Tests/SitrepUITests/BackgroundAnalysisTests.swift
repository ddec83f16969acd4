import Foundation
import SitrepCore
import Testing
@testable import SitrepUI

/// The screen shown while the corpus is analysed, and the switch to the full screen when it is done.
@Suite struct BackgroundAnalysisTests {
    /// An analysis that waits for `release()` and then hands back the fixture model.
    final class HeldAnalysis: @unchecked Sendable {
        private let gate = DispatchSemaphore(value: 0)
        let corpus = Corpus(title: "Held corpus", window: FixtureModel.window, articles: [])

        func start() -> BackgroundAnalysis {
            BackgroundAnalysis(corpus) { [gate] _, _ in
                gate.wait()
                return FixtureModel.model
            }
        }

        func release() { gate.signal() }
    }

    @Test func panesAndStatusBarShowProgressUntilTheModelArrives() throws {
        let held = HeldAnalysis()
        let analysis = held.start()
        var app = Application(loading: analysis, width: 100, height: 30)
        let waiting = app.render().text
        #expect(waiting.contains("Analysing articles 0 of 0…"))
        #expect(waiting.split(separator: "\n").last!.hasPrefix("Analysing articles 0 of 0"))
        let changedWhileHeld = app.pollBackgroundWork()
        #expect(!changedWhileHeld)
        #expect(app.hasBackgroundWork)

        held.release()
        #expect(analysis.wait(seconds: 10) != nil)
        let changedWhenDone = app.pollBackgroundWork()
        #expect(changedWhenDone)
        #expect(!app.hasBackgroundWork)
        // The catalog was built on the analysis thread: the application took that very one.
        #expect(app.catalog === analysis.catalog)
        let ready = app.render().text
        #expect(!ready.contains("Analysing"))
        #expect(ready.contains("Baghouz falls"))
        #expect(app.render().isSelected("Background (1)"))
    }

    @Test func keysPressedWhileWaitingReplayOnTheCorpus() throws {
        let held = HeldAnalysis()
        let analysis = held.start()
        var app = Application(loading: analysis, width: 100, height: 30)
        for key in "1jj?" { app.handle(Key.character(key)) }
        #expect(app.state.helpVisible)

        held.release()
        analysis.wait()
        let changed = app.pollBackgroundWork()
        #expect(changed)
        #expect(app.state.helpVisible)
        app.handle(Key.character("?"))
        var expected = Application(model: FixtureModel.model, width: 100, height: 30)
        for key in "1jj" { expected.handle(Key.character(key)) }
        #expect(app.state.timeline.selected == 2)
        #expect(app.render().text == expected.render().text)
    }

    @Test func quittingWhileWaitingIsNotForgotten() {
        let held = HeldAnalysis()
        var app = Application(loading: held.start(), width: 100, height: 30)
        app.handle(Key.character("q"))
        #expect(app.wantsQuit)
        held.release()
    }
}
