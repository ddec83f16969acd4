import Testing
@testable import SitrepUI

/// `z`: the focused pane alone on the screen, and back to all four.
@Suite struct ZoomTests {
    @Test func zoomedReaderFillsTheScreenAndRewrapsToItsWidth() throws {
        let before = try application(after: "3", width: 80, height: 24)
        let zoomed = try application(after: "3z", width: 80, height: 24)
        let rows = zoomed.render().text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[0].hasPrefix("── Reader · Northwind News"))
        #expect(rows[0].hasSuffix("─"))
        for title in ["Timeline", "Articles", "Entities"] { #expect(!zoomed.render().text.contains("─ \(title)")) }
        // The first paragraph fits on fewer, longer lines at full width.
        let paragraph = "Commanders said up to 1,500 fighters remained in the village."
        #expect(zoomed.render().text.contains(paragraph))
        #expect(!before.render().text.contains(paragraph))
        #expect(rows.last!.hasPrefix("zoomed (z: all panes)"))
        // The zoom stays said in the status bar while the reader scrolls, and goes with it.
        let scrolled = try application(after: "3zjjj", width: 80, height: 24).render().text
        #expect(scrolled.split(separator: "\n").last!.hasPrefix("zoomed (z: all panes)"))
        let unzoomed = try application(after: "3zjz", width: 80, height: 24).render().text
        #expect(!unzoomed.contains("zoomed"))
    }

    @Test func zoomFollowsTheFocusAndUnzoomKeepsEveryPlace() throws {
        let zoomedEntities = try application(after: "1jjz4", width: 80, height: 24).render().text
        #expect(zoomedEntities.hasPrefix("┌─ Entities"))
        #expect(!zoomedEntities.contains("─ Timeline"))

        let back = try application(after: "1jjz4z1", width: 80, height: 24)
        let plain = try application(after: "1jj", width: 80, height: 24)
        #expect(back.render().text == plain.render().text)
    }

    @Test func clicksInAZoomedPaneGoToThatPane() throws {
        // With the reader zoomed over the timeline's place, a click there is a click in the reader.
        let app = try application(after: "m3z", width: 80, height: 24)
        #expect(app.state.layout.pane(atX: 2, y: 5) == .reader)
        #expect(app.state.layout.pane(atX: 70, y: 20) == .reader)
        #expect(Layout(width: 80, height: 24).pane(atX: 2, y: 5) == .timeline)
    }

    @Test func eachPaneZoomsAtTheSmallestSize() throws {
        for pane in ["1", "2", "4"] {
            let grid = try application(after: pane + "z", width: Layout.minimumWidth, height: Layout.minimumHeight).render()
            #expect(grid.text.hasPrefix("┌─ "), "pane \(pane)")
            #expect(grid.text.split(separator: "\n")[Layout.minimumHeight - 2].hasPrefix("└"), "pane \(pane)")
        }
        let reader = try application(after: "3z", width: Layout.minimumWidth, height: Layout.minimumHeight).render()
        #expect(reader.text.hasPrefix("── Reader"))
    }

    @Test func zoomedReaderIsAPageOfFullWidthRowsUnderATitleRule() throws {
        let grid = try application(after: "3z", width: 80, height: 24).render()
        let rows = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
        // No side or bottom border: the text rows are the screen's rows, with a column of margin.
        for row in rows.dropFirst().dropLast() { #expect(!row.contains("│") && !row.hasPrefix("└"), "\(row)") }
        #expect(grid.line(1).hasPrefix(" ") && grid.line(1).dropFirst().first != " ")
        let length = try #require(try application(after: "3z", width: 80, height: 24).state.reader.document?.lines.count)
        #expect(rows[0].hasSuffix(" \(length) lines ──"))
    }

    @Test func aZoomedReaderLineScrollsEveryTextRowWhole() throws {
        let model = try #require(EmbeddedCorpusScreenTests.model)
        let before = try application(after: "3z", width: 80, height: 24, model: model).render()
        let after = try application(after: "3zj", width: 80, height: 24, model: model).render()
        // The text reaches the row above the status bar, and every row moves up one, whole.
        #expect(before.line(22).contains { $0 != " " })
        for y in 1..<22 { #expect(after.line(y) == before.line(y + 1), "row \(y)") }
        #expect(after.line(0) == before.line(0))
        #expect(RowShift.find(from: before, to: after) == RowShift(top: 1, bottom: 22, amount: 1))
    }
}
