import Testing
@testable import SitrepUI

@Suite struct MouseTests {
    @Test func mouseIsOffUntilToggled() throws {
        let app = try application(after: "<Click 5 17>")
        #expect(!app.mouseEnabled)
        #expect(app.state.focus == .timeline)
        #expect(try application(after: "m").mouseEnabled)
        #expect(!(try application(after: "mm").mouseEnabled))
        #expect(try screen("m").contains("Mouse on"))
        #expect(try screen("mj").contains("mouse on"))
    }

    @Test func clickFocusesThePaneAndSelectsTheRow() throws {
        // At 80x24 the article list starts on row 15: outlet header, then Feb 10, then Mar 23.
        let app = try application(after: "m<Click 5 17>")
        #expect(app.state.focus == .articles)
        #expect(app.render().isSelected("Mar 23  Baghouz falls"))
        // A click on a header focuses without moving the selection.
        #expect(try application(after: "m<Click 5 15>").render().isSelected("Feb 10  Assault"))
    }

    @Test func wheelScrollsThePaneUnderThePointer() throws {
        let app = try application(after: "2jj<Enter>1m<WheelDown 60 5>")
        #expect(app.state.focus == .reader)
        #expect(app.state.reader.top == 3)
    }
}
