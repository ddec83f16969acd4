import Foundation
import Testing
@testable import SitrepUI
import SitrepCore

/// Smoke tests on the real Baghouz corpus: the screen a new user sees has content in every pane, and
/// the main journeys work end to end through the key map. Assertions stay loose on extraction details,
/// which other stages refine.
@Suite struct EmbeddedCorpusScreenTests {
    static let model: CorpusModel? = {
        guard let url = EmbeddedCorpus.locate(), let corpus = try? CorpusLoader.load(from: url) else { return nil }
        return CorpusAnalyzer.analyze(corpus)
    }()

    @Test func overviewAt80x24HasContentInEveryPane() throws {
        let model = try #require(Self.model)
        let text = try screen("", model: model)
        for title in ["─ Timeline", "─ Articles", "─ Reader · ", "─ Entities"] { #expect(text.contains(title)) }
        #expect(text.contains("Feb ") && text.contains("Mar "))
        #expect(text.contains("The Sun (3)"))
        #expect(text.contains("People ("))
    }

    @Test func everyEventOpensItsSourceWithTheSentenceHighlighted() throws {
        let model = try #require(Self.model)
        var app = Application(model: model, width: 120, height: 40)
        app.handle(Key.enter) // unfold the background section
        let rows = app.state.rows.timeline.count
        #expect(rows == model.timeline.entries.count + 1)
        for row in 1..<rows {
            app.handle(Action.focus(.timeline))
            app.handle(Key.home)
            for _ in 0..<row { app.handle(Key.down) }
            app.handle(Key.enter)
            #expect(app.state.focus == .reader)
            guard let highlight = app.state.reader.highlight else { continue }
            let grid = app.render()
            let highlighted = grid.cells.contains { $0.style.role == .sentenceHighlight }
            let line = app.state.reader.document?.line(paragraph: highlight.paragraph, offset: highlight.start)
            #expect(highlighted, "row \(row): cited sentence at line \(line ?? -1) not on screen")
        }
    }

    @Test func filteringByTheMostMentionedPersonNarrowsTheTimeline() throws {
        let model = try #require(Self.model)
        let before = try application(after: "", model: model).state.rows.timeline.count
        let app = try application(after: "4<Enter>", model: model)
        let filter = try #require(app.state.filter)
        #expect(model.entities[filter].kind == .person)
        #expect(app.state.rows.timeline.count < before)
        #expect(app.render().text.contains("Filter: \(model.entities[filter].name)"))
    }
}
