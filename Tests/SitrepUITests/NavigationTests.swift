import Testing
@testable import SitrepUI

@Suite struct NavigationTests {
    @Test func tabAndNumbersMoveTheFocus() throws {
        var grid = try application(after: "<Tab>").render()
        #expect(grid.styles(of: " Articles ")?.first?.role == .paneTitleFocused)
        #expect(grid.styles(of: " Timeline ")?.first?.role == .paneTitle)
        grid = try application(after: "<S-Tab>").render()
        #expect(grid.styles(of: " Entities ")?.first?.role == .paneTitleFocused)
        grid = try application(after: "3").render()
        #expect(grid.styles(of: " Reader · ")?.first?.role == .paneTitleFocused)
        #expect(try application(after: "<Tab><Tab><Tab><Tab>").state.focus == .timeline)
    }

    @Test func jAndArrowsMoveTheTimelineSelection() throws {
        #expect(try application(after: "").render().isSelected("Background (1)"))
        #expect(try application(after: "jj").render().isSelected("Fighters surrender"))
        #expect(try application(after: "jj<Down>k").render().isSelected("Fighters surrender"))
        #expect(try application(after: "G").render().isSelected("Baghouz falls, ending"))
        #expect(try application(after: "<End><Home>").render().isSelected("Background (1)"))
        // Moving past the end stays on the last row.
        #expect(try application(after: "jjjjjjjjjj").render().isSelected("Baghouz falls, ending"))
    }

    @Test func selectionSkipsOutletHeaders() throws {
        #expect(try application(after: "2").render().isSelected("Feb 10  Assault begins"))
        #expect(try application(after: "2jj").render().isSelected("A long read"))
        #expect(try application(after: "2jjk").render().isSelected("Mar 23  Baghouz falls"))
        #expect(try application(after: "2G").render().isSelected("“Thousands” leave"))
    }

    @Test func unfocusedSelectionStaysVisibleButDimmed() throws {
        let grid = try application(after: "jj<Tab>").render()
        let styles = try #require(grid.styles(of: "Fighters surrender"))
        #expect(styles.allSatisfy { $0.attributes.contains(.reverse) && $0.attributes.contains(.dim) })
    }

    @Test func readerPagesWithPgDnSpaceAndCtrlD() throws {
        // The long read is the third article row.
        let start = try screen("2jj<Enter>")
        #expect(start.contains("A long read from the front"))
        #expect(start.contains("Paragraph 1 of"))
        let paged = try screen("2jj<Enter><PgDn>")
        #expect(!paged.contains("Paragraph 1 of"))
        #expect(paged.contains("Paragraph 6 of"))
        let spaced = try screen("2jj<Enter><Space>")
        #expect(spaced == paged)
        let back = try screen("2jj<Enter><PgDn>b")
        #expect(back == start)
        let half = try application(after: "2jj<Enter><C-d>")
        #expect(half.state.reader.top == half.state.viewportHeight(.reader, catalog: half.catalog) / 2)
        let bottom = try application(after: "2jj<Enter>G")
        #expect(bottom.render().text.contains("Paragraph 30 of"))
        #expect(try application(after: "2jj<Enter>Gg").state.reader.top == 0)
    }

    @Test func qQuitsAndCtrlLAsksForAFullRedraw() throws {
        #expect(try application(after: "q").wantsQuit)
        #expect(!(try application(after: "j").wantsQuit))
        var app = try application(after: "<C-l>")
        #expect(app.needsFullRedraw)
        app.acknowledgeRedraw()
        #expect(!app.needsFullRedraw)
    }

    @Test func unboundKeysSaySoInTheStatusBar() throws {
        #expect(try screen("Z").contains("Unbound key Z"))
    }
}
