import Testing
@testable import SitrepUI

@Suite struct SearchTests {
    @Test func lettersInThePromptAreTextNotCommands() throws {
        let app = try application(after: "/qjk?G")
        #expect(!app.wantsQuit)
        #expect(!app.state.helpVisible)
        #expect(app.state.prompt?.text == "qjk?G")
        let text = app.render().text
        #expect(text.split(separator: "\n").last!.hasPrefix("Search Timeline: qjk?G"))
        #expect(text.contains("No match for qjk?G"))
    }

    @Test func searchIsIncrementalAndEscRestoresTheSelection() throws {
        #expect(try application(after: "/fall").render().isSelected("Baghouz falls, ending"))
        #expect(try application(after: "/fighters").render().isSelected("Fighters surrender"))
        let cancelled = try application(after: "/fall<Esc>")
        #expect(cancelled.state.prompt == nil)
        #expect(cancelled.render().isSelected("Background (1)"))
    }

    @Test func backspaceEditsThePrompt() throws {
        let app = try application(after: "/fallx<BS>")
        #expect(app.state.prompt?.text == "fall")
        #expect(app.render().isSelected("Baghouz falls, ending"))
    }

    @Test func enterAcceptsAndNMovesBetweenMatches() throws {
        // "baghouz" matches three event rows; n walks forward and wraps, N walks back.
        #expect(try application(after: "/baghouz<Enter>").render().isSelected("SDF launches"))
        #expect(try application(after: "/baghouz<Enter>n").render().isSelected("Fighters surrender"))
        #expect(try application(after: "/baghouz<Enter>nnn").render().isSelected("SDF launches"))
        #expect(try application(after: "/baghouz<Enter>N").render().isSelected("Baghouz falls, ending"))
        #expect(try screen("/baghouz<Enter>").split(separator: "\n").last!.contains("/baghouz (n/N)"))
        #expect(try screen("n").contains("No search yet"))
    }

    @Test func timelineRowsMatchTheOutletsThatReportThem() throws {
        // No summary names an outlet: these rows match through their sources' outlets.
        #expect(try application(after: "/southgate<Enter>").render().isSelected("SDF launches"))
        #expect(try application(after: "/southgate<Enter>n").render().isSelected("Fighters surrender"))
        #expect(try application(after: "/southgate<Enter>nn").render().isSelected("SDF launches"))
        #expect(try application(after: "/northwind<Enter>nn").render().isSelected("Baghouz falls, ending"))
    }

    @Test func searchInListPanesMatchesTheirRows() throws {
        #expect(try application(after: "2/long").render().isSelected("A long read"))
        #expect(try application(after: "4/sdf").render().isSelected("Syrian Democratic Forces 3"))
    }

    @Test func readerSearchSpansTheWholeCorpus() throws {
        let app = try application(after: "3/deir")
        let grid = app.render()
        #expect(grid.text.contains("─ Reader · Northwind News "))
        #expect(grid.text.contains("Baghouz falls"))
        #expect(grid.styles(of: "Deir")?.allSatisfy { $0.role == .match } == true)
        // n continues into the next article that matches, here the long read.
        let next = try application(after: "3/siege<Enter>n").render()
        #expect(next.text.contains("A long read from the front"))
        #expect(next.styles(of: "siege")?.allSatisfy { $0.role == .match } == true)
    }

    @Test func escClearsAnAcceptedSearch() throws {
        let app = try application(after: "3/deir<Enter><Esc>")
        #expect(app.state.search == nil)
        #expect(app.render().styles(of: "Deir")?.allSatisfy { $0.role == .match } == false)
    }

    @Test func typingPastAFailedPrefixStaysFailedAndBackspaceRecovers() throws {
        #expect(try screen("/fallz").contains("No match for fallz"))
        #expect(try screen("/fallzq").contains("No match for fallzq"))
        #expect(try application(after: "/fallzq<BS><BS>").render().isSelected("Baghouz falls, ending"))
    }

    @Test func extendingAQueryKeepsTheFirstMatchFromTheOrigin() throws {
        // "s" first matches SDF launches; "su" moves on to "surrender" rather than wrapping back.
        #expect(try application(after: "/s").render().isSelected("SDF launches"))
        #expect(try application(after: "/su").render().isSelected("Fighters surrender"))
        #expect(try application(after: "/sur<BS><BS>").render().isSelected("SDF launches"))
    }
}
