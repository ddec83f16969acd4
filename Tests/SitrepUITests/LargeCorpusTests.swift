import Foundation
import Testing
@testable import SitrepUI

/// Behaviour over a 10,000-article corpus: frames stay whole, long lists page to the end, filters
/// narrow. Speed is measured by `sitrep-bench`, never here: timed unit tests are noise on a shared machine.
@Suite struct LargeCorpusTests {
    static let model = LargeModel.make(articles: 10_000)

    @Test func framesOverTenThousandArticlesStayWhole() throws {
        var app = Application(model: Self.model, width: 200, height: 60)
        for key in "jjjjGkk" { app.handle(Key.character(key)) }
        app.handle(Key.enter)
        let frames = 50
        var cells = 0
        for frame in 0..<frames {
            app.handle(frame % 2 == 0 ? Key.character("]") : Key.down)
            cells += app.render().cells.count
        }
        #expect(cells == frames * 200 * 60)
    }

    @Test func pagingThroughAHugeListReachesTheEnd() throws {
        var app = Application(model: Self.model, width: 200, height: 60)
        for _ in 0..<1_000 { app.handle(Key.pageDown) }
        let text = app.render().text
        #expect(text.contains("Event"))
        // The timeline's position counter ("─ 9/9 ─") shows the last row selected.
        let counter = try #require(text.firstMatch(of: /─ (\d+)\/(\d+) ─/))
        #expect(counter.output.1 == counter.output.2)
    }

    @Test func filterChangeRebuildsRowsOnce() throws {
        var app = Application(model: Self.model, width: 200, height: 60)
        app.handle(Action.focus(.entities))
        app.handle(Action.open)
        let text = app.render().text
        #expect(text.contains("Filter: Entity0"))
        // Entity0 is in every 300th article: 34 of 10,000.
        #expect(text.contains("─ 34 ─"))
    }
}
