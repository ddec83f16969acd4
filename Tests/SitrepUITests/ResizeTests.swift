import Testing
@testable import SitrepUI

@Suite struct ResizeTests {
    @Test func selectionSurvivesResizes() throws {
        for script in ["jjj<Resize 120x40>", "jjj<Resize 60x16>", "jjj<Resize 30x8><Resize 80x24>",
                       "jjj<Resize 200x60><Resize 80x24>"] {
            let app = try application(after: script)
            #expect(app.render().isSelected("Mar 23    Bag"), "\(script)")
        }
    }

    @Test func selectedRowStaysVisibleWhenThePaneShrinks() throws {
        // The long read sits low in the article list; shrinking must scroll it into view.
        let app = try application(after: "2G<Resize 60x16>")
        #expect(app.render().isSelected("“Thousands” leave"))
    }

    @Test func readerKeepsItsPlaceAcrossARewrap() throws {
        let app = try application(after: "2jj<Enter><PgDn><PgDn><Resize 200x60>")
        let before = try application(after: "2jj<Enter><PgDn><PgDn>").render().text
        let firstParagraph = try #require(before.split(separator: "\n").dropFirst().first { $0.contains("Paragraph") })
        let number = firstParagraph.split(separator: "Paragraph ")[1].split(separator: " ")[0]
        #expect(app.render().text.contains("Paragraph \(number) of"))
        #expect(!app.render().text.contains("Paragraph 1 of"))
    }

    @Test func keysWorkWhileTooSmall() throws {
        #expect(try application(after: "<Resize 20x5>q").wantsQuit)
        let app = try application(after: "<Resize 20x5>j<Resize 80x24>")
        #expect(app.render().isSelected("SDF launches"))
    }

    @Test func degenerateSizesDrawWithoutCrashing() throws {
        for size in ["0x0", "1x1", "5x40", "300x3"] {
            let app = try application(after: "<Resize \(size)>j?")
            let grid = app.render()
            #expect(grid.width * grid.height == grid.cells.count)
        }
        #expect(try screen("<Resize 0x0><Resize 80x24>").contains("─ Timeline "))
    }
}
