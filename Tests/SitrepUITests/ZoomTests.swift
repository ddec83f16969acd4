import Testing
@testable import SitrepUI

/// `z`: the focused pane alone on the screen, and back to all four.
@Suite struct ZoomTests {
    @Test func zoomedReaderFillsTheScreenAndRewrapsToItsWidth() throws {
        let before = try application(after: "3", width: 80, height: 24)
        let zoomed = try application(after: "3z", width: 80, height: 24)
        let rows = zoomed.render().text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[0].hasPrefix("┌─ Reader · Northwind News"))
        #expect(rows[0].hasSuffix("┐"))
        for title in ["Timeline", "Articles", "Entities"] { #expect(!zoomed.render().text.contains("─ \(title)")) }
        // The first paragraph fits on fewer, longer lines at full width.
        let paragraph = "Commanders said up to 1,500 fighters remained in the village."
        #expect(zoomed.render().text.contains(paragraph))
        #expect(!before.render().text.contains(paragraph))
        #expect(rows.last!.contains("Reader zoomed (z shows all panes)"))
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
        for pane in ["1", "2", "3", "4"] {
            let grid = try application(after: pane + "z", width: Layout.minimumWidth, height: Layout.minimumHeight).render()
            #expect(grid.text.hasPrefix("┌─ "), "pane \(pane)")
            #expect(grid.text.split(separator: "\n")[Layout.minimumHeight - 2].hasPrefix("└"), "pane \(pane)")
        }
    }
}
