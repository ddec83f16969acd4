import Testing
@testable import SitrepUI

@Suite struct EventReaderTests {
    @Test func enterOnAnEventOpensTheCitedSentenceHighlighted() throws {
        let app = try application(after: "jj<Enter>")
        #expect(app.state.focus == .reader)
        let grid = app.render()
        #expect(grid.text.contains("─ Reader · Southgate Times "))
        // The cited sentence's plain words carry the highlight; its entities keep their own styles.
        let words = try #require(grid.styles(of: "spokesman"))
        #expect(words.allSatisfy { $0.role == .sentenceHighlight })
        #expect(grid.styles(of: "Mustafa Bali")?.allSatisfy { $0.role == .person } == true)
        // The other paragraph is not highlighted.
        #expect(grid.styles(of: "added that")?.allSatisfy { $0.role == .normal } == true)
        #expect(grid.text.contains("Source 1/2: Southgate Times"))
    }

    @Test func oAndShiftOStepThroughTheOutletsOfAnEvent() throws {
        let next = try application(after: "jj<Enter>o").render()
        #expect(next.text.contains("─ Reader · Northwind News "))
        #expect(next.text.contains("Source 2/2: Northwind News"))
        #expect(next.styles(of: "launched")?.allSatisfy { $0.role == .sentenceHighlight } == true)
        let wrapped = try application(after: "jj<Enter>oo").render()
        #expect(wrapped.text.contains("─ Reader · Southgate Times "))
        let back = try application(after: "jj<Enter>O").render()
        #expect(back.text.contains("Source 2/2: Northwind News"))
        #expect(try screen("jjj<Enter>o").contains("Only one outlet reports this"))
        #expect(try screen("2<Enter>o").contains("Open an event from the Timeline"))
    }

    @Test func escGoesBackToThePaneThatOpenedTheReader() throws {
        let app = try application(after: "jj<Enter>o<Esc>")
        #expect(app.state.focus == .timeline)
        #expect(app.render().isSelected("Fighters surrender"))
        #expect(try application(after: "2<Enter><Esc>").state.focus == .articles)
    }

    @Test func backgroundEventsAreFoldedUntilAsked() throws {
        let folded = try screen("")
        #expect(folded.contains("Background (1)"))
        #expect(!folded.contains("ISIS declares a caliphate"))
        let open = try screen("<Enter>")
        #expect(open.contains("Jun '14"))
        #expect(open.contains("ISIS declares a caliphate"))
        // Enter on the background event opens its source at the sentence that dated it.
        let grid = try application(after: "<Enter>j<Enter>").render()
        #expect(grid.text.contains("─ Reader · Northwind News "))
        #expect(grid.styles(of: "declared its")?.allSatisfy { $0.role == .sentenceHighlight } == true)
        #expect(!(try screen("<Enter><Enter>")).contains("ISIS declares a caliphate"))
    }

    @Test func conflictingFiguresAreMarked() throws {
        let grid = try application(after: "").render()
        let (x, y) = try #require(grid.find("Fighters surrender"))
        #expect(grid[x - 2, y].text == "!")
        #expect(grid[x - 2, y].style.role == .conflict)
        let (ox, oy) = try #require(grid.find("SDF launches"))
        #expect(grid[ox - 2, oy].text == " ")
    }

    @Test func timelineRowsShowDateAndOutlets() throws {
        let wide = try screen("", width: 200, height: 60)
        #expect(wide.contains("Mar 12  ! Fighters surrender in Baghouz"))
        // Rows abbreviate the outlets to a fixed share; the status bar names them in full.
        #expect(try screen("").contains("ST,NN"))
        let status = try screen("jj").split(separator: "\n").last!
        #expect(status.contains("2019-03-12 · Southgate Times, Northwind News · figures disagree"))
    }
}
