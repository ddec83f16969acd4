import Foundation
import Testing
@testable import SitrepUI

/// Drawing must not walk the corpus: a 200x60 frame over 10,000 articles stays fast. The bound here
/// is loose because tests run in debug builds on a shared machine; the release figure is in the report.
@Suite struct PerformanceTests {
    static let model = LargeModel.make(articles: 10_000)

    @Test func framesOverTenThousandArticlesAreFast() throws {
        var app = Application(model: Self.model, width: 200, height: 60)
        for key in "jjjjGkk" { app.handle(Key.character(key)) }
        app.handle(Key.enter)
        let frames = 50
        let start = ContinuousClock.now
        var cells = 0
        for frame in 0..<frames {
            app.handle(frame % 2 == 0 ? Key.character("]") : Key.down)
            cells += app.render().cells.count
        }
        let perFrame = (ContinuousClock.now - start) / frames
        print("200x60 frame + key over 10,000 articles: \(perFrame)")
        #expect(cells == frames * 200 * 60)
        #expect(perFrame < .milliseconds(25))
    }

    @Test func movingThroughAHugeListIsConstantTime() throws {
        var app = Application(model: Self.model, width: 200, height: 60)
        let start = ContinuousClock.now
        for _ in 0..<1_000 { app.handle(Key.pageDown) }
        let perKey = (ContinuousClock.now - start) / 1_000
        #expect(app.render().text.contains("Event"))
        #expect(perKey < .milliseconds(2))
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
